package gov.hotline.infra.http;

import static gov.hotline.infra.http.Requests.handle;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.user.Actor;
import gov.hotline.infra.telephony.AgentNames;
import gov.hotline.telephony.domain.qa.ItemScore;
import gov.hotline.telephony.domain.qa.QaScore;
import gov.hotline.telephony.domain.qa.Scorecard;
import gov.hotline.telephony.domain.qa.ScorecardItem;
import gov.hotline.telephony.service.QaService;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Quality inspection (录音质检): the scorecard, scores of calls, appeals and their decisions, and the
 * average score per agent. Dates are Beijing days ({@code from} and {@code to} both included).
 */
public final class QaRoutes {
  private final QaService qa;
  private final AgentNames names;
  private final ZoneId zone;

  public QaRoutes(QaService qa, AgentNames names, ZoneId zone) {
    this.qa = qa;
    this.names = names;
    this.zone = zone;
  }

  public void mount(Router api) {
    api.get("/qa/scorecard")
        .handler(handle(ctx -> Requests.ok(ctx, card(qa.scorecard(Requests.actor(ctx))))));
    api.put("/admin/qa/scorecard").handler(handle(this::defineScorecard));
    api.post("/qa/scores").handler(handle(this::score));
    api.get("/qa/scores").handler(handle(this::list));
    api.get("/qa/summary").handler(handle(this::summary));
    api.get("/calls/:id/qa")
        .handler(
            handle(
                ctx ->
                    Requests.ok(
                        ctx,
                        new JsonObject()
                            .put(
                                "items",
                                Requests.array(
                                    qa.ofCall(Requests.actor(ctx), ctx.pathParam("id")),
                                    this::score)))));
    api.post("/qa/scores/:id/appeal")
        .handler(
            handle(
                ctx ->
                    Requests.ok(
                        ctx,
                        score(
                            qa.appeal(
                                Requests.actor(ctx),
                                Requests.longParam(ctx, "id", "质检评分"),
                                body(ctx).text("reason"))))));
    api.post("/qa/scores/:id/appeal/decision").handler(handle(this::decide));
  }

  private static JsonInput body(RoutingContext ctx) {
    return JsonInput.parse(ctx.body().buffer());
  }

  private void defineScorecard(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    JsonInput in = body(ctx);
    List<ScorecardItem> items =
        in.objects("items").stream()
            .map(
                i -> {
                  Long weight = i.longValue("weight", "分值");
                  return new ScorecardItem(
                      i.text("code"),
                      i.text("label"),
                      weight == null ? -1 : weight.intValue(),
                      Boolean.TRUE.equals(i.bool("fatal")));
                })
            .toList();
    Requests.ok(ctx, card(qa.defineScorecard(actor, in.text("name"), items)));
  }

  private void score(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    JsonInput in = body(ctx);
    String callId = in.text("callId");
    if (callId == null || callId.isBlank()) {
      throw DomainException.invalid("MISSING_FIELD", "缺少必填项：通话（callId）");
    }
    Map<String, Integer> points = new LinkedHashMap<>();
    for (JsonInput i : in.objects("items")) {
      Long p = i.longValue("points", "得分");
      String code = i.text("code");
      if (code == null || p == null) {
        throw DomainException.invalid("MISSING_FIELD", "每个评分项需要 code 和 points");
      }
      points.put(code, p.intValue());
    }
    var view =
        qa.score(
            actor,
            callId.trim(),
            points,
            new HashSet<>(in.textList("fatalFailed")),
            in.text("comment"));
    Requests.json(ctx, 201, score(view));
  }

  private void list(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    var page =
        qa.list(
            actor,
            Requests.query(ctx, "agent"),
            from(ctx),
            to(ctx),
            Requests.intQuery(ctx, "page", 1),
            Requests.intQuery(ctx, "size", 20));
    Requests.ok(ctx, Paging.reply(page, this::score));
  }

  private void summary(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    var rows = qa.summary(actor, from(ctx), to(ctx));
    Requests.ok(
        ctx,
        new JsonObject()
            .put("from", Requests.query(ctx, "from"))
            .put("to", Requests.query(ctx, "to"))
            .put(
                "items",
                Requests.array(
                    rows,
                    r ->
                        new JsonObject()
                            .put("agent", r.agent())
                            .put("agentName", names.ofUsername(r.agent()))
                            .put("count", r.count())
                            .put("average", Math.round(r.average() * 10) / 10.0))));
  }

  private void decide(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    JsonInput in = body(ctx);
    Long newTotal = in.longValue("newTotal", "新的总分");
    Requests.ok(
        ctx,
        score(
            qa.decide(
                actor,
                Requests.longParam(ctx, "id", "质检评分"),
                in.requiredBool("accepted", "申诉是否成立"),
                in.text("comment"),
                newTotal == null ? null : newTotal.intValue())));
  }

  private Instant from(RoutingContext ctx) {
    String v = Requests.query(ctx, "from");
    return v == null ? null : JsonInput.parseDate(v, "from", "开始日期").atStartOfDay(zone).toInstant();
  }

  private Instant to(RoutingContext ctx) {
    String v = Requests.query(ctx, "to");
    return v == null
        ? null
        : JsonInput.parseDate(v, "to", "结束日期").plusDays(1).atStartOfDay(zone).toInstant();
  }

  static JsonObject card(Scorecard c) {
    return new JsonObject()
        .put("version", c.version())
        .put("name", c.name())
        .put("createdAt", c.createdAt().toString())
        .put("createdBy", c.createdBy())
        .put(
            "items",
            Requests.array(
                c.items(),
                i ->
                    new JsonObject()
                        .put("code", i.code())
                        .put("label", i.label())
                        .put("weight", i.weight())
                        .put("fatal", i.fatal())));
  }

  private JsonObject score(QaService.View v) {
    QaScore s = v.score();
    JsonArray items = new JsonArray();
    JsonArray fatal = new JsonArray();
    Map<String, ItemScore> byCode = new LinkedHashMap<>();
    s.items().forEach(i -> byCode.put(i.code(), i));
    for (ScorecardItem c : v.card().items()) { // in the card's order
      ItemScore i = byCode.get(c.code());
      int points = i == null ? 0 : i.points();
      boolean failed = i != null && i.fatalFailed();
      items.add(
          new JsonObject()
              .put("code", c.code())
              .put("label", c.label())
              .put("weight", c.weight())
              .put("fatal", c.fatal())
              .put("points", points)
              .put("fatalFailed", failed));
      if (failed) {
        fatal.add(c.code());
      }
    }
    return new JsonObject()
        .put("id", s.id())
        .put("callId", s.callId())
        .put("agent", s.agent())
        .put("agentName", names.ofUsername(s.agent()))
        .put("agentInterface", s.agentInterface())
        .put("scorecardVersion", s.scorecardVersion())
        .put("scorecardName", v.card().name())
        .put("total", s.total())
        .put("computedTotal", s.computedTotal())
        .put("items", items)
        .put("fatalFailed", fatal)
        .put("comment", s.comment())
        .put("scorer", s.scorer())
        .put("scorerName", names.ofUsername(s.scorer()))
        .put("scoredAt", s.scoredAt().toString())
        .put("status", s.status().name())
        .put("statusLabel", s.status().label())
        .put(
            "appeal",
            s.appeal() == null
                ? null
                : new JsonObject()
                    .put("reason", s.appeal().reason())
                    .put("at", s.appeal().at().toString()))
        .put(
            "decision",
            s.decision() == null
                ? null
                : new JsonObject()
                    .put("accepted", s.decision().accepted())
                    .put("comment", s.decision().comment())
                    .put("by", s.decision().by())
                    .put("at", s.decision().at().toString()));
  }
}
