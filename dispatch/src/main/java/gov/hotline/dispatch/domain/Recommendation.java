package gov.hotline.dispatch.domain;

import java.util.List;

/**
 * A ranked dispatch recommendation (派单推荐): the category, lead candidates best first followed by the
 * assisting units of the best lead, and where the address lies.
 */
public record Recommendation(
    CategoryGuess category, List<Candidate> candidates, Jurisdiction jurisdiction) {
  public Recommendation {
    candidates = List.copyOf(candidates);
  }

  public List<Candidate> leads() {
    return candidates.stream().filter(c -> c.role() == CandidateRole.LEAD).toList();
  }
}
