package gov.hotline.infra.telephony;

import gov.hotline.infra.config.HotlineConfig;
import gov.hotline.infra.db.Database;
import gov.hotline.infra.db.telephony.JooqCallerHistory;
import gov.hotline.infra.db.telephony.JooqTelephonyStore;
import gov.hotline.infra.http.CallRoutes;
import gov.hotline.infra.metrics.TelephonyMetrics;
import gov.hotline.telephony.api.RecordingView;
import gov.hotline.telephony.domain.Call;
import gov.hotline.telephony.domain.RecordingStatus;
import gov.hotline.telephony.service.CallQueries;
import gov.hotline.telephony.service.IngestResult;
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
  private final HotlineConfig cfg;

  private Telephony(TelephonyRuntime runtime, CallQueries calls, HotlineConfig cfg) {
    this.runtime = runtime;
    this.calls = calls;
    this.cfg = cfg;
  }

  public static Telephony start(HotlineConfig cfg, boolean demo, Database db, MeterRegistry registry, Vertx vertx) {
    JooqTelephonyStore store = new JooqTelephonyStore(db.dsl());
    CallQueries calls = new CallQueries(store, new JooqCallerHistory(db.dsl()), Telephony::recordingOf);
    Consumer<IngestResult> afterCommit = result -> { };
    TelephonyRuntime runtime = TelephonyRuntime.start(cfg.telephony(), demo, store, new TelephonyMetrics(registry),
        registry, afterCommit);
    if (demo) {
      runtime.awaitConnected(Duration.ofSeconds(5));
    }
    return new Telephony(runtime, calls, cfg);
  }

  private static RecordingView recordingOf(Call c) {
    if (c.recordingFile() != null) {
      return new RecordingView(c.recordingFile(), RecordingStatus.PENDING, null, null, null, null);
    }
    return new RecordingView(null, c.answered() ? RecordingStatus.MISSING : RecordingStatus.NONE, null, null, null,
        null);
  }

  public List<Consumer<Router>> apiRoutes() {
    return List.of(new CallRoutes(calls, cfg.zone())::mount);
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
  }
}
