package gov.hotline.dispatch.domain;

import gov.hotline.core.id.CategoryId;
import java.util.List;
import java.util.Objects;

/**
 * One line of the dispatch catalogue (派单目录): for appeals of {@code categoryId} matching {@code
 * condition} (in words, e.g. 居民室内装修、小型零星施工扰民), {@code lead} leads and {@code assists} help. {@code
 * keywords} are the words that point an appeal to this line (editable; the category's own words
 * included).
 */
public record CatalogueEntry(
    String id,
    CategoryId categoryId,
    String condition,
    UnitRef lead,
    List<UnitRef> assists,
    List<String> keywords,
    String note) {
  public CatalogueEntry {
    Objects.requireNonNull(id);
    Objects.requireNonNull(categoryId);
    Objects.requireNonNull(lead);
    condition = condition == null ? "" : condition;
    assists = List.copyOf(assists);
    keywords = List.copyOf(keywords);
  }
}
