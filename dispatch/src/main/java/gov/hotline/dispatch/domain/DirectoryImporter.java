package gov.hotline.dispatch.domain;

import gov.hotline.core.category.Category;
import gov.hotline.core.error.DomainException;
import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.org.OrgUnit;
import gov.hotline.core.org.UnitType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a delivered directory and turns it into what is stored, keeping its ids: units below the
 * district (the district, its city and the hotline centre are created with fixed ids), a community
 * or village unit {@code <street>_C<n>} for the n-th 社区/村 place of a street, categories in delivery
 * order, and one catalogue entry {@code <category>-<n>} per rule, with the lexicon's keywords.
 * Importing the same file again gives the same plan.
 */
public final class DirectoryImporter {
  private static final String ID = "[A-Za-z0-9_-]{1,40}";
  private static final Set<String> BUILT_IN = Set.of("@territory", "@district");

  /** The fixed units above and beside the delivered ones. */
  public record Roots(UnitId city, UnitId district, UnitId centre) {
    public static final Roots DEFAULT =
        new Roots(UnitId.of("BJ"), UnitId.of("HD"), UnitId.of("HD_CENTER"));
  }

  private final Roots roots;
  private final KeywordLexicon lexicon;

  public DirectoryImporter(Roots roots, KeywordLexicon lexicon) {
    this.roots = roots;
    this.lexicon = lexicon;
  }

  public DirectoryPlan plan(DirectoryImport in) {
    String district = required(in.district(), "区名（district）");
    List<OrgUnit> units = new ArrayList<>(rootUnits(district));
    List<UnitProfile> profiles = new ArrayList<>();
    Set<String> ids = new HashSet<>(units.stream().map(u -> u.id().value()).toList());
    if (in.units().isEmpty()) {
      throw invalid("单位目录为空（units）");
    }
    for (var u : in.units()) {
      addUnit(u, units, profiles, ids);
    }
    Map<String, String> categoryNames = new LinkedHashMap<>();
    List<Category> categories = categories(in.categories(), categoryNames);
    Map<String, String> placeholders = new LinkedHashMap<>(in.placeholders());
    List<CatalogueEntry> entries = entries(in.rules(), categoryNames, ids, placeholders);
    return new DirectoryPlan(district, units, categories, profiles, entries, placeholders);
  }

  private List<OrgUnit> rootUnits(String district) {
    return List.of(
        new OrgUnit(roots.city(), null, "北京市", UnitType.CITY, List.of(), true),
        new OrgUnit(
            roots.district(),
            roots.city(),
            district + "人民政府",
            UnitType.DISTRICT,
            List.of(district),
            true),
        new OrgUnit(
            roots.centre(),
            roots.district(),
            district + "12345接诉即办服务中心",
            UnitType.CENTER,
            List.of("热线中心"),
            true));
  }

  private void addUnit(
      DirectoryImport.ImportedUnit u,
      List<OrgUnit> units,
      List<UnitProfile> profiles,
      Set<String> ids) {
    String id = required(u.id(), "单位编码（id）");
    if (!id.matches(ID)) {
      throw invalid("单位编码只能包含字母、数字、下划线和短横线，1–40 位：" + id);
    }
    if (!ids.add(id)) {
      throw invalid("单位编码重复：" + id);
    }
    String name = required(u.name(), "单位名称（" + id + " 的 name）");
    UnitType type = unitType(u.type(), id);
    UnitId unitId = UnitId.of(id);
    units.add(new OrgUnit(unitId, roots.district(), name, type, u.aliases(), true));
    profiles.add(new UnitProfile(unitId, u.service(), u.serviceArea(), u.places()));
    int n = 0;
    for (Place p : u.places()) {
      if (p.kind() == PlaceKind.COMMUNITY || p.kind() == PlaceKind.VILLAGE) {
        UnitId c = UnitId.of(id + "_C" + (++n));
        ids.add(c.value());
        units.add(
            new OrgUnit(
                c,
                unitId,
                p.name(),
                p.kind() == PlaceKind.COMMUNITY ? UnitType.COMMUNITY : UnitType.VILLAGE,
                List.of(),
                true));
      }
    }
  }

  private static UnitType unitType(String type, String id) {
    String t = required(type, "单位类型（" + id + " 的 type）").toUpperCase(Locale.ROOT);
    try {
      UnitType ut = UnitType.valueOf(t);
      if (ut == UnitType.CITY || ut == UnitType.DISTRICT || ut == UnitType.CENTER) {
        throw new IllegalArgumentException(t);
      }
      return ut;
    } catch (IllegalArgumentException e) {
      throw invalid(
          "单位 " + id + " 的类型无效：" + type + "（可选：bureau、enterprise、street、town、community、village）");
    }
  }

  private static List<Category> categories(
      List<DirectoryImport.ImportedCategory> groups, Map<String, String> leaves) {
    if (groups.isEmpty()) {
      throw invalid("问题分类为空（categories）");
    }
    List<Category> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int order = 0;
    for (var g : groups) {
      CategoryId gid = categoryId(g.id(), ids);
      out.add(new Category(gid, null, required(g.name(), "分类名称（" + g.id() + "）"), order++, true));
      for (var leaf : g.children()) {
        CategoryId lid = categoryId(leaf.id(), ids);
        String name = required(leaf.name(), "分类名称（" + leaf.id() + "）");
        out.add(new Category(lid, gid, name, order++, true));
        leaves.put(lid.value(), name);
      }
    }
    return out;
  }

  private static CategoryId categoryId(String id, Set<String> seen) {
    String v = required(id, "分类编码（id）");
    if (!v.matches("[A-Za-z0-9_-]{1,32}")) {
      throw invalid("分类编码只能包含字母、数字、下划线和短横线，1–32 位：" + v);
    }
    if (!seen.add(v)) {
      throw invalid("分类编码重复：" + v);
    }
    return CategoryId.of(v);
  }

  private List<CatalogueEntry> entries(
      List<DirectoryImport.ImportedRule> rules,
      Map<String, String> leaves,
      Set<String> unitIds,
      Map<String, String> placeholders) {
    List<CatalogueEntry> out = new ArrayList<>();
    Map<String, Integer> perCategory = new HashMap<>();
    int i = 0;
    for (var r : rules) {
      i++;
      String where = "第 " + i + " 条规则（" + r.category() + "）";
      if (r.category() == null || !leaves.containsKey(r.category())) {
        throw invalid(where + "的分类不存在或不是二级分类：" + r.category());
      }
      UnitRef lead = ref(r.lead(), where + "的主办单位", unitIds, placeholders);
      List<UnitRef> assists =
          r.assist().stream().map(a -> ref(a, where + "的协办单位", unitIds, placeholders)).toList();
      CategoryId c = CategoryId.of(r.category());
      String id = c.value() + "-" + perCategory.merge(c.value(), 1, Integer::sum);
      out.add(
          new CatalogueEntry(
              id,
              c,
              r.when(),
              lead,
              assists,
              lexicon.keywordsOf(c, leaves.get(c.value()), r.when()),
              r.note()));
    }
    return out;
  }

  private static UnitRef ref(
      String value, String what, Set<String> unitIds, Map<String, String> placeholders) {
    UnitRef ref = UnitRef.of(required(value, what));
    if (ref.isPlaceholder()) {
      if (!BUILT_IN.contains(ref.value()) && !placeholders.containsKey(ref.value())) {
        throw invalid(what + "使用了未说明的占位符：" + ref.value() + "（请在 lead_placeholders 中说明）");
      }
      if (!UnitResolver.knows(ref)) {
        throw invalid(what + "的占位符无法识别：" + ref.value());
      }
    } else if (!unitIds.contains(ref.value())) {
      throw invalid(what + "不存在：" + ref.value());
    }
    return ref;
  }

  private static String required(String v, String what) {
    if (v == null || v.isBlank()) {
      throw invalid("缺少" + what);
    }
    return v.strip();
  }

  private static DomainException invalid(String message) {
    return DomainException.invalid("INVALID_DIRECTORY", "单位目录有误：" + message);
  }
}
