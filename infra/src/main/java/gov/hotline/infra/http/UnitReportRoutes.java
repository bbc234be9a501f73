package gov.hotline.infra.http;

import static gov.hotline.infra.http.Requests.handle;

import gov.hotline.core.id.UnitId;
import gov.hotline.core.user.Actor;
import gov.hotline.reporting.domain.Period;
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

  private static JsonObject counters(UnitCounters c) {
    return ReportRoutes.unitCountersJson(c, new UnitRates(c));
  }
}
