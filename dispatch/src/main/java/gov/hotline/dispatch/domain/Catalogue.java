package gov.hotline.dispatch.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A version of the dispatch catalogue (派单目录): its entries and the meaning of its placeholders.
 * Every edit makes a new version; old versions stay readable.
 */
public record Catalogue(
    int version,
    List<CatalogueEntry> entries,
    Map<String, String> placeholders,
    Instant createdAt,
    String createdBy,
    String note) {
  public static final Catalogue EMPTY =
      new Catalogue(0, List.of(), Map.of(), Instant.EPOCH, "system", "");

  public Catalogue {
    entries = List.copyOf(entries);
    placeholders = Map.copyOf(placeholders);
  }

  public Optional<CatalogueEntry> entry(String id) {
    return entries.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** True when both have the same entries and placeholders, whatever their version data. */
  public boolean sameContentAs(Catalogue other) {
    return entries.equals(other.entries) && placeholders.equals(other.placeholders);
  }
}
