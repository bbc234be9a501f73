package gov.hotline.dispatch.domain;

import gov.hotline.core.category.Category;
import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.org.OrgTree;
import gov.hotline.core.org.OrgUnit;
import gov.hotline.core.org.UnitType;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything dispatch decides with, as one immutable snapshot: the district's name, the unit tree,
 * the categories, the units' dispatch profiles (gazetteers, services) and the current catalogue.
 */
public record DispatchDirectory(
    String district,
    OrgTree org,
    List<Category> categories,
    Map<UnitId, UnitProfile> profiles,
    Catalogue catalogue) {
  private static final Set<UnitType> TERRITORIAL = EnumSet.of(UnitType.STREET, UnitType.TOWN);

  public DispatchDirectory {
    categories = List.copyOf(categories);
    profiles = Map.copyOf(profiles);
  }

  public UnitProfile profile(UnitId id) {
    return profiles.getOrDefault(id, UnitProfile.of(id));
  }

  public Optional<Category> category(CategoryId id) {
    return categories.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  public String unitName(UnitId id) {
    return org.find(id).map(OrgUnit::name).orElse(id.value());
  }

  /** Active streets and towns (街乡镇): the units that own territory. */
  public List<OrgUnit> territorialUnits() {
    return org.all().stream().filter(u -> u.active() && TERRITORIAL.contains(u.type())).toList();
  }

  public static boolean isTerritorial(OrgUnit u) {
    return TERRITORIAL.contains(u.type());
  }

  /** The district unit (区), the last resort when no street can be named (区兜底). */
  public Optional<OrgUnit> districtUnit() {
    return org.all().stream().filter(u -> u.active() && u.type() == UnitType.DISTRICT).findFirst();
  }
}
