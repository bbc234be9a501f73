package gov.hotline.infra.telephony;

import gov.hotline.core.calendar.WorkCalendar;
import gov.hotline.core.ticket.TicketService;
import gov.hotline.core.user.User;
import gov.hotline.infra.config.HotlineConfig;
import gov.hotline.infra.config.TelephonyConfig;
import gov.hotline.infra.db.Database;
import gov.hotline.infra.db.telephony.JooqCallerHistory;
import gov.hotline.infra.db.telephony.JooqTelephonyTransactions;
import gov.hotline.infra.http.AgentRoutes;
import gov.hotline.infra.http.CallRoutes;
import gov.hotline.infra.http.ComplaintRoutes;
import gov.hotline.infra.http.LiveJson;
import gov.hotline.infra.http.LiveRoutes;
import gov.hotline.infra.http.QaRoutes;
import gov.hotline.infra.http.RecordingRoutes;
import gov.hotline.infra.metrics.ServiceHoursCounters;
import gov.hotline.infra.metrics.SurveyCounters;
import gov.hotline.infra.metrics.TelephonyMetrics;
import gov.hotline.reporting.domain.TrafficKpis;
import gov.hotline.telephony.adapter.agi.ServiceHoursScript;
import gov.hotline.telephony.adapter.agi.SurveyAgiServer;
import gov.hotline.telephony.adapter.agi.SurveyPrompts;
import gov.hotline.telephony.adapter.agi.SurveyScript;
import gov.hotline.telephony.adapter.recordings.DirectoryRecordingFiles;
import gov.hotline.telephony.domain.AmiServerConfig;
import gov.hotline.telephony.domain.Dialplan;
import gov.hotline.telephony.domain.IngestResult;
import gov.hotline.telephony.domain.LiveBoard;
import gov.hotline.telephony.domain.LiveBoardSnapshot;
import gov.hotline.telephony.domain.RecordingCheck;
import gov.hotline.telephony.domain.ScreenPop;
import gov.hotline.telephony.port.SurveyListener;
import gov.hotline.telephony.service.AgentActions;
import gov.hotline.telephony.service.AgentComplaintService;
import gov.hotline.telephony.service.BoardSettingsService;
import gov.hotline.telephony.service.CallFollowUps;
import gov.hotline.telephony.service.CallQueries;
import gov.hotline.telephony.service.QaService;
import gov.hotline.telephony.service.RecordingService;
import gov.hotline.telephony.service.ServiceHoursService;
import gov.hotline.telephony.service.SurveyService;
import gov.hotline.telephony.simulator.AmiSimulator;
import gov.hotline.telephony.verticle.AmiIngestion;
import gov.hotline.vertx.LocalRecordCodec;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Telephony wired into the server: storage, ingestion, the HTTP routes. Built by {@code
 * Application}.
 */
public final class Telephony implements AutoCloseable {
  /** Survey calls at once; far above what one queue's agents finish at the same moment. */
  private static final int MAX_SURVEY_SESSIONS = 256;

  private final AmiIngestion ingestion;
  private final AmiSimulator simulator;
  private final List<Consumer<Router>> routes;
  private final List<AutoCloseable> parts;
  private final LiveFeed feed;
  private final LiveJson liveJson;

  private Telephony(
      AmiIngestion ingestion,
      AmiSimulator simulator,
      List<Consumer<Router>> routes,
      List<AutoCloseable> parts,
      LiveFeed feed,
      LiveJson liveJson) {
    this.simulator = simulator;
    this.feed = feed;
    this.liveJson = liveJson;
    this.ingestion = ingestion;
    this.routes = routes;
    this.parts = parts;
  }

  public static Telephony start(
      HotlineConfig cfg,
      boolean demo,
      Database db,
      MeterRegistry registry,
      Vertx vertx,
      TicketService tickets,
      Supplier<List<User>> users,
      Supplier<WorkCalendar> calendar,
      SurveyListener surveyRatings) {
    LocalRecordCodec.register(vertx.eventBus(), LiveBoardSnapshot.class, ScreenPop.class);
    Clock pbx = cfg.telephony().pbxClock();
    JooqTelephonyTransactions store = new JooqTelephonyTransactions(db.dsl());
    RecordingService recordings =
        new RecordingService(
            store,
            new DirectoryRecordingFiles(cfg.telephony().recordingsDir()),
            new RecordingCheck(0.5, -50, cfg.telephony().recordingGrace()),
            pbx);
    JooqCallerHistory callers = new JooqCallerHistory(db.dsl());
    CallQueries calls = new CallQueries(store, callers, recordings);
    TelephonyMetrics metrics = new TelephonyMetrics(registry);
    CallFollowUps followUps =
        new CallFollowUps(
            recordings,
            cfg.telephony().recordingGrace(),
            cfg.telephony().startMixMonitor(),
            cfg.zone(),
            metrics);
    LiveBoard board = new LiveBoard(pbx, Duration.ofSeconds(cfg.telephony().wrapUpSeconds()));
    LiveFeed feed = new LiveFeed(pbx, Duration.ofMinutes(5), 10_000);
    LivePush push = new LivePush(board, calls, vertx, feed);
    Optional<SurveyAgiServer> survey =
        agi(cfg, store, registry, calendar, surveyRatings); // first: the demo's callers reach it
    AmiSimulator simulator = null;
    List<AmiServerConfig> servers = cfg.telephony().servers();
    if (servers.isEmpty()
        && demo) { // the demo's stand-in for Asterisk, reached through the same client path
      simulator = DemoSimulator.start(cfg.telephony(), callers.recentCallerPhones(30));
      servers =
          List.of(
              AmiServerConfig.of(
                  "sim", "127.0.0.1", simulator.port(), DemoSimulator.USER, DemoSimulator.SECRET));
    }
    AmiIngestion ingestion =
        AmiIngestion.start(
            servers,
            cfg.telephony().ingestion(),
            store,
            metrics,
            followUps.andThen(push).andThen(demoSurveys(cfg.telephony(), demo, survey)));
    TelephonyMetrics.registerSlots(registry, ingestion.slots());
    followUps.bind(ingestion::commands);
    followUps.sweepUnsettled(cfg.telephony().recordingSweep());
    push.start();
    AgentActions agents =
        new AgentActions(
            store,
            ingestion::commands,
            ingestion.defaultServer().orElse("none"),
            Dialplan.QUEUE,
            pbx);
    if (demo) {
      ingestion.awaitConnected(Duration.ofSeconds(5));
    }
    List<AutoCloseable> parts = new ArrayList<>(List.of(followUps, push));
    if (simulator != null) {
      parts.add(simulator);
    }
    survey.ifPresent(parts::add);
    AgentNames names = new AgentNames(users, agents::seats, pbx);
    BoardSettingsService settings = new BoardSettingsService(store, pbx);
    LiveJson liveJson = new LiveJson(names, settings);
    var routes =
        List.<Consumer<Router>>of(
            new CallRoutes(calls, tickets, cfg.zone(), names)::mount,
            new RecordingRoutes(recordings, cfg.zone())::mount,
            new LiveRoutes(board, agents, feed, liveJson, tickets)::mount,
            new AgentRoutes(agents, tickets, names, settings, cfg.telephony().wrapUpSeconds())
                ::mount,
            new QaRoutes(new QaService(store, pbx), names, cfg.zone())::mount,
            new ComplaintRoutes(new AgentComplaintService(store, pbx), names, cfg.zone())::mount);
    return new Telephony(ingestion, simulator, routes, List.copyOf(parts), feed, liveJson);
  }

  /** In the demo (simulator, survey on) the simulated callers of answered calls take the survey. */
  private static Consumer<IngestResult> demoSurveys(
      TelephonyConfig t, boolean demo, Optional<SurveyAgiServer> on) {
    if (!demo || !t.servers().isEmpty() || on.isEmpty()) {
      return r -> {};
    }
    return new DemoSurveys("0.0.0.0".equals(t.agiBind()) ? "127.0.0.1" : t.agiBind(), t.agiPort());
  }

  /**
   * The FastAGI scripts, unless the port is 0: the satisfaction survey (满意度测评) and the service
   * hours (服务时间分流, by the business calendar as admins keep it).
   */
  private static Optional<SurveyAgiServer> agi(
      HotlineConfig cfg,
      JooqTelephonyTransactions store,
      MeterRegistry registry,
      Supplier<WorkCalendar> calendar,
      SurveyListener ratings) {
    TelephonyConfig t = cfg.telephony();
    if (t.agiPort() == 0) {
      return Optional.empty();
    }
    SurveyScript survey =
        new SurveyScript(
            new SurveyService(store, t.pbxClock(), ratings),
            SurveyPrompts.defaults(),
            new SurveyCounters(registry));
    ServiceHoursScript hours =
        new ServiceHoursScript(
            new ServiceHoursService(store, calendar, t.serviceHours(), t.pbxClock()),
            new ServiceHoursCounters(registry));
    try {
      return Optional.of(
          SurveyAgiServer.start(
              t.agiBind(),
              t.agiPort(),
              Map.of(SurveyScript.NAME, survey, ServiceHoursScript.NAME, hours),
              MAX_SURVEY_SESSIONS));
    } catch (UncheckedIOException e) {
      throw new HotlineConfig.ConfigException(
          "FastAGI（满意度测评、服务时间）无法在 "
              + t.agiBind()
              + ":"
              + t.agiPort()
              + " 监听（"
              + e.getMessage()
              + "）：请检查 HOTLINE_AGI_BIND / HOTLINE_AGI_PORT，或设 HOTLINE_AGI_PORT=0 关闭");
    }
  }

  /**
   * Routes under /api/v1; mounted before the ticket routes (they add /tickets/{id}/callback-call
   * and /calls).
   */
  public List<Consumer<Router>> apiRoutes() {
    return routes;
  }

  public JsonObject health() {
    return ingestion.health();
  }

  /** The wallboard shows today's KPIs per queue from this source (reporting's rollups). */
  public void showTodayFrom(Supplier<Map<String, TrafficKpis>> source) {
    liveJson.todayFrom(source);
  }

  /** The numbered feed of the browsers' live stream. */
  public LiveFeed liveFeed() {
    return feed;
  }

  public AmiIngestion ingestion() {
    return ingestion;
  }

  /** The demo's AMI simulator, when it runs one. */
  public AmiSimulator simulator() {
    return simulator;
  }

  @Override
  public void close() {
    ingestion.close();
    for (AutoCloseable p : parts) {
      try {
        p.close();
      } catch (Exception e) {
        // closing on shutdown: nothing left to do about it
      }
    }
  }
}
