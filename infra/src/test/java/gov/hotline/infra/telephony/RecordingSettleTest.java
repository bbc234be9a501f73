package gov.hotline.infra.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.db.telephony.JooqTelephonyTransactions;
import gov.hotline.infra.support.TestDatabase;
import gov.hotline.telephony.adapter.recordings.DirectoryRecordingFiles;
import gov.hotline.telephony.domain.AmiMessage;
import gov.hotline.telephony.domain.Call;
import gov.hotline.telephony.domain.CallFolder;
import gov.hotline.telephony.domain.FoldPolicy;
import gov.hotline.telephony.domain.ReceivedMessage;
import gov.hotline.telephony.domain.Recording;
import gov.hotline.telephony.domain.RecordingCheck;
import gov.hotline.telephony.domain.RecordingStatus;
import gov.hotline.telephony.fixtures.Fixtures;
import gov.hotline.telephony.service.RecordingService;
import gov.hotline.telephony.simulator.AmiTranscript;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Nothing stays PENDING (real PostgreSQL, the lab's recordings): calls that ended while their
 * checks could not run (ingestion stalled, the platform down) are checked by the settling sweep
 * once their grace period is over, and each check concludes.
 */
@Tag("db")
class RecordingSettleTest {
  private static final Instant T0 = Instant.parse("2026-11-21T12:04:50Z");
  private static final String SPEECH = "1795291491.399";
  private static final String SILENT_CALLBACK = "1795291502.401";
  private static final String NO_FILE = "1795291510.403";

  private TestDatabase db;
  private JooqTelephonyTransactions store;

  @BeforeEach
  void storeTheCallsOfTheRecordingsCaptureWithoutAnyCheck() {
    db = TestDatabase.migrated("recording_settle");
    store = new JooqTelephonyTransactions(db.dsl());
    CallFolder folder = new CallFolder("lab", FoldPolicy.defaults());
    long seq = 0;
    for (AmiTranscript.Block b : Fixtures.transcript("recordings").blocks()) {
      folder.apply(
          new ReceivedMessage(
              "lab", 1, seq++, T0.plusMillis(Math.max(0, b.ms())), 0, AmiMessage.parse(b.text())));
    }
    List<Call> calls = folder.drain().stream().map(CallFolder.Change::after).toList();
    store.inTransaction(
        r -> {
          r.calls().upsert(calls);
          return null;
        });
  }

  @AfterEach
  void drop() {
    db.close();
  }

  private RecordingService at(Instant now) {
    return new RecordingService(
        store,
        new DirectoryRecordingFiles(Fixtures.recordings()),
        new RecordingCheck(0.5, -50, Duration.ofSeconds(5)),
        Clock.fixed(now, ZoneOffset.UTC));
  }

  private RecordingStatus status(String callId) {
    return store
        .inTransaction(r -> r.recordings().byCallId(callId))
        .map(Recording::status)
        .orElse(null);
  }

  @Test
  void callsThatEndedUncheckedAreCheckedOnceTheirGraceIsOverAndEachCheckConcludes() {
    Map<RecordingStatus, Integer> settled = at(T0.plus(Duration.ofHours(1))).settle(100);

    assertThat(status(SPEECH)).isEqualTo(RecordingStatus.VERIFIED);
    assertThat(status(SILENT_CALLBACK)).isEqualTo(RecordingStatus.SILENT);
    assertThat(status(NO_FILE)).isNotNull().isNotEqualTo(RecordingStatus.PENDING);
    assertThat(settled.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
    assertThat(settled).doesNotContainKey(RecordingStatus.PENDING);
  }

  @Test
  void aCheckLeftPendingByAnInterruptedRunIsConcludedAndThenLeftAlone() {
    at(T0.plusSeconds(18)).index(SILENT_CALLBACK);
    Recording pending =
        store.inTransaction(r -> r.recordings().byCallId(SILENT_CALLBACK)).orElseThrow();
    store.inTransaction(
        r -> {
          r.recordings()
              .upsert(
                  new Recording(
                      SILENT_CALLBACK,
                      null,
                      RecordingStatus.PENDING,
                      null,
                      null,
                      null,
                      null,
                      null,
                      true,
                      pending.checkedAt()));
          return null;
        });
    RecordingService later = at(T0.plus(Duration.ofHours(1)));

    later.settle(100);
    Map<RecordingStatus, Integer> again = later.settle(100);

    assertThat(status(SILENT_CALLBACK)).isEqualTo(RecordingStatus.SILENT);
    assertThat(again).isEmpty();
  }

  @Test
  void callsStillRunningOrWithinTheirGraceAreNotTakenUp() {
    // 12 s into the capture: the speech call ended 3 s ago (grace 5 s), the callback has not ended
    // yet
    Map<RecordingStatus, Integer> settled = at(T0.plusSeconds(12)).settle(100);

    assertThat(settled).isEmpty();
    assertThat(status(SPEECH)).isNull();
  }
}
