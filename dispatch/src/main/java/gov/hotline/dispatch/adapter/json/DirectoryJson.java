package gov.hotline.dispatch.adapter.json;

import gov.hotline.core.error.DomainException;
import gov.hotline.dispatch.domain.DirectoryImport;
import gov.hotline.dispatch.domain.Place;
import gov.hotline.dispatch.domain.PlaceKind;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a unit directory in the schema of units.json ({@code district}, {@code lead_placeholders},
 * {@code units} with aliases and places, {@code categories}, {@code rules}); malformed input
 * becomes a 400 naming what is wrong.
 */
public final class DirectoryJson {
  private DirectoryJson() {}

  public static DirectoryImport parse(String text) {
    JsonObject json;
    try {
      json = new JsonObject(text);
    } catch (DecodeException | ClassCastException e) {
      throw invalid("单位目录不是合法的 JSON 对象");
    }
    return parse(json);
  }

  public static DirectoryImport parse(JsonObject json) {
    try {
      Map<String, String> placeholders = new LinkedHashMap<>();
      JsonObject ph = json.getJsonObject("lead_placeholders", new JsonObject());
      ph.forEach(e -> placeholders.put(e.getKey(), String.valueOf(e.getValue())));
      return new DirectoryImport(
          json.getString("district"),
          json.getString("version"),
          placeholders,
          units(array(json, "units")),
          categories(array(json, "categories")),
          rules(array(json, "rules")));
    } catch (ClassCastException e) {
      throw invalid("字段类型不正确（" + e.getMessage() + "）");
    }
  }

  private static JsonArray array(JsonObject json, String field) {
    Object v = json.getValue(field);
    if (v == null) {
      throw invalid("缺少字段 " + field);
    }
    if (!(v instanceof JsonArray a)) {
      throw invalid("字段 " + field + " 应为数组");
    }
    return a;
  }

  private static List<DirectoryImport.ImportedUnit> units(JsonArray arr) {
    List<DirectoryImport.ImportedUnit> out = new ArrayList<>();
    for (Object o : arr) {
      JsonObject u = object(o, "units");
      List<Place> places = new ArrayList<>();
      for (Object p : u.getJsonArray("places", new JsonArray())) {
        JsonObject place = object(p, "places");
        String kind = place.getString("kind");
        String name = place.getString("name");
        if (name == null || name.isBlank()) {
          throw invalid("单位 " + u.getString("id") + " 的地名缺少 name");
        }
        places.add(
            new Place(
                name.strip(),
                PlaceKind.byLabel(kind == null ? "" : kind)
                    .orElseThrow(
                        () ->
                            invalid(
                                "单位 "
                                    + u.getString("id")
                                    + " 的地名“"
                                    + name
                                    + "”类型无效："
                                    + kind
                                    + "（可选：小区、社区、村、道路、地标）"))));
      }
      out.add(
          new DirectoryImport.ImportedUnit(
              u.getString("id"),
              u.getString("name"),
              u.getString("type"),
              u.getString("parent"),
              strings(u.getJsonArray("aliases")),
              u.getString("service"),
              u.getString("service_area"),
              places));
    }
    return out;
  }

  private static List<DirectoryImport.ImportedCategory> categories(JsonArray arr) {
    List<DirectoryImport.ImportedCategory> out = new ArrayList<>();
    for (Object o : arr) {
      JsonObject c = object(o, "categories");
      JsonArray children = c.getJsonArray("children", new JsonArray());
      out.add(
          new DirectoryImport.ImportedCategory(
              c.getString("id"),
              c.getString("name"),
              children.isEmpty() ? List.of() : categories(children)));
    }
    return out;
  }

  private static List<DirectoryImport.ImportedRule> rules(JsonArray arr) {
    List<DirectoryImport.ImportedRule> out = new ArrayList<>();
    for (Object o : arr) {
      JsonObject r = object(o, "rules");
      out.add(
          new DirectoryImport.ImportedRule(
              r.getString("category"),
              r.getString("when"),
              r.getString("lead"),
              strings(r.getJsonArray("assist")),
              r.getString("note")));
    }
    return out;
  }

  private static JsonObject object(Object o, String field) {
    if (!(o instanceof JsonObject j)) {
      throw invalid(field + " 的元素应为 JSON 对象");
    }
    return j;
  }

  private static List<String> strings(JsonArray arr) {
    if (arr == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Object o : arr) {
      if (!(o instanceof String s)) {
        throw invalid("单位编码、别名须为字符串：" + o);
      }
      out.add(s);
    }
    return out;
  }

  private static DomainException invalid(String message) {
    return DomainException.invalid("INVALID_DIRECTORY", "单位目录有误：" + message);
  }
}
