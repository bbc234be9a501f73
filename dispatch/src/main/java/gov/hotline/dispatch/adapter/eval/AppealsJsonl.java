package gov.hotline.dispatch.adapter.eval;

import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.ticket.AppealType;
import gov.hotline.dispatch.service.EvalAppeal;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Reads evaluation appeals in the schema of appeals.jsonl, one JSON object per line. */
public final class AppealsJsonl {
  private AppealsJsonl() {}

  public static List<EvalAppeal> parse(String text) {
    List<EvalAppeal> out = new ArrayList<>();
    int line = 0;
    for (String raw : text.split("\n")) {
      line++;
      if (raw.isBlank()) {
        continue;
      }
      try {
        out.add(appeal(new JsonObject(raw)));
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("line " + line + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static EvalAppeal appeal(JsonObject j) {
    List<UnitId> alternatives =
        j.getJsonArray("alt_lead_units", new JsonArray()).stream()
            .map(o -> UnitId.of(o.toString()))
            .toList();
    return new EvalAppeal(
        j.getString("id"),
        OffsetDateTime.parse(j.getString("ts")).toInstant(),
        j.getString("text"),
        j.getString("address"),
        appealType(j.getString("appeal_type")),
        CategoryId.of(j.getString("category")),
        UnitId.of(j.getString("lead_unit")),
        alternatives,
        j.getString("routing", "functional"),
        j.getString("dup_of"),
        j.getString("cluster"));
  }

  static AppealType appealType(String label) {
    for (AppealType t : AppealType.values()) {
      if (t.label().equals(label) || t.name().equalsIgnoreCase(label)) {
        return t;
      }
    }
    return AppealType.HELP;
  }
}
