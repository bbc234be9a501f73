package gov.hotline.infra;

import gov.hotline.core.admin.ReferenceDataAdmin;
import gov.hotline.core.event.TicketCreated;
import gov.hotline.core.event.TicketTransitioned;
import gov.hotline.core.ticket.TicketService;
import gov.hotline.infra.auth.Accounts;
import gov.hotline.infra.auth.PasswordHasher;
import gov.hotline.infra.auth.TokenService;
import gov.hotline.infra.config.HotlineConfig;
import gov.hotline.infra.db.Database;
import gov.hotline.infra.db.core.BlockTicketNumbers;
import gov.hotline.infra.db.core.JooqTransactions;
import gov.hotline.infra.db.core.ServerSecrets;
import gov.hotline.infra.db.reporting.JooqReportArchive;
import gov.hotline.infra.db.reporting.JooqUnitStatistics;
import gov.hotline.infra.demo.DemoData;
import gov.hotline.infra.http.AdminRoutes;
import gov.hotline.infra.http.ApiVerticle;
import gov.hotline.infra.http.AuthRoutes;
import gov.hotline.infra.demo.DemoKnowledge;
import gov.hotline.infra.http.DirectoryRoutes;
import gov.hotline.infra.http.KbRoutes;
import gov.hotline.infra.kb.KnowledgeBase;
import gov.hotline.kb.verticle.TicketIndexVerticle;
import gov.hotline.infra.http.OpsRoutes;
import gov.hotline.infra.http.ReportRoutes;
import gov.hotline.infra.http.TicketRoutes;
import gov.hotline.infra.metrics.TicketMetrics;
import gov.hotline.infra.reference.CachedReferenceData;
import gov.hotline.reporting.adapter.DocumentRenderer;
import gov.hotline.reporting.domain.UnitRates;
import gov.hotline.reporting.service.ReportArchiving;
import gov.hotline.reporting.service.UnitReportProducer;
import gov.hotline.reporting.verticle.ReportScheduleVerticle;
import gov.hotline.reporting.service.UnitRanking;
import gov.hotline.reporting.verticle.RollupVerticle;
import gov.hotline.vertx.LocalRecordCodec;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.ThreadingModel;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** The composition root: builds every collaborator from the configuration and deploys the verticles. */
public final class Application implements AutoCloseable {
  /** How the server starts: with demo data, or as a real deployment. */
  public enum Mode { DEMO, START }

  private final Vertx vertx;
  private final Database database;
  private final HotlineConfig config;
  private final KnowledgeBase knowledge;

  private Application(Vertx vertx, Database database, HotlineConfig config, KnowledgeBase knowledge) {
    this.vertx = vertx;
    this.database = database;
    this.config = config;
    this.knowledge = knowledge;
  }

  public static Application start(HotlineConfig cfg, Mode mode) {
    Database db = Database.open(cfg);
    try {
      return wire(cfg, mode, db);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  private static Application wire(HotlineConfig cfg, Mode mode, Database db) {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    Vertx vertx = Vertx.builder()
        .with(new VertxOptions().setMetricsOptions(new MicrometerMetricsOptions().setEnabled(true)
            .addLabels(Label.HTTP_METHOD, Label.HTTP_CODE, Label.HTTP_ROUTE)))
        .withMetrics(new MicrometerMetricsFactory(registry))
        .build();
    LocalRecordCodec.register(vertx.eventBus(), TicketCreated.class, TicketTransitioned.class);

    Clock clock = Clock.system(cfg.zone());
    JooqTransactions tx = new JooqTransactions(db.dsl());
    CachedReferenceData reference = new CachedReferenceData(tx, cfg.zone(), clock, Duration.ofSeconds(30));
    ReferenceDataAdmin admin = new ReferenceDataAdmin(tx, reference, reference::refresh);
    Accounts accounts = new Accounts(tx, new PasswordHasher(10), reference, clock);
    TicketService tickets = new TicketService(tx, new BlockTicketNumbers(db.dsl(), 50), reference, clock,
        cfg.ticketPrefix());
    boolean hasUsers = tx.inTransaction(r -> r.users().count() > 0);
    if (mode == Mode.DEMO) {
      new DemoData(admin, accounts, tickets).seedIfEmpty(hasUsers);
    } else {
      new FirstAdmin(admin, accounts).ensure(hasUsers, cfg.adminPassword());
    }
    KnowledgeBase kb = KnowledgeBase.open(cfg, db, clock);
    try {
      if (mode == Mode.DEMO) {
        DemoKnowledge.importIfEmpty(kb.articles());
      }
      kb.maintenance().ensureIndexed();
      return deploy(cfg, db, vertx, registry, clock, tx, reference, admin, accounts, tickets, kb);
    } catch (RuntimeException e) {
      kb.close();
      vertx.close().await();
      throw e;
    }
  }

  private static Application deploy(HotlineConfig cfg, Database db, Vertx vertx, PrometheusMeterRegistry registry,
                                    Clock clock, JooqTransactions tx, CachedReferenceData reference,
                                    ReferenceDataAdmin admin, Accounts accounts, TicketService tickets,
                                    KnowledgeBase kb) {
    TokenService tokens = new TokenService(new ServerSecrets(db.dsl()).get("token-signing-key"), clock,
        Duration.ofHours(cfg.tokenTtlHours()));

    var auth = new AuthRoutes(accounts, tokens, reference);
    var ticketRoutes = new TicketRoutes(tickets, reference, new TicketMetrics(registry), vertx.eventBus(),
        cfg.zone());
    var directory = new DirectoryRoutes(reference, tx);
    var adminRoutes = new AdminRoutes(accounts, admin, tx);
    var ops = new OpsRoutes(db::isHealthy, registry);
    var unitStatistics = new JooqUnitStatistics(db.dsl(), cfg.zone());
    double[] w = cfg.unitScoreWeights();
    var unitRanking = new UnitRanking(unitStatistics, clock, new UnitRates.Weights(w[0], w[1], w[2]));
    var renderer = new DocumentRenderer(clock);
    var archive = new JooqReportArchive(db.dsl(), clock);
    var archiving = new ReportArchiving(List.of(new UnitReportProducer(unitRanking, reference)), archive, renderer,
        clock, cfg.reportTime());
    var reports = new ReportRoutes(unitRanking, unitStatistics, reference, clock, renderer, archiving, archive);
    var kbRoutes = new KbRoutes(kb, tickets);
    vertx.deployVerticle(new TicketIndexVerticle(kb.search())).await();
    DeploymentOptions options = new DeploymentOptions().setThreadingModel(ThreadingModel.VIRTUAL_THREAD)
        .setInstances(cfg.httpInstances());
    try {
      vertx.deployVerticle(() -> new ApiVerticle(cfg.httpHost(), cfg.httpPort(), cfg.maxBodyBytes(), ops::mount,
          List.of(auth::mount, kbRoutes::mount, ticketRoutes::mount, directory::mount, adminRoutes::mount,
              reports::mount)), options).await();
      vertx.deployVerticle(new RollupVerticle(unitStatistics, 5_000),
          new DeploymentOptions().setThreadingModel(ThreadingModel.VIRTUAL_THREAD)).await();
      vertx.deployVerticle(new ReportScheduleVerticle(archiving),
          new DeploymentOptions().setThreadingModel(ThreadingModel.VIRTUAL_THREAD)).await();
    } catch (RuntimeException e) {
      throw new HotlineConfig.ConfigException("HTTP 服务无法启动（端口 " + cfg.httpPort() + "）：" + e.getMessage());
    }
    return new Application(vertx, db, cfg, kb);
  }

  public HotlineConfig config() {
    return config;
  }

  public Database database() {
    return database;
  }

  public KnowledgeBase knowledge() {
    return knowledge;
  }

  @Override
  public void close() {
    vertx.close().await();
    knowledge.close();
    database.close();
  }
}
