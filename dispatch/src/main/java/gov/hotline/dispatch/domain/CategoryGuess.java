package gov.hotline.dispatch.domain;

import gov.hotline.core.id.CategoryId;
import java.util.List;

/** The category (问题分类) an appeal most likely belongs to, its probability, and why. */
public record CategoryGuess(CategoryId id, String name, double score, List<String> reasons) {
  public CategoryGuess {
    reasons = List.copyOf(reasons);
  }
}
