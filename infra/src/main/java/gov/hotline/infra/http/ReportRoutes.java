package gov.hotline.infra.http;

import static gov.hotline.infra.http.Requests.handle;

import gov.hotline.core.id.UnitId;
import gov.hotline.core.org.OrgTree;
import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.Ratio;
import gov.hotline.reporting.domain.ReportDocument;
import gov.hotline.reporting.domain.UnitCounters;
import gov.hotline.reporting.port.UnitStatistics;
import gov.hotline.reporting.service.UnitDocument;
import gov.hotline.reporting.service.UnitRanking;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** {@code /api/v1/reports}: unit rankings by the three rates (三率), and the proof that rollups match raw history. */
public final class ReportRoutes {
  private final UnitRanking ranking;
  private final UnitStatistics statistics;
  private final ReferenceData reference;
  private final Clock clock;
  private final ReportDownloads downloads;

  public ReportRoutes(UnitRanking ranking, UnitStatistics statistics, ReferenceData reference, Clock clock) {
    this.ranking = ranking;
    this.statistics = statistics;
    this.reference = reference;
    this.clock = clock;
    this.downloads = new ReportDownloads(clock);
  }

  public void mount(Router api) {
    api.get("/reports/units").handler(handle(this::units));
    api.get("/reports/units/verify").handler(handle(this::verify));
  }

  private Period period(RoutingContext ctx) {
    return Period.parse(Requests.query(ctx, "period"), Requests.query(ctx, "date"), LocalDate.now(clock),
        clock.getZone());
  }

  private void units(RoutingContext ctx) {
    Actor actor = Requests.requireRole(ctx, Role.MANAGER, Role.DISPATCHER, Role.TEAM_LEAD, Role.ADMIN,
        Role.UNIT_HANDLER);
    Period period = period(ctx);
    OrgTree org = reference.orgTree();
    // a unit sees its own rows and those of units below it, with their place in the whole ranking
    Set<UnitId> visible = actor.role() == Role.UNIT_HANDLER ? org.subtree(actor.unitId()) : null;
    List<UnitRanking.Row> rows = ranking.rank(period, org).stream()
        .filter(r -> visible == null || visible.contains(r.unitId())).toList();
    var w = ranking.weights();
    ReportDownloads.Format format = ReportDownloads.format(Requests.query(ctx, "format"));
    if (format != null) {
      ReportDocument doc = UnitDocument.of(period, rows, w);
      ReportDownloads.send(ctx, doc.title(), format, downloads.render(doc, format));
      return;
    }
    Requests.ok(ctx, new JsonObject()
        .put("period", periodJson(period))
        .put("title", period.title().replace(period.kind().label(), "承办单位三率排名"))
        .put("weights", new JsonObject().put("response", w.response()).put("resolution", w.resolution())
            .put("satisfaction", w.satisfaction()))
        .put("items", Requests.array(rows, ReportRoutes::rowJson)));
  }

  private static JsonObject rowJson(UnitRanking.Row r) {
    UnitCounters c = r.counters();
    JsonObject j = new JsonObject().put("rank", r.rank()).put("unitId", r.unitId().value())
        .put("unitName", r.unitName())
        .put("dispatched", c.dispatched()).put("signed", c.signed()).put("signedOnTime", c.signedOnTime())
        .put("replied", c.replied()).put("repliedOnTime", c.repliedOnTime()).put("callbacks", c.callbacks())
        .put("resolved", c.resolved()).put("satisfied", c.satisfied())
        .put("basicallySatisfied", c.basicallySatisfied()).put("dissatisfied", c.dissatisfied())
        .put("returns", c.returns()).put("extensions", c.extensions()).put("overdueNow", r.overdueNow())
        .put("score", Math.round(r.score() * 10) / 10.0);
    rate(j, "responseRate", r.rates().responseRate());
    rate(j, "resolutionRate", r.rates().resolutionRate());
    rate(j, "satisfactionRate", r.rates().satisfactionRate());
    rate(j, "replyOnTimeRate", r.rates().replyOnTimeRate());
    return j;
  }

  /** A rate as a fraction (null when undefined) and as people read it ("80.0%" or "—"). */
  static void rate(JsonObject j, String name, Ratio r) {
    j.put(name, r.value()).put(name + "Text", r.percent());
  }

  static JsonObject periodJson(Period p) {
    return new JsonObject().put("kind", p.kind().name()).put("first", p.first().toString())
        .put("last", p.last().toString()).put("key", p.key()).put("title", p.title());
  }

  private void verify(RoutingContext ctx) {
    Requests.requireRole(ctx, Role.MANAGER, Role.ADMIN);
    Period period = period(ctx);
    statistics.catchUp();
    Map<UnitId, UnitCounters> rolled = statistics.counters(period);
    Map<UnitId, UnitCounters> raw = statistics.recompute(period);
    JsonArray differences = new JsonArray();
    Set<UnitId> all = new TreeSet<>(Comparator.comparing(UnitId::value));
    all.addAll(rolled.keySet());
    all.addAll(raw.keySet());
    for (UnitId u : all) {
      UnitCounters a = rolled.getOrDefault(u, UnitCounters.ZERO);
      UnitCounters b = raw.getOrDefault(u, UnitCounters.ZERO);
      if (!Objects.equals(a, b)) {
        differences.add(new JsonObject().put("unitId", u.value()).put("rollup", a.toString()).put("raw", b.toString()));
      }
    }
    Requests.ok(ctx, new JsonObject().put("period", periodJson(period)).put("units", all.size())
        .put("consistent", differences.isEmpty()).put("differences", differences));
  }
}
