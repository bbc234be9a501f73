package gov.hotline.infra.telephony;

import gov.hotline.infra.config.HotlineConfig;
import gov.hotline.infra.db.Database;
import gov.hotline.infra.db.telephony.JooqCallerHistory;
import gov.hotline.infra.db.telephony.JooqTelephonyStore;
import gov.hotline.infra.http.CallRoutes;
import gov.hotline.infra.http.RecordingRoutes;
import gov.hotline.infra.metrics.TelephonyMetrics;
import gov.hotline.telephony.adapter.recordings.DirectoryRecordingFiles;
import gov.hotline.telephony.domain.RecordingCheck;
import gov.hotline.telephony.service.CallQueries;
import gov.hotline.telephony.service.RecordingService;
import java.time.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/** Telephony wired into the server: storage, ingestion, the HTTP routes. Built by {@code Application}. */
public final class Telephony implements AutoCloseable {
  private final TelephonyRuntime runtime;
  private final CallQueries calls;
  private final RecordingService recordings;
  private final CallFollowUps followUps;
  private final HotlineConfig cfg;

  private Telephony(TelephonyRuntime runtime, CallQueries calls, RecordingService recordings,
                    CallFollowUps followUps, HotlineConfig cfg) {
    this.runtime = runtime;
    this.calls = calls;
    this.recordings = recordings;
    this.followUps = followUps;
    this.cfg = cfg;
  }

  public static Telephony start(HotlineConfig cfg, boolean demo, Database db, MeterRegistry registry, Vertx vertx) {
    JooqTelephonyStore store = new JooqTelephonyStore(db.dsl());
    RecordingService recordings = new RecordingService(store,
        new DirectoryRecordingFiles(cfg.telephony().recordingsDir()),
        new RecordingCheck(0.5, -50, cfg.telephony().recordingGrace()), Clock.systemUTC());
    CallQueries calls = new CallQueries(store, new JooqCallerHistory(db.dsl()), recordings);
    CallFollowUps followUps = new CallFollowUps(recordings, cfg.telephony().recordingGrace(),
        cfg.telephony().startMixMonitor(), cfg.zone(), registry);
    TelephonyRuntime runtime = TelephonyRuntime.start(cfg.telephony(), demo, store, new TelephonyMetrics(registry),
        registry, followUps);
    followUps.bind(runtime::commands);
    if (demo) {
      runtime.awaitConnected(Duration.ofSeconds(5));
    }
    return new Telephony(runtime, calls, recordings, followUps, cfg);
  }

  public List<Consumer<Router>> apiRoutes() {
    return List.of(new CallRoutes(calls, cfg.zone())::mount, new RecordingRoutes(recordings, cfg.zone())::mount);
  }

  public JsonObject health() {
    return runtime.health();
  }

  public TelephonyRuntime runtime() {
    return runtime;
  }

  @Override
  public void close() {
    runtime.close();
    followUps.close();
  }
}
