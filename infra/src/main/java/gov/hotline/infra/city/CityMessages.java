package gov.hotline.infra.city;

import gov.hotline.core.city.CityCase;
import gov.hotline.core.city.CityUpdate;
import gov.hotline.core.city.CityVerdict;
import gov.hotline.infra.http.JsonInput;
import io.vertx.core.json.JsonObject;

/**
 * The JSON of the city platform's contract ({@code city/city-platform.openapi.json}): a case as the
 * city sends it, an update as we send it, a verdict as the city sends it.
 */
public final class CityMessages {
  private CityMessages() {}

  /** An update for {@code POST /updates} (its idempotency key also travels as a header). */
  public static JsonObject update(CityUpdate u) {
    JsonObject fields = new JsonObject();
    u.fields().forEach(fields::put);
    return new JsonObject()
        .put("idempotencyKey", u.idempotencyKey())
        .put("caseNo", u.caseNo())
        .put("sequence", u.sequence())
        .put("kind", u.kind().name())
        .put("kindLabel", u.kind().label())
        .put("ticketNo", u.ticketNo())
        .put("ticketStatus", u.status())
        .put("at", u.at().toString())
        .put("fields", fields);
  }

  /** A case as the city pushes it (or lists it). */
  public static CityCase.Input caseInput(JsonInput in) {
    return new CityCase.Input(
        in.text("caseNo"),
        in.text("appealType"),
        in.text("categoryId"),
        in.text("urgency"),
        in.text("citizenName"),
        in.text("citizenPhone"),
        in.text("address"),
        in.text("content"),
        in.instant("dispatchedAt", "市级派单时间"),
        in.instant("deadline", "办理时限"));
  }

  /** A case for the wire (the scripted city's pushes and its list). */
  public static JsonObject caseJson(CityCase.Input c) {
    return new JsonObject()
        .put("caseNo", c.caseNo())
        .put("appealType", c.appealType())
        .put("categoryId", c.categoryId())
        .put("urgency", c.urgency())
        .put("citizenName", c.citizenName())
        .put("citizenPhone", c.citizenPhone())
        .put("address", c.address())
        .put("content", c.content())
        .put("dispatchedAt", c.dispatchedAt() == null ? null : c.dispatchedAt().toString())
        .put("deadline", c.deadline() == null ? null : c.deadline().toString());
  }

  /** A verdict as the city sends it. */
  public static CityVerdict verdict(JsonInput in) {
    return new CityVerdict(
        in.text("verdictId"),
        in.text("caseNo"),
        in.text("updateKey"),
        in.requiredBool("accepted", "审核结论"),
        in.text("reason"),
        in.instant("at", "审核时间"));
  }
}
