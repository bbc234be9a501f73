package gov.hotline.infra.reporting;

import gov.hotline.core.port.ReferenceData;
import gov.hotline.infra.config.HotlineConfig;
import gov.hotline.infra.db.Database;
import gov.hotline.infra.db.reporting.JooqReportArchive;
import gov.hotline.infra.db.reporting.JooqUnitStatistics;
import gov.hotline.infra.http.ReportRoutes;
import gov.hotline.reporting.adapter.DocumentRenderer;
import gov.hotline.reporting.domain.UnitRates;
import gov.hotline.reporting.service.ReportArchiving;
import gov.hotline.reporting.service.UnitRanking;
import gov.hotline.reporting.service.UnitReportProducer;
import gov.hotline.reporting.verticle.ReportScheduleVerticle;
import gov.hotline.reporting.verticle.RollupVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.ThreadingModel;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/** Wiring of the reporting context: rollups, rankings, the archive and its schedule, and the report routes. */
public final class Reporting {
  private final ReportRoutes routes;

  private Reporting(ReportRoutes routes) {
    this.routes = routes;
  }

  /** Builds the reporting services and deploys the rollup and schedule verticles. */
  public static Reporting start(HotlineConfig cfg, Database db, ReferenceData reference, Clock clock, Vertx vertx) {
    var unitStatistics = new JooqUnitStatistics(db.dsl(), cfg.zone());
    double[] w = cfg.unitScoreWeights();
    var unitRanking = new UnitRanking(unitStatistics, clock, new UnitRates.Weights(w[0], w[1], w[2]));
    var renderer = new DocumentRenderer(clock);
    var archive = new JooqReportArchive(db.dsl(), clock);
    var archiving = new ReportArchiving(List.of(new UnitReportProducer(unitRanking, reference)), archive, renderer,
        clock, cfg.reportTime());
    DeploymentOptions blocking = new DeploymentOptions().setThreadingModel(ThreadingModel.VIRTUAL_THREAD);
    vertx.deployVerticle(new RollupVerticle(unitStatistics, 5_000), blocking).await();
    vertx.deployVerticle(new ReportScheduleVerticle(archiving), blocking).await();
    return new Reporting(new ReportRoutes(unitRanking, unitStatistics, reference, clock, renderer, archiving,
        archive));
  }

  public List<Consumer<Router>> apiRoutes() {
    return List.of(routes::mount);
  }
}
