package gov.hotline.infra.demo;

import gov.hotline.core.category.Category;
import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.org.OrgUnit;
import gov.hotline.core.org.UnitType;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The demo district's directory (the Haidian sample, in the schema of shared/data/dispatch-sample/units.json) as org
 * units and categories: city → district → hotline centre, bureaus, enterprises, streets/towns → their communities
 * and villages (from the places listed as 社区 and 村).
 */
public final class HaidianDirectory {
  public static final UnitId CITY = UnitId.of("BJ");
  public static final UnitId DISTRICT = UnitId.of("HD");
  public static final UnitId CENTER = UnitId.of("HD_CENTER");

  private final List<OrgUnit> units = new ArrayList<>();
  private final List<Category> categories = new ArrayList<>();

  public HaidianDirectory(JsonObject json) {
    units.add(new OrgUnit(CITY, null, "北京市", UnitType.CITY, List.of(), true));
    units.add(new OrgUnit(DISTRICT, CITY, json.getString("district", "海淀区") + "人民政府", UnitType.DISTRICT,
        List.of(json.getString("district", "海淀区")), true));
    units.add(new OrgUnit(CENTER, DISTRICT, "海淀区12345接诉即办服务中心", UnitType.CENTER, List.of("热线中心"), true));
    for (Object o : json.getJsonArray("units", new JsonArray())) {
      addUnit((JsonObject) o);
    }
    int order = 0;
    for (Object o : json.getJsonArray("categories", new JsonArray())) {
      JsonObject group = (JsonObject) o;
      CategoryId gid = CategoryId.of(group.getString("id"));
      categories.add(new Category(gid, null, group.getString("name"), order++, true));
      for (Object c : group.getJsonArray("children", new JsonArray())) {
        JsonObject leaf = (JsonObject) c;
        categories.add(new Category(CategoryId.of(leaf.getString("id")), gid, leaf.getString("name"), order++, true));
      }
    }
  }

  private void addUnit(JsonObject u) {
    UnitType type = UnitType.valueOf(u.getString("type").toUpperCase(Locale.ROOT));
    UnitId id = UnitId.of(u.getString("id"));
    List<String> aliases = u.getJsonArray("aliases", new JsonArray()).stream().map(Object::toString).toList();
    units.add(new OrgUnit(id, DISTRICT, u.getString("name"), type, aliases, true));
    int n = 0;
    for (Object p : u.getJsonArray("places", new JsonArray())) {
      JsonObject place = (JsonObject) p;
      String kind = place.getString("kind");
      if ("社区".equals(kind) || "村".equals(kind)) {
        n++;
        units.add(new OrgUnit(UnitId.of(id.value() + "_C" + n), id, place.getString("name"),
            "社区".equals(kind) ? UnitType.COMMUNITY : UnitType.VILLAGE, List.of(), true));
      }
    }
  }

  public List<OrgUnit> units() {
    return units;
  }

  public List<Category> categories() {
    return categories;
  }
}
