package gov.hotline.dispatch.domain;

import gov.hotline.core.id.UnitId;
import java.util.List;

/** A recommended unit with its role, a score in [0, 1] and the reasons in Chinese. */
public record Candidate(
    UnitId unitId, String unitName, CandidateRole role, double score, List<String> reasons) {
  public Candidate {
    reasons = List.copyOf(reasons);
  }
}
