package gov.hotline.dispatch.domain;

import gov.hotline.core.id.UnitId;
import java.util.List;
import java.util.Objects;

/**
 * What dispatch knows about a unit beyond the org tree: the gazetteer of a street or town ({@code
 * places}), and for an enterprise its service (heating, water, telecom …) and service area in
 * words.
 */
public record UnitProfile(UnitId unitId, String service, String serviceArea, List<Place> places) {
  public UnitProfile {
    Objects.requireNonNull(unitId);
    places = List.copyOf(places);
  }

  public static UnitProfile of(UnitId id) {
    return new UnitProfile(id, null, null, List.of());
  }
}
