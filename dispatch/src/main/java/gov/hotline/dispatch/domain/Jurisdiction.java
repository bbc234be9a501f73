package gov.hotline.dispatch.domain;

import gov.hotline.core.id.UnitId;
import java.util.List;

/**
 * Where an address lies (属地): the street or town, the community or village where one was named, a
 * confidence in [0, 1], the place names that decided it, the competing streets when ambiguous, a
 * Chinese explanation, and whether the names came from the content because the address named none.
 */
public record Jurisdiction(
    ResolutionStatus status,
    UnitId streetId,
    UnitId communityId,
    double confidence,
    List<String> matched,
    List<StreetScore> candidates,
    String explanation,
    boolean fromContent) {
  /** A street with its evidence score. */
  public record StreetScore(UnitId streetId, double score) {}

  public Jurisdiction {
    matched = List.copyOf(matched);
    candidates = List.copyOf(candidates);
  }

  public static Jurisdiction unknown(String explanation) {
    return new Jurisdiction(
        ResolutionStatus.UNKNOWN, null, null, 0, List.of(), List.of(), explanation, false);
  }

  public boolean isResolved() {
    return status == ResolutionStatus.RESOLVED;
  }
}
