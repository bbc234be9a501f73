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
import gov.hotline.infra.demo.DemoData;
import gov.hotline.infra.http.AdminRoutes;
import gov.hotline.infra.http.ApiVerticle;
import gov.hotline.infra.http.AuthRoutes;
import gov.hotline.infra.http.DirectoryRoutes;
import gov.hotline.infra.http.OpsRoutes;
import gov.hotline.infra.http.TicketRoutes;
import gov.hotline.infra.metrics.TicketMetrics;
import gov.hotline.infra.reference.CachedReferenceData;
import gov.hotline.infra.telephony.Telephony;
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
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The composition root: builds every collaborator from the configuration and deploys the verticles. */
public final class Application implements AutoCloseable {
  /** How the server starts: with demo data, or as a real deployment. */
  public enum Mode { DEMO, START }

  private final Vertx vertx;
  private final Database database;
  private final HotlineConfig config;
  private final Telephony telephony;

  private Application(Vertx vertx, Database database, HotlineConfig config, Telephony telephony) {
    this.vertx = vertx;
    this.database = database;
    this.config = config;
    this.telephony = telephony;
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
    TokenService tokens = new TokenService(new ServerSecrets(db.dsl()).get("token-signing-key"), clock,
        Duration.ofHours(cfg.tokenTtlHours()));

    var auth = new AuthRoutes(accounts, tokens, reference);
    var ticketRoutes = new TicketRoutes(tickets, reference, new TicketMetrics(registry), vertx.eventBus(),
        cfg.zone());
    var directory = new DirectoryRoutes(reference, tx);
    var adminRoutes = new AdminRoutes(accounts, admin, tx);
    Telephony telephony = Telephony.start(cfg, mode == Mode.DEMO, db, registry, vertx, tickets);
    var ops = new OpsRoutes(db::isHealthy, registry, telephony::health);
    // auth first (it authenticates every later route); telephony before tickets, whose /tickets/{id}/{action}
    // would otherwise take /tickets/{id}/callback-call
    List<Consumer<io.vertx.ext.web.Router>> routes = new ArrayList<>(List.<Consumer<io.vertx.ext.web.Router>>of(
        auth::mount));
    routes.addAll(telephony.apiRoutes());
    routes.addAll(List.of(ticketRoutes::mount, directory::mount, adminRoutes::mount));
    DeploymentOptions options = new DeploymentOptions().setThreadingModel(ThreadingModel.VIRTUAL_THREAD)
        .setInstances(cfg.httpInstances());
    try {
      vertx.deployVerticle(() -> new ApiVerticle(cfg.httpHost(), cfg.httpPort(), cfg.maxBodyBytes(), ops::mount,
          routes), options).await();
    } catch (RuntimeException e) {
      telephony.close();
      vertx.close().await();
      throw new HotlineConfig.ConfigException("HTTP 服务无法启动（端口 " + cfg.httpPort() + "）：" + e.getMessage());
    }
    return new Application(vertx, db, cfg, telephony);
  }

  public HotlineConfig config() {
    return config;
  }

  public Database database() {
    return database;
  }

  public Telephony telephony() {
    return telephony;
  }

  @Override
  public void close() {
    telephony.close();
    vertx.close().await();
    database.close();
  }
}
