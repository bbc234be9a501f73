package gov.hotline.infra.reporting;

import gov.hotline.core.port.ReferenceData;
import gov.hotline.infra.config.HotlineConfig;
import gov.hotline.infra.db.Database;
import gov.hotline.infra.db.reporting.JooqAgentStatistics;
import gov.hotline.infra.db.reporting.JooqReportArchive;
import gov.hotline.infra.db.reporting.JooqTicketStatistics;
import gov.hotline.infra.db.reporting.JooqTrafficStatistics;
import gov.hotline.infra.db.reporting.JooqUnitStatistics;
import gov.hotline.infra.http.ReportRoutes;
import gov.hotline.infra.http.TicketReportRoutes;
import gov.hotline.infra.http.TrafficRoutes;
import gov.hotline.infra.http.UnitReportRoutes;
import gov.hotline.reporting.adapter.DocumentRenderer;
import gov.hotline.reporting.domain.ReportSettings;
import gov.hotline.reporting.domain.UnitRates;
import gov.hotline.reporting.service.ReportArchiving;
import gov.hotline.reporting.service.RollupVerification;
import gov.hotline.reporting.service.TicketReportProducer;
import gov.hotline.reporting.service.TicketReports;
import gov.hotline.reporting.service.TrafficReportProducer;
import gov.hotline.reporting.service.TrafficReports;
import gov.hotline.reporting.service.UnitRanking;
import gov.hotline.reporting.service.UnitReportProducer;
import gov.hotline.reporting.service.UnitReports;
import gov.hotline.reporting.verticle.ReportScheduleVerticle;
import gov.hotline.reporting.verticle.RollupVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.ThreadingModel;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * Wiring of the reporting context: rollups, rankings, the archive and its schedule, and the report
 * routes.
 */
public final class Reporting implements AutoCloseable {
  private final ReportRoutes routes;
  private final TrafficRoutes traffic;
  private final TicketReportRoutes tickets;
  private final UnitReportRoutes unitReports;
  private final QueueToday today;
  private final RollupVerticle rollups;

  private Reporting(
      ReportRoutes routes,
      TrafficRoutes traffic,
      TicketReportRoutes tickets,
      UnitReportRoutes unitReports,
      QueueToday today,
      RollupVerticle rollups) {
    this.today = today;
    this.unitReports = unitReports;
    this.rollups = rollups;
    this.routes = routes;
    this.traffic = traffic;
    this.tickets = tickets;
  }

  /**
   * The rollups and their recomputation from raw rows, as {@code ./hotline report-verify} and the
   * API compare them.
   */
  public static RollupVerification verification(HotlineConfig cfg, Database db) {
    return new RollupVerification(
        new JooqTrafficStatistics(db.dsl(), cfg.zone()),
        new JooqUnitStatistics(db.dsl(), cfg.zone()),
        new JooqTicketStatistics(db.dsl(), cfg.zone()),
        new JooqAgentStatistics(db.dsl()));
  }

  /** Builds the reporting services and deploys the rollup and schedule verticles. */
  public static Reporting start(
      HotlineConfig cfg, Database db, ReferenceData reference, Clock clock, Vertx vertx) {
    var unitStatistics = new JooqUnitStatistics(db.dsl(), cfg.zone());
    double[] w = cfg.unitScoreWeights();
    var unitRanking =
        new UnitRanking(unitStatistics, clock, new UnitRates.Weights(w[0], w[1], w[2]));
    var renderer = new DocumentRenderer(clock);
    var archive = new JooqReportArchive(db.dsl(), clock);
    var trafficStatistics = new JooqTrafficStatistics(db.dsl(), cfg.zone());
    var ticketStatistics = new JooqTicketStatistics(db.dsl(), cfg.zone());
    var agentStatistics = new JooqAgentStatistics(db.dsl());
    var ticketReports = new TicketReports(cfg.reports().targets());
    var trafficReports =
        new TrafficReports(
            new ReportSettings(
                cfg.telephony().shortAbandonSeconds(), List.of(15, 20), cfg.reports().targets()));
    var traffic =
        new TrafficReportProducer(
            trafficStatistics, trafficReports, ticketStatistics, ticketReports, agentStatistics);
    var tickets =
        new TicketReportProducer(ticketStatistics, trafficStatistics, ticketReports, reference);
    var archiving =
        new ReportArchiving(
            List.of(traffic, new UnitReportProducer(unitRanking, reference), tickets),
            archive,
            renderer,
            clock,
            cfg.reportTime());
    DeploymentOptions blocking =
        new DeploymentOptions().setThreadingModel(ThreadingModel.VIRTUAL_THREAD);
    var rollups =
        new RollupVerticle(List.of(unitStatistics, trafficStatistics, ticketStatistics), 5_000);
    vertx.deployVerticle(rollups, blocking).await();
    vertx.deployVerticle(new ReportScheduleVerticle(archiving), blocking).await();
    var verification =
        new RollupVerification(
            trafficStatistics, unitStatistics, ticketStatistics, agentStatistics);
    return new Reporting(
        new ReportRoutes(unitRanking, verification, reference, clock, renderer, archiving),
        new TrafficRoutes(traffic, verification, renderer, clock),
        new TicketReportRoutes(tickets, verification, renderer, clock),
        new UnitReportRoutes(
            new UnitReports(unitRanking, unitStatistics, reference), renderer, clock),
        new QueueToday(trafficStatistics, trafficReports, clock, cfg.zone()),
        rollups);
  }

  /** No rollup fold starts any more (the stop cancels one that runs). */
  @Override
  public void close() {
    rollups.halt();
  }

  /** Today's KPIs per queue for the wallboard. */
  public QueueToday queueToday() {
    return today;
  }

  public List<Consumer<Router>> apiRoutes() {
    return List.of(routes::mount, traffic::mount, tickets::mount, unitReports::mount);
  }
}
