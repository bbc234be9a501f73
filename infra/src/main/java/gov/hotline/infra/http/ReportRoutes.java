package gov.hotline.infra.http;

import static gov.hotline.infra.http.Requests.handle;

import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.user.Actor;
import gov.hotline.reporting.domain.ArchivedReport;
import gov.hotline.reporting.domain.ContractCheck;
import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.Ratio;
import gov.hotline.reporting.domain.ReportDocument;
import gov.hotline.reporting.domain.ReportFormat;
import gov.hotline.reporting.domain.UnitCounters;
import gov.hotline.reporting.domain.UnitRates;
import gov.hotline.reporting.port.ReportRenderer;
import gov.hotline.reporting.service.ReportArchiving;
import gov.hotline.reporting.service.RollupVerification;
import gov.hotline.reporting.service.UnitDocument;
import gov.hotline.reporting.service.UnitRanking;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/v1/reports}: unit rankings by the three rates (三率), and the proof that rollups match
 * raw history.
 */
public final class ReportRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(ReportRoutes.class);
  private final UnitRanking ranking;
  private final RollupVerification verification;
  private final ReferenceData reference;
  private final Clock clock;
  private final ReportRenderer renderer;
  private final ReportArchiving archiving;

  public ReportRoutes(
      UnitRanking ranking,
      RollupVerification verification,
      ReferenceData reference,
      Clock clock,
      ReportRenderer renderer,
      ReportArchiving archiving) {
    this.ranking = ranking;
    this.verification = verification;
    this.reference = reference;
    this.clock = clock;
    this.renderer = renderer;
    this.archiving = archiving;
  }

  public void mount(Router api) {
    api.get("/reports/units").handler(handle(this::units));
    api.get("/reports/units/verify").handler(handle(this::verify));
    api.get("/reports/archive").handler(handle(this::archiveList));
    api.post("/reports/archive").handler(handle(this::archiveGenerate));
    api.get("/reports/archive/:id").handler(handle(this::archiveDownload));
  }

  private void archiveList(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    Paging paging = Paging.of(ctx, 100, "report");
    String report = Requests.query(ctx, "report");
    Requests.ok(
        ctx,
        paging
            .into(new JsonObject())
            .put(
                "items",
                Requests.array(
                    paging.slice(archiving.list(actor, report, paging.upTo())),
                    this::archivedJson)));
  }

  private JsonObject archivedJson(ArchivedReport a) {
    return new JsonObject()
        .put("id", a.id())
        .put("report", a.report())
        .put("reportLabel", archiving.producer(a.report()).label())
        .put("periodKind", a.periodKind().name())
        .put("periodKey", a.periodKey())
        .put("first", a.firstDay().toString())
        .put("last", a.lastDay().toString())
        .put("format", a.format().name())
        .put("title", a.title())
        .put("size", a.size())
        .put("generatedAt", a.generatedAt().toString())
        .put("generatedBy", a.generatedBy())
        .put("version", a.version())
        .put("href", "/api/v1/reports/archive/" + a.id());
  }

  private void archiveGenerate(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    JsonInput in = JsonInput.parse(ctx.body().buffer());
    String report = in.text("report");
    archiving.producer(report);
    Period period =
        Period.parse(
            in.text("period"),
            in.text("date"),
            in.text("from"),
            in.text("to"),
            in.text("name"),
            LocalDate.now(clock),
            clock.getZone());
    ReportArchiving.Generated g =
        archiving.generate(actor, report, period, Boolean.TRUE.equals(in.bool("partial")));
    Requests.json(
        ctx,
        g.replaced() ? 200 : 201,
        new JsonObject()
            .put("replaced", g.replaced())
            .put("message", g.replaced() ? "已重新生成，并替换了之前归档的报表" : "报表已生成并归档")
            .put("items", Requests.array(g.files(), this::archivedJson)));
  }

  private void archiveDownload(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    long id = Requests.longParam(ctx, "id", "报表");
    ArchivedReport a = archiving.file(actor, id);
    LOG.info(
        "archived report {} ({} {}) downloaded by {}",
        id,
        a.report(),
        a.periodKey(),
        actor.username());
    ReportDownloads.send(ctx, a.title(), a.format(), a.content());
  }

  /**
   * The {@code period=…&date=…} (or {@code period=range&from=…&to=…&name=…}) of a report request,
   * refused in Chinese when unknown, malformed or future.
   */
  static Period period(RoutingContext ctx, Clock clock) {
    return Period.parse(
        Requests.query(ctx, "period"),
        Requests.query(ctx, "date"),
        Requests.query(ctx, "from"),
        Requests.query(ctx, "to"),
        Requests.query(ctx, "name"),
        LocalDate.now(clock),
        clock.getZone());
  }

  private void units(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    Period period = period(ctx, clock);
    List<UnitRanking.Row> rows = ranking.rank(actor, period, reference.orgTree());
    var w = ranking.weights();
    ReportFormat format = ReportDownloads.format(Requests.query(ctx, "format"));
    if (format != null) {
      ReportDocument doc = UnitDocument.of(period, rows, w);
      ReportDownloads.send(ctx, doc.title(), format, renderer.render(doc, format));
      return;
    }
    Requests.ok(
        ctx,
        new JsonObject()
            .put("period", periodJson(period))
            .put("title", period.titled("承办单位三率排名"))
            .put(
                "weights",
                new JsonObject()
                    .put("response", w.response())
                    .put("resolution", w.resolution())
                    .put("satisfaction", w.satisfaction()))
            .put("items", Requests.array(rows, ReportRoutes::rowJson)));
  }

  static JsonObject rowJson(UnitRanking.Row r) {
    return new JsonObject()
        .put("rank", r.rank())
        .put("unitId", r.unitId().value())
        .put("unitName", r.unitName())
        .mergeIn(unitCountersJson(r.counters(), r.rates()))
        .put("overdueNow", r.overdueNow())
        .put("score", r.ranked() ? Math.round(r.score() * 10) / 10.0 : null)
        .put(
            "scoreText",
            r.ranked() ? String.format(Locale.ROOT, "%.1f", r.score()) : UnitRates.NO_DATA)
        .put("ranked", r.ranked())
        .put("measuredRates", r.rates().measuredRates());
  }

  /**
   * A unit's counters, and its four rates as fractions (null when undefined) and as people read
   * them ("80.0%" or 「无数据」): the ranking's rows and the unit report's slices alike.
   */
  static JsonObject unitCountersJson(UnitCounters c, UnitRates rates) {
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
    unitRate(j, "responseRate", rates.responseRate());
    unitRate(j, "resolutionRate", rates.resolutionRate());
    unitRate(j, "satisfactionRate", rates.satisfactionRate());
    unitRate(j, "replyOnTimeRate", rates.replyOnTimeRate());
    return j;
  }

  private static void unitRate(JsonObject j, String name, Ratio r) {
    j.put(name, r.value()).put(name + "Text", UnitRates.text(r));
  }

  /** A rate as a fraction (null when undefined) and as people read it ("80.0%" or "—"). */
  static void rate(JsonObject j, String name, Ratio r) {
    j.put(name, r.value()).put(name + "Text", r.percent());
  }

  static JsonObject checkJson(ContractCheck c) {
    return new JsonObject()
        .put("indicator", c.indicator())
        .put("target", c.target())
        .put("actual", c.actual())
        .put("pass", c.pass())
        .put("verdict", c.verdict())
        .put("note", c.note());
  }

  static JsonObject periodJson(Period p) {
    return new JsonObject()
        .put("kind", p.kind().name())
        .put("kindLabel", p.kind().label())
        .put("first", p.first().toString())
        .put("last", p.last().toString())
        .put("days", p.days())
        .put("name", p.name())
        .put("key", p.key())
        .put("title", p.title());
  }

  private void verify(RoutingContext ctx) {
    Actor actor = Requests.actor(ctx);
    Period period = period(ctx, clock);
    RollupVerification.Result r = verification.verify(actor, "UNITS", period);
    Requests.ok(ctx, verificationJson(period, r).put("units", r.compared()));
  }

  /**
   * A verification as JSON: the verdict, how many slices were compared, the totals side by side
   * (also as {@code rollup}/{@code recomputed} objects by figure) and the differing slices.
   */
  static JsonObject verificationJson(Period period, RollupVerification.Result r) {
    JsonObject rollup = new JsonObject();
    JsonObject recomputed = new JsonObject();
    r.totals()
        .forEach(
            f -> {
              rollup.put(f.name(), f.rollup());
              recomputed.put(f.name(), f.recomputed());
            });
    return new JsonObject()
        .put("period", ReportRoutes.periodJson(period))
        .put("consistent", r.consistent())
        .put("slices", r.compared())
        .put("totals", Requests.array(r.totals(), ReportRoutes::figure))
        .put("rollup", rollup)
        .put("recomputed", recomputed)
        .put("differences", Requests.array(r.differences(), ReportRoutes::figure));
  }

  private static JsonObject figure(RollupVerification.Figure f) {
    return new JsonObject()
        .put("figure", f.name())
        .put("rollup", f.rollup())
        .put("recomputed", f.recomputed())
        .put("same", f.same());
  }
}
