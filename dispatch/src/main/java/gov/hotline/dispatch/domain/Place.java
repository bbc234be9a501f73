package gov.hotline.dispatch.domain;

import java.util.Objects;

/**
 * A named place in a street's or town's gazetteer: a residential compound, community, village, road
 * or landmark.
 */
public record Place(String name, PlaceKind kind) {
  public Place {
    Objects.requireNonNull(name);
    Objects.requireNonNull(kind);
  }
}
