package gov.hotline.infra.http;

import static gov.hotline.infra.http.Requests.handle;

import gov.hotline.core.user.Actor;
import gov.hotline.reporting.domain.AgentWork;
import gov.hotline.reporting.domain.CallbackSatisfaction;
import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.ReportFormat;
import gov.hotline.reporting.domain.ServiceSatisfaction;
import gov.hotline.reporting.domain.TrafficKpis;
import gov.hotline.reporting.domain.TrafficReport;
import gov.hotline.reporting.port.ReportRenderer;
import gov.hotline.reporting.service.RollupVerification;
import gov.hotline.reporting.service.TrafficDocument;
import gov.hotline.reporting.service.TrafficReportProducer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.List;

/**
 * {@code /api/v1/reports/traffic}: the traffic report (话务报表) of a day, ISO week or month as JSON,
 * HTML, XLSX or CSV, and its proof against a recomputation from the raw calls.
 */
public final class TrafficRoutes {
  private final TrafficReportProducer traffic;
  private final RollupVerification verification;
  private final ReportRenderer renderer;
  private final Clock clock;

  public TrafficRoutes(
      TrafficReportProducer traffic,
      RollupVerification verification,
      ReportRenderer renderer,
      Clock clock) {
    this.traffic = traffic;
    this.verification = verification;
    this.renderer = renderer;
    this.clock = clock;
  }

  public void mount(Router api) {
    api.get("/reports/traffic").handler(handle(this::report));
    api.get("/reports/traffic/verify").handler(handle(this::verify));
  }

  private void report(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    Period period = ReportRoutes.period(ctx, clock);
    ReportFormat format = ReportDownloads.format(Requests.query(ctx, "format"));
    TrafficReport r = traffic.report(actor, period);
    if (format != null) {
      var doc = TrafficDocument.of(r);
      ReportDownloads.send(ctx, doc.title(), format, renderer.render(doc, format));
      return;
    }
    JsonObject body =
        kpis(r, r.totals())
            .put("period", ReportRoutes.periodJson(period))
            .put("title", TrafficDocument.of(r).title())
            .put("shortAbandonThresholdSeconds", r.settings().shortAbandonSeconds())
            .put("byHour", rows(r, r.byHour(), "hour"))
            .put("byDay", rows(r, r.byDay(), "day"))
            .put("byQueue", rows(r, r.byQueue(), "queue"))
            .put("byAgent", rows(r, r.byAgent(), "agent"))
            .put("contract", Requests.array(r.contract(), ReportRoutes::checkJson))
            .put("setAside", setAside(r))
            .put("satisfaction", satisfaction(r))
            .put("serviceHours", branches(r))
            .put("byPerson", Requests.array(r.byPerson(), TrafficRoutes::person));
    Requests.ok(ctx, body);
  }

  /**
   * Every KPI of a slice: counts, fractions 0–1 (null when undefined) with their Chinese text,
   * seconds.
   */
  private static JsonObject kpis(TrafficReport r, TrafficKpis k) {
    JsonObject sl = new JsonObject();
    JsonObject slText = new JsonObject();
    r.settings()
        .serviceLevelSeconds()
        .forEach(
            n -> {
              sl.put(Integer.toString(n), k.serviceLevel(n).value());
              slText.put(Integer.toString(n), k.serviceLevel(n).percent());
            });
    return new JsonObject()
        .put("offered", k.offered())
        .put("answered", k.answered())
        .put("abandoned", k.abandoned())
        .put("shortAbandoned", k.shortAbandoned())
        .put("abandonRate", k.abandonRate().value())
        .put("abandonRateText", k.abandonRate().percent())
        .put("answerRate", k.answerRate().value())
        .put("answerRateText", k.answerRate().percent())
        .put("serviceLevel", sl)
        .put("serviceLevelText", slText)
        .put("asaSeconds", k.asaSeconds())
        .put("avgTalkSeconds", k.avgTalkSeconds())
        .put("avgHoldSeconds", k.avgHoldSeconds())
        .put("avgWrapUpSeconds", k.avgWrapUpSeconds())
        .put("ahtSeconds", k.ahtSeconds())
        .put("longestWaitSeconds", k.longestWaitSeconds())
        .put("afterHours", k.afterHours())
        .put("complainedCalls", k.agentComplaintRate().complainedCalls())
        .put("agentComplaintRate", k.agentComplaintRate().rate().value())
        .put("agentComplaintRateText", k.agentComplaintRate().rate().percent());
  }

  /** How many citizens' calls took each service-hours branch (服务时间分流), every branch listed. */
  private static JsonObject branches(TrafficReport r) {
    JsonArray each = new JsonArray();
    long total = 0;
    for (var e : r.branches().entrySet()) {
      each.add(
          new JsonObject()
              .put("branch", e.getKey().name())
              .put("label", e.getKey().label())
              .put("calls", e.getValue()));
      total += e.getValue();
    }
    return new JsonObject().put("total", total).put("byBranch", each);
  }

  /**
   * The calls the report left out of 呼入 and every KPI because no citizen offered them: the total,
   * each class with its count, and the sentence the report's note says.
   */
  private static JsonObject setAside(TrafficReport r) {
    JsonArray kinds = new JsonArray();
    r.setAside()
        .forEach(
            (k, n) ->
                kinds.add(
                    new JsonObject()
                        .put("kind", k.name())
                        .put("label", k.label())
                        .put("calls", n)));
    return new JsonObject()
        .put("total", r.setAsideTotal())
        .put("byKind", kinds)
        .put("note", TrafficDocument.setAsideNote(r));
  }

  /**
   * 服务满意度 of the post-call survey and 满意率 of the callbacks, each with its answers, denominator,
   * base and response rate ({@code callback} is null when the ticket side is not known).
   */
  private static JsonObject satisfaction(TrafficReport r) {
    ServiceSatisfaction s = r.totals().serviceSatisfaction();
    CallbackSatisfaction c = r.callbacks();
    return new JsonObject()
        .put(
            "service",
            new JsonObject()
                .put("satisfied", s.satisfied())
                .put("basicallySatisfied", s.basicallySatisfied())
                .put("dissatisfied", s.dissatisfied())
                .put("responses", s.responses())
                .put("answeredCalls", s.answeredCalls())
                .put("rate", s.rate().value())
                .put("rateText", s.rate().percent())
                .put("responseRate", s.responseRate().value())
                .put("responseRateText", s.responseRate().percent()))
        .put(
            "callback",
            c == null
                ? null
                : new JsonObject()
                    .put("satisfied", c.satisfied())
                    .put("basicallySatisfied", c.basicallySatisfied())
                    .put("dissatisfied", c.dissatisfied())
                    .put("answers", c.answers())
                    .put("callbacks", c.callbacks())
                    .put("rate", c.rate().value())
                    .put("rateText", c.rate().percent())
                    .put("responseRate", c.responseRate().value())
                    .put("responseRateText", c.responseRate().percent()));
  }

  /** One person's figures (座席工作量): 工号, name, times in seconds, rates 0–1 with their text. */
  private static JsonObject person(AgentWork w) {
    JsonObject paused = new JsonObject();
    w.paused().millisByReason().forEach((k, v) -> paused.put(k, v / 1000.0));
    return new JsonObject()
        .put("username", w.username())
        .put("name", w.name())
        .put("loggedInSeconds", w.loggedIn().seconds())
        .put("pausedSeconds", w.paused().totalMillis() / 1000.0)
        .put("pausedSecondsByReason", paused)
        .put("answered", w.answered())
        .put("callsPerHour", w.callsPerHour().value())
        .put("occupancy", w.occupancy().rate().value())
        .put("occupancyText", w.occupancy().rate().percent())
        .put("avgTalkSeconds", w.avgTalkSeconds())
        .put("avgHoldSeconds", w.avgHoldSeconds())
        .put("avgWrapUpSeconds", w.avgWrapUpSeconds())
        .put("ahtSeconds", w.ahtSeconds())
        .put("complainedCalls", w.complained())
        .put("agentComplaintRate", w.complaintRate().rate().value())
        .put("agentComplaintRateText", w.complaintRate().rate().percent());
  }

  private static JsonArray rows(TrafficReport r, List<TrafficReport.Row> rows, String key) {
    return Requests.array(rows, row -> kpis(r, row.kpis()).put(key, row.label()));
  }

  private void verify(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    Period period = ReportRoutes.period(ctx, clock);
    RollupVerification.Result r = verification.verify(actor, "TRAFFIC", period);
    Requests.ok(ctx, ReportRoutes.verificationJson(period, r));
  }
}
