package gov.hotline.dispatch.domain;

import gov.hotline.core.category.Category;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.org.OrgTree;
import gov.hotline.core.org.OrgUnit;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import stores: org units (with the district, the city above it and the hotline centre,
 * and a community or village unit for each 社区/村 place), categories, the units' dispatch profiles
 * and the catalogue's entries.
 */
public record DirectoryPlan(
    String district,
    List<OrgUnit> units,
    List<Category> categories,
    List<UnitProfile> profiles,
    List<CatalogueEntry> entries,
    Map<String, String> placeholders) {
  public DirectoryPlan {
    units = List.copyOf(units);
    categories = List.copyOf(categories);
    profiles = List.copyOf(profiles);
    entries = List.copyOf(entries);
    placeholders = Map.copyOf(placeholders);
  }

  /**
   * The plan as a directory of its own, with its entries as catalogue version 1 (for evaluations
   * and tests).
   */
  public DispatchDirectory directory() {
    Map<UnitId, UnitProfile> byUnit = new LinkedHashMap<>();
    profiles.forEach(p -> byUnit.put(p.unitId(), p));
    return new DispatchDirectory(
        district,
        new OrgTree(units),
        categories,
        byUnit,
        new Catalogue(1, entries, placeholders, Instant.EPOCH, "import", ""));
  }
}
