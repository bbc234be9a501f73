package gov.hotline.core.category;

import gov.hotline.core.id.CategoryId;
import java.util.Objects;

/** A node of the two-level category taxonomy (问题分类); a leaf has a parent group. */
public record Category(
    CategoryId id, CategoryId parentId, String name, int sortOrder, boolean active) {
  public Category {
    Objects.requireNonNull(id);
    Objects.requireNonNull(name);
  }

  public boolean isLeaf() {
    return parentId != null;
  }
}
