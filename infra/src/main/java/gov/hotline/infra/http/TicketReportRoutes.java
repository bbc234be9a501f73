package gov.hotline.infra.http;

import static gov.hotline.infra.http.Requests.handle;

import gov.hotline.core.user.Actor;
import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.ReportFormat;
import gov.hotline.reporting.domain.TicketKpis;
import gov.hotline.reporting.domain.TicketReport;
import gov.hotline.reporting.port.ReportRenderer;
import gov.hotline.reporting.service.RollupVerification;
import gov.hotline.reporting.service.TicketDocument;
import gov.hotline.reporting.service.TicketReportProducer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.List;

/**
 * {@code /api/v1/reports/tickets}: the ticket report (工单报表) of a day, ISO week or month as JSON,
 * HTML, XLSX or CSV, and its proof against a recomputation from the raw tickets and history.
 */
public final class TicketReportRoutes {
  private final TicketReportProducer tickets;
  private final RollupVerification verification;
  private final ReportRenderer renderer;
  private final Clock clock;

  public TicketReportRoutes(
      TicketReportProducer tickets,
      RollupVerification verification,
      ReportRenderer renderer,
      Clock clock) {
    this.tickets = tickets;
    this.verification = verification;
    this.renderer = renderer;
    this.clock = clock;
  }

  public void mount(Router api) {
    api.get("/reports/tickets").handler(handle(this::report));
    api.get("/reports/tickets/verify").handler(handle(this::verify));
  }

  private void report(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    Period period = ReportRoutes.period(ctx, clock);
    ReportFormat format = ReportDownloads.format(Requests.query(ctx, "format"));
    TicketReport r = tickets.report(actor, period);
    var doc = TicketDocument.of(r);
    if (format != null) {
      ReportDownloads.send(ctx, doc.title(), format, renderer.render(doc, format));
      return;
    }
    JsonObject body =
        kpis(r.totals())
            .put("period", ReportRoutes.periodJson(period))
            .put("title", doc.title())
            .put("byChannel", rows(r.byChannel(), "channel"))
            .put("byAppealType", rows(r.byAppealType(), "appealType"))
            .put("byCategoryGroup", rows(r.byCategoryGroup(), "categoryId"))
            .put("byCategory", rows(r.byCategory(), "categoryId"))
            .put("byDay", rows(r.byDay(), "day"))
            .put("agentComplaints", r.agentComplaints())
            .put("answeredCalls", r.answeredCalls())
            .put("contract", Requests.array(r.contract(), ReportRoutes::checkJson));
    ReportRoutes.rate(body, "agentComplaintRate", r.agentComplaintRate());
    Requests.ok(ctx, body);
  }

  /**
   * Every KPI of a slice: counts and rates as fractions 0–1 (null when undefined) with their
   * Chinese text.
   */
  private static JsonObject kpis(TicketKpis k) {
    JsonObject j =
        new JsonObject()
            .put("created", k.created())
            .put("directClosed", k.directClosed())
            .put("replied", k.replied())
            .put("calledBack", k.calledBack())
            .put("callbacks", k.callbacks())
            .put("satisfied", k.counters().satisfied())
            .put("basicallySatisfied", k.counters().basicallySatisfied())
            .put("dissatisfied", k.counters().dissatisfied())
            .put("resolved", k.counters().resolved());
    ReportRoutes.rate(j, "directCloseRate", k.directCloseRate());
    ReportRoutes.rate(j, "callbackRate", k.callbackCoverage());
    ReportRoutes.rate(j, "satisfactionRate", k.satisfactionRate());
    ReportRoutes.rate(j, "resolutionRate", k.resolutionRate());
    return j;
  }

  private static JsonArray rows(List<TicketReport.Row> rows, String key) {
    return Requests.array(
        rows, row -> kpis(row.kpis()).put(key, row.code()).put("label", row.label()));
  }

  private void verify(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    Period period = ReportRoutes.period(ctx, clock);
    Requests.ok(
        ctx, ReportRoutes.verificationJson(period, verification.verify(actor, "TICKETS", period)));
  }
}
