package gov.hotline.infra;

import gov.hotline.core.admin.ReferenceDataAdmin;
import gov.hotline.core.attachment.AttachmentService;
import gov.hotline.core.citizen.CitizenIntake;
import gov.hotline.core.event.TicketCreated;
import gov.hotline.core.event.TicketTransitioned;
import gov.hotline.core.rating.Aftercare;
import gov.hotline.core.rating.Ratings;
import gov.hotline.core.rating.SurveyRatings;
import gov.hotline.core.sla.OpenTicketDeadlines;
import gov.hotline.core.ticket.Satisfaction;
import gov.hotline.core.ticket.TicketService;
import gov.hotline.core.user.Actor;
import gov.hotline.dispatch.verticle.DispatchAddresses;
import gov.hotline.infra.attachment.FileAttachmentStore;
import gov.hotline.infra.audit.AuditLog;
import gov.hotline.infra.auth.Accounts;
import gov.hotline.infra.auth.LoginThrottle;
import gov.hotline.infra.auth.PasswordHasher;
import gov.hotline.infra.auth.Sessions;
import gov.hotline.infra.auth.TokenService;
import gov.hotline.infra.auth.UserAdmin;
import gov.hotline.infra.city.CityLink;
import gov.hotline.infra.config.HotlineConfig;
import gov.hotline.infra.db.Database;
import gov.hotline.infra.db.audit.JooqAuditLog;
import gov.hotline.infra.db.core.BlockTicketNumbers;
import gov.hotline.infra.db.core.JooqIdempotencyKeys;
import gov.hotline.infra.db.core.JooqLoginThrottleStore;
import gov.hotline.infra.db.core.JooqSessionStore;
import gov.hotline.infra.db.core.JooqTransactions;
import gov.hotline.infra.db.core.ServerSecrets;
import gov.hotline.infra.demo.DemoData;
import gov.hotline.infra.demo.DemoKnowledge;
import gov.hotline.infra.dispatch.Dispatch;
import gov.hotline.infra.http.AdminCalendarRoutes;
import gov.hotline.infra.http.AdminRoutes;
import gov.hotline.infra.http.AdminUserRoutes;
import gov.hotline.infra.http.ApiVerticle;
import gov.hotline.infra.http.AttachmentRoutes;
import gov.hotline.infra.http.AuditRoutes;
import gov.hotline.infra.http.AuthRoutes;
import gov.hotline.infra.http.ClientAddress;
import gov.hotline.infra.http.DirectCloseRoutes;
import gov.hotline.infra.http.DirectoryRoutes;
import gov.hotline.infra.http.Idempotency;
import gov.hotline.infra.http.KbReviewRoutes;
import gov.hotline.infra.http.KbRoutes;
import gov.hotline.infra.http.OpenApiRoutes;
import gov.hotline.infra.http.OpsRoutes;
import gov.hotline.infra.http.PublicRateLimit;
import gov.hotline.infra.http.PublicRoutes;
import gov.hotline.infra.http.PublicUploads;
import gov.hotline.infra.http.TicketDetails;
import gov.hotline.infra.http.TicketRoutes;
import gov.hotline.infra.kb.KnowledgeBase;
import gov.hotline.infra.live.TicketLive;
import gov.hotline.infra.metrics.TicketMetrics;
import gov.hotline.infra.reference.CachedReferenceData;
import gov.hotline.infra.reporting.Reporting;
import gov.hotline.infra.telephony.Telephony;
import gov.hotline.kb.verticle.TicketIndexVerticle;
import gov.hotline.telephony.port.SurveyListener;
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
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds every collaborator from the configuration and deploys the verticles.
 * Each context brings its own wiring (KnowledgeBase, Telephony, Reporting, Dispatch); this class
 * only joins them.
 */
public final class Application implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Application.class);
  // the stop of a server (SIGTERM) takes at most this long, a running rollup rebuild included
  private static final Duration STOP_WITHIN = Duration.ofSeconds(4);
  private static final Duration CANCEL_EVERY = Duration.ofMillis(300);

  /** How the server starts: with demo data, or as a real deployment. */
  public enum Mode {
    DEMO,
    START
  }

  private final Vertx vertx;
  private final Database database;
  private final HotlineConfig config;
  private final List<AutoCloseable> contexts;
  private final List<Consumer<Router>> apiRoutes;

  private Application(
      Vertx vertx,
      Database database,
      HotlineConfig config,
      List<AutoCloseable> contexts,
      List<Consumer<Router>> apiRoutes) {
    this.vertx = vertx;
    this.apiRoutes = List.copyOf(apiRoutes);
    this.database = database;
    this.config = config;
    this.contexts = contexts;
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

  /** The core collaborators every context may use. */
  private record Core(
      Clock clock,
      JooqTransactions tx,
      CachedReferenceData reference,
      ReferenceDataAdmin admin,
      Accounts accounts,
      TicketService tickets,
      Dispatch dispatch) {}

  private static Application wire(HotlineConfig cfg, Mode mode, Database db) {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    Vertx vertx =
        Vertx.builder()
            .with(
                new VertxOptions()
                    .setMetricsOptions(
                        new MicrometerMetricsOptions()
                            .setEnabled(true)
                            .addLabels(Label.HTTP_METHOD, Label.HTTP_CODE, Label.HTTP_ROUTE)))
            .withMetrics(new MicrometerMetricsFactory(registry))
            .build();
    LocalRecordCodec.register(vertx.eventBus(), TicketCreated.class, TicketTransitioned.class);
    Core core = core(cfg, mode, db);
    List<AutoCloseable> contexts = new ArrayList<>();
    try {
      KnowledgeBase kb = KnowledgeBase.open(cfg, db, core.clock());
      contexts.add(kb);
      if (mode == Mode.DEMO) {
        DemoKnowledge.importIfEmpty(kb.articles());
      }
      kb.recovery().startUp();
      // every 5 s: is the search engine there, and does the index need rebuilding after an outage
      vertx.setPeriodic(5_000, id -> vertx.executeBlocking(() -> kb.recovery().check(), false));
      Thread.ofPlatform()
          .daemon()
          .name("kb-embed")
          .start(
              () -> {
                try {
                  kb.embedInBackground();
                } catch (
                    RuntimeException
                        e) { // searches then stay lexical; `./hotline kb-reindex` retries
                  LOG.warn("语义模型加载或知识向量计算失败，检索退回词法排序", e);
                }
              });
      Thread.ofVirtual()
          .name("kb-ticket-reindex")
          .start(
              () -> {
                try {
                  kb.maintenance().ensureTicketsIndexed();
                } catch (
                    RuntimeException
                        e) { // the index is then short of old tickets until `./hotline kb-reindex`
                  LOG.warn("indexing the tickets for search failed", e);
                }
              });
      vertx.deployVerticle(new TicketIndexVerticle(kb.search())).await();
      Telephony telephony =
          Telephony.start(
              cfg,
              mode == Mode.DEMO,
              db,
              registry,
              vertx,
              core.tickets(),
              () -> core.tx().inTransaction(r -> r.users().all()),
              core.reference()::calendar,
              surveyRatings(core));
      contexts.add(telephony);
      Reporting reporting = Reporting.start(cfg, db, core.reference(), core.clock(), vertx);
      contexts.add(reporting);
      telephony.showTodayFrom(reporting.queueToday());
      core.dispatch().start(vertx);
      // ticket events on the browsers' live stream, numbered by the same feed as the board and the
      // pops
      contexts.add(
          TicketLive.start(
              vertx, telephony.liveFeed(), core.tickets(), DispatchAddresses.HOTSPOTS_RAISED));

      TokenService tokens =
          new TokenService(
              new ServerSecrets(db.dsl()).get("token-signing-key"),
              core.clock(),
              Duration.ofHours(cfg.tokenTtlHours()));
      Sessions sessions = new Sessions(new JooqSessionStore(db.dsl()), tokens, core.clock());
      // auth first (it authenticates every later route); telephony before tickets, whose
      // /tickets/{id}/{action}
      // would otherwise take /tickets/{id}/callback-call
      CityLink city =
          CityLink.start(
              cfg, mode == Mode.DEMO, db, core.tx(), core.reference(), core.clock(), vertx);
      contexts.add(city);
      var cityRoutes = city.routes(vertx);
      List<Consumer<Router>> routes = new ArrayList<>();
      routes.add(new OpenApiRoutes()::mount);
      routes.add(cityRoutes::mountInbound); // the city's token, not a login
      AttachmentService attachments =
          new AttachmentService(
              core.tx(),
              new FileAttachmentStore(cfg.dataDir().resolve("attachments")),
              core.reference(),
              core.clock(),
              AttachmentService.DEFAULT_MAX_BYTES);
      ClientAddress clients = new ClientAddress(cfg.security().trustedProxies());
      // the citizens' public page: before authentication, which every later route passes
      routes.add(publicRoutes(core, db, attachments, clients, vertx)::mount);
      JooqAuditLog auditStore = new JooqAuditLog(db.dsl());
      routes.add(
          new AuthRoutes(
                  core.accounts(),
                  sessions,
                  core.reference(),
                  clients,
                  cfg.security().cookieSecure(),
                  new AuditLog(auditStore, core.clock()))
              ::mount);
      routes.add(new Idempotency(new JooqIdempotencyKeys(db.dsl()), core.clock())::mount);
      routes.addAll(telephony.apiRoutes());
      TicketMetrics ticketMetrics = new TicketMetrics(registry);
      routes.addAll(
          List.of(
              new KbRoutes(kb, core.tickets(), cfg.zone())::mount,
              new KbReviewRoutes(kb)::mount,
              new DirectCloseRoutes(
                      core.tickets(),
                      core.reference(),
                      kb.articles(),
                      ticketMetrics,
                      vertx.eventBus())
                  ::mount, // before /tickets/{id}/{action}, which would take direct-close
              new TicketRoutes(
                      core.tickets(),
                      core.reference(),
                      ticketMetrics,
                      vertx.eventBus(),
                      cfg.zone(),
                      new TicketDetails(attachments, new Aftercare(core.tx(), core.tickets())))
                  ::mount,
              new AttachmentRoutes(attachments)
                  ::mount, // after /tickets/{id}/{action}: order is free
              new DirectoryRoutes(core.reference(), core.tx())::mount,
              new AdminRoutes(core.accounts(), core.admin(), core.tx())::mount,
              new AdminCalendarRoutes(core.admin(), core.reference())::mount,
              new AdminUserRoutes(
                      new UserAdmin(
                          core.tx(), core.accounts().hasher(), core.reference(), sessions),
                      sessions)
                  ::mount,
              new AuditRoutes(auditStore, cfg.zone())::mount,
              cityRoutes::mount));
      routes.addAll(reporting.apiRoutes());
      routes.addAll(core.dispatch().apiRoutes(vertx.eventBus()));
      var ops =
          new OpsRoutes(
              db::isHealthy,
              registry,
              telephony::health,
              () ->
                  new JsonObject()
                      .put("status", kb.recovery().available() ? "UP" : "DOWN")
                      .put("engine", kb.engine()),
              cfg.security().metricsToken(),
              token -> sessions.authenticate(token).map(TokenService.Claims::actor));
      DeploymentOptions options =
          new DeploymentOptions()
              .setThreadingModel(ThreadingModel.VIRTUAL_THREAD)
              .setInstances(cfg.httpInstances());
      try {
        vertx
            .deployVerticle(
                () ->
                    new ApiVerticle(
                        cfg.httpHost(),
                        cfg.httpPort(),
                        cfg.maxBodyBytes(),
                        cfg.security().idleTimeout(),
                        ops::mount,
                        routes,
                        new ApiVerticle.Uploads(
                            cfg.dataDir().resolve("uploads-tmp"),
                            AttachmentService.DEFAULT_MAX_BYTES + 1024 * 1024)),
                options)
            .await();
      } catch (RuntimeException e) {
        throw new HotlineConfig.ConfigException(
            "HTTP 服务无法启动（端口 " + cfg.httpPort() + "）：" + e.getMessage());
      }
      if (mode == Mode.DEMO) {
        city.seedDemo("http://127.0.0.1:" + cfg.httpPort() + "/api/v1");
      }
      return new Application(vertx, db, cfg, contexts, routes);
    } catch (RuntimeException e) {
      closeAll(contexts);
      vertx.close().await();
      throw e;
    }
  }

  /** The survey's answer (1/2/3) as the rating (好差评) of the call's tickets. */
  private static SurveyListener surveyRatings(Core core) {
    SurveyRatings ratings = new SurveyRatings(core.tx(), core.reference(), core.clock());
    return (callId, result) -> ratings.rate(callId, Satisfaction.valueOf(result.name()));
  }

  /** The citizens' own intake (群众自助) with its limits per client address. */
  private static PublicRoutes publicRoutes(
      Core core, Database db, AttachmentService attachments, ClientAddress clients, Vertx vertx) {
    Supplier<Actor> citizen = PublicRoutes.citizenOf(core.reference());
    Clock clock = core.clock();
    return new PublicRoutes(
        new CitizenIntake(core.tx(), core.tickets(), Ratings.on(core.reference()), clock, citizen),
        new PublicUploads(
            new ServerSecrets(db.dsl()).get("public-upload-key"),
            core.tx(),
            attachments,
            citizen,
            clock),
        core.reference(),
        vertx.eventBus(),
        new PublicRoutes.Limits(
            clients,
            new PublicRateLimit("提交诉求", 5, Duration.ofMinutes(10), clock),
            new PublicRateLimit("查询", 30, Duration.ofMinutes(10), clock),
            new PublicRateLimit("上传照片", 10, Duration.ofMinutes(10), clock)));
  }

  private static Core core(HotlineConfig cfg, Mode mode, Database db) {
    Clock clock = cfg.clock();
    JooqTransactions tx = new JooqTransactions(db.dsl(), clock);
    CachedReferenceData reference =
        new CachedReferenceData(tx, cfg.zone(), clock, Duration.ofSeconds(30));
    ReferenceDataAdmin admin =
        new ReferenceDataAdmin(
            tx, reference, reference::refresh, new OpenTicketDeadlines(tx, reference, clock));
    Accounts accounts =
        new Accounts(
            tx,
            new PasswordHasher(10),
            reference,
            new LoginThrottle(new JooqLoginThrottleStore(db.dsl()), clock));
    TicketService tickets =
        new TicketService(
            tx, new BlockTicketNumbers(db.dsl(), 50), reference, clock, cfg.ticketPrefix());
    // the demo district is imported through dispatch's directory import, so dispatch is wired with
    // the core
    Dispatch dispatch = Dispatch.create(cfg, db, reference, tickets, clock);
    boolean hasUsers = tx.inTransaction(r -> r.users().count() > 0);
    if (mode == Mode.DEMO) {
      new DemoData(admin, accounts, tickets, dispatch.directory()).seedIfEmpty(hasUsers);
    } else {
      new FirstAdmin(admin, accounts).ensure(hasUsers, cfg.adminPassword());
    }
    return new Core(clock, tx, reference, admin, accounts, tickets, dispatch);
  }

  /** What {@code /api/v1} mounts, in order (see {@link ApiVerticle#apiRouter}). */
  public List<Consumer<Router>> apiRoutes() {
    return apiRoutes;
  }

  public Vertx vertx() {
    return vertx;
  }

  public HotlineConfig config() {
    return config;
  }

  public Database database() {
    return database;
  }

  /** The wiring of one context, e.g. {@code context(Telephony.class)}. */
  public <T> T context(Class<T> type) {
    return contexts.stream()
        .filter(type::isInstance)
        .map(type::cast)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no context " + type.getSimpleName()));
  }

  private static void closeAll(List<AutoCloseable> contexts) {
    for (AutoCloseable c : contexts.reversed()) {
      try {
        c.close();
      } catch (Exception e) {
        LOG.warn("closing {} failed: {}", c, e.getMessage());
      }
    }
  }

  @Override
  public void close() {
    closeAll(contexts);
    stop(vertx, database, STOP_WITHIN);
    database.close();
  }

  /**
   * Closes Vert.x within {@code within}: a verticle in the middle of a long database fold (a rollup
   * rebuild) would hold the undeploy for minutes, so while the close waits, this pool's running
   * statements are cancelled again and again; their transactions roll back and are redone at the
   * next start. Returns whether Vert.x closed in time.
   */
  static boolean stop(Vertx vertx, Database database, Duration within) {
    CompletableFuture<Void> closing = vertx.close().toCompletionStage().toCompletableFuture();
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        closing.get(CANCEL_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return true;
      } catch (TimeoutException e) {
        int cancelled = database.cancelRunningStatements();
        if (cancelled > 0) {
          LOG.info("shutdown: cancelled {} running statement(s)", cancelled);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      } catch (ExecutionException e) {
        LOG.warn("closing Vert.x failed: {}", e.getCause().getMessage());
        return false;
      }
    }
    LOG.warn("Vert.x did not close within {}; stopping anyway", within);
    return false;
  }
}
