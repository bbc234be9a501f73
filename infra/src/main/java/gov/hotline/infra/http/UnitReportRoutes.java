package gov.hotline.infra.http;

import static gov.hotline.infra.http.Requests.handle;

import gov.hotline.core.id.UnitId;
import gov.hotline.core.user.Actor;
import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.Ratio;
import gov.hotline.reporting.domain.ReportFormat;
import gov.hotline.reporting.domain.UnitCounters;
import gov.hotline.reporting.domain.UnitRates;
import gov.hotline.reporting.port.ReportRenderer;
import gov.hotline.reporting.service.UnitReportDocument;
import gov.hotline.reporting.service.UnitReports;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;

/**
 * {@code /api/v1/reports/units/:id/report}: one unit's report (单位报表) for any period — a day, week,
 * month, quarter, year or chosen range (重点时期) — as JSON, or as XLSX, CSV, HTML or PDF.
 */
public final class UnitReportRoutes {
  private final UnitReports reports;
  private final ReportRenderer renderer;
  private final Clock clock;

  public UnitReportRoutes(UnitReports reports, ReportRenderer renderer, Clock clock) {
    this.reports = reports;
    this.renderer = renderer;
    this.clock = clock;
  }

  public void mount(Router api) {
    api.get("/reports/units/:id/report").handler(handle(this::report));
  }

  private void report(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    Period period = ReportRoutes.period(ctx, clock);
    ReportFormat format = ReportDownloads.format(Requests.query(ctx, "format"));
    UnitReports.Report r = reports.report(actor, UnitId.of(ctx.pathParam("id")), period);
    if (format != null) {
      var doc = UnitReportDocument.of(r, reports.weights());
      ReportDownloads.send(ctx, doc.title(), format, renderer.render(doc, format));
      return;
    }
    Requests.ok(
        ctx,
        new JsonObject()
            .put("period", ReportRoutes.periodJson(period))
            .put("title", UnitReportDocument.title(r))
            .put("unitId", r.own().unitId().value())
            .put("unitName", r.own().unitName())
            .put("summary", ReportRoutes.rowJson(r.own()).put("rankedUnits", r.rankedUnits()))
            .put("daily", r.daily())
            .put(
                "slots",
                Requests.array(
                    r.slots(),
                    s ->
                        counters(s.counters())
                            .put("label", s.label())
                            .put("first", s.first().toString())
                            .put("last", s.last().toString())))
            .put("subUnits", Requests.array(r.subUnits(), ReportRoutes::rowJson))
            .put("subtreeTotal", counters(r.subtreeTotal()).put("overdueNow", r.subtreeOverdue())));
  }

  /**
   * A slice's counters with its rates as fractions (null when undefined) and as people read them.
   */
  private static JsonObject counters(UnitCounters c) {
    UnitRates rates = new UnitRates(c);
    JsonObject j =
        new JsonObject()
            .put("dispatched", c.dispatched())
            .put("signed", c.signed())
            .put("signedOnTime", c.signedOnTime())
            .put("replied", c.replied())
            .put("repliedOnTime", c.repliedOnTime())
            .put("callbacks", c.callbacks())
            .put("resolved", c.resolved())
            .put("satisfied", c.satisfied())
            .put("basicallySatisfied", c.basicallySatisfied())
            .put("dissatisfied", c.dissatisfied())
            .put("returns", c.returns())
            .put("extensions", c.extensions());
    rate(j, "responseRate", rates.responseRate());
    rate(j, "resolutionRate", rates.resolutionRate());
    rate(j, "satisfactionRate", rates.satisfactionRate());
    rate(j, "replyOnTimeRate", rates.replyOnTimeRate());
    return j;
  }

  private static void rate(JsonObject j, String name, Ratio r) {
    j.put(name, r.value()).put(name + "Text", UnitRates.text(r));
  }
}
