package gov.hotline.infra.db.dispatch;

import gov.hotline.core.id.CategoryId;
import gov.hotline.dispatch.domain.CatalogueEntry;
import gov.hotline.dispatch.domain.UnitRef;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Catalogue entries and placeholders as the jsonb of {@code dispatch.catalogue_version}, both ways.
 */
final class CatalogueJson {
  private CatalogueJson() {}

  static String entries(List<CatalogueEntry> entries) {
    JsonArray arr = new JsonArray();
    for (CatalogueEntry e : entries) {
      arr.add(
          new JsonObject()
              .put("id", e.id())
              .put("category", e.categoryId().value())
              .put("condition", e.condition())
              .put("lead", e.lead().value())
              .put("assists", new JsonArray(e.assists().stream().map(UnitRef::value).toList()))
              .put("keywords", new JsonArray(e.keywords()))
              .put("note", e.note()));
    }
    return arr.encode();
  }

  static List<CatalogueEntry> entries(String json) {
    List<CatalogueEntry> out = new ArrayList<>();
    for (Object o : new JsonArray(json)) {
      JsonObject e = (JsonObject) o;
      out.add(
          new CatalogueEntry(
              e.getString("id"),
              CategoryId.of(e.getString("category")),
              e.getString("condition"),
              UnitRef.of(e.getString("lead")),
              e.getJsonArray("assists").stream().map(a -> UnitRef.of(a.toString())).toList(),
              e.getJsonArray("keywords").stream().map(Object::toString).toList(),
              e.getString("note")));
    }
    return out;
  }

  static String placeholders(Map<String, String> placeholders) {
    return new JsonObject(new LinkedHashMap<>(placeholders)).encode();
  }

  static Map<String, String> placeholders(String json) {
    Map<String, String> out = new LinkedHashMap<>();
    new JsonObject(json).forEach(e -> out.put(e.getKey(), String.valueOf(e.getValue())));
    return out;
  }
}
