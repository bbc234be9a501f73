package gov.hotline.infra.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.db.telephony.JooqTelephonyTransactions;
import gov.hotline.infra.support.AmiRig;
import gov.hotline.infra.support.TestDatabase;
import gov.hotline.telephony.domain.AmiFrame;
import gov.hotline.telephony.domain.Call;
import gov.hotline.telephony.domain.CallFolder;
import gov.hotline.telephony.domain.FoldPolicy;
import gov.hotline.telephony.domain.IngestResult;
import gov.hotline.telephony.fixtures.Fixtures;
import gov.hotline.telephony.fixtures.Truth;
import gov.hotline.telephony.fixtures.TruthAssert;
import gov.hotline.telephony.port.IngestionMetrics;
import gov.hotline.telephony.port.TelephonyRepositories;
import gov.hotline.telephony.port.TelephonyTransactions;
import gov.hotline.telephony.service.IngestionPump;
import gov.hotline.telephony.service.IngestionQueue;
import gov.hotline.telephony.service.IngestionService;
import gov.hotline.telephony.simulator.AmiTranscript;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * No message can stall ingestion (real PostgreSQL): a batch holding a message the fold throws on is
 * stored raw, then folded message by message; the bad message is flagged with its error and
 * counted, and every call before and after it in the same batch is folded as its ground truth says.
 */
@Tag("db")
class IngestionPumpTest {
  private static final Instant T0 = Instant.parse("2026-11-21T03:00:00Z");

  /**
   * A resynchronisation list with a channel that has no Uniqueid: the fold cannot place it and
   * throws.
   */
  private static final List<String> POISON =
      List.of(
          "Response: Success\r\nActionID: resync-channels-77\r\nEventList: start\r\nMessage: Channels will follow\r\n\r\n",
          "Event: CoreShowChannel\r\nActionID: resync-channels-77\r\nChannel: PJSIP/6009-00000001\r\n"
              + "Application: Queue\r\nApplicationData: hotline\r\n\r\n",
          "Event: CoreShowChannelsComplete\r\nActionID: resync-channels-77\r\nEventList: Complete\r\nListItems: 1\r\n\r\n");

  private TestDatabase db;
  private JooqTelephonyTransactions store;
  private IngestionQueue queue;
  private IngestionPump pump;
  private final List<IngestResult> committed = new CopyOnWriteArrayList<>();
  private final AtomicInteger foldErrors = new AtomicInteger();

  @BeforeEach
  void start() {
    db = TestDatabase.migrated("ingest_pump");
    store = new JooqTelephonyTransactions(db.dsl());
    queue = new IngestionQueue(10_000);
    IngestionMetrics metrics =
        new IngestionMetrics() {
          @Override
          public void stored(String serverId, IngestResult.Counts counts, long storeNanos) {}

          @Override
          public void latency(String serverId, long nanos) {}

          @Override
          public void failed(String serverId) {}

          @Override
          public void foldError(String serverId) {
            foldErrors.incrementAndGet();
          }
        };
    pump =
        new IngestionPump(
            queue,
            new IngestionService("lab", store, new CallFolder("lab", FoldPolicy.defaults())),
            metrics,
            committed::add,
            Clock.fixed(T0.plusSeconds(60), ZoneOffset.UTC),
            System::nanoTime);
  }

  @AfterEach
  void stop() {
    pump.close();
    db.close();
  }

  @Test
  void aMessageTheFoldThrowsOnIsFlaggedAndTheCallsAroundItInTheSameBatchAreStillFolded() {
    List<String> blocks = new ArrayList<>();
    Fixtures.transcript("answered").blocks().forEach(b -> blocks.add(b.text()));
    blocks.addAll(POISON);
    Fixtures.transcript("abandoned").blocks().forEach(b -> blocks.add(b.text()));
    for (int i = 0; i < blocks.size(); i++) {
      queue.offer(
          new AmiFrame(
              AmiFrame.Type.MESSAGE,
              "lab",
              1,
              i,
              T0.plusMillis(i),
              System.nanoTime(),
              blocks.get(i),
              false));
    }

    pump.start();
    List<String> ids = new ArrayList<>();
    List<Truth.TruthCall> truth = new ArrayList<>(Fixtures.truth("answered").calls());
    truth.addAll(Fixtures.truth("abandoned").calls());
    truth.forEach(tc -> ids.add(tc.uniqueid()));
    AmiRig.await(
        "every message stored and the calls folded",
        Duration.ofSeconds(30),
        () ->
            db.number("SELECT count(*) FROM telephony.ami_event") == blocks.size()
                && store.inTransaction(r -> r.calls().find(ids)).stream().allMatch(Call::ended)
                && store.inTransaction(r -> r.calls().find(ids)).size() == ids.size()
                && !committed.isEmpty());

    Map<String, Call> calls =
        store.inTransaction(r -> r.calls().find(ids)).stream()
            .collect(Collectors.toMap(Call::id, Function.identity()));
    truth.forEach(tc -> TruthAssert.assertMatches(calls.get(tc.uniqueid()), tc));
    assertThat(db.text("SELECT name || ' ' || seq || ' ' || error FROM telephony.ami_fold_error"))
        .startsWith("CoreShowChannelsComplete " + (blocks.indexOf(POISON.get(2))))
        .contains("NullPointerException");
    assertThat(db.number("SELECT count(*) FROM telephony.ami_fold_error")).isEqualTo(1);
    assertThat(foldErrors).hasValue(1);
    assertThat(pump.health().recentFoldErrors()).isEqualTo(1);
    assertThat(pump.health().lastFoldError()).contains("NullPointerException");
    assertThat(committed)
        .flatExtracting(IngestResult::changes)
        .extracting(c -> c.after().id())
        .containsAll(ids);
  }

  @Test
  void whileTheDatabaseIsUnreachableTheSameBatchWaitsHealthSaysSoAndNothingIsLostAfterwards() {
    AtomicBoolean down = new AtomicBoolean(true);
    TelephonyTransactions flaky =
        new TelephonyTransactions() {
          @Override
          public <T> T inTransaction(Function<TelephonyRepositories, T> work) {
            if (down.get()) {
              throw new DataAccessException(
                  "connection refused", new SQLException("Connection refused", "08001"));
            }
            return store.inTransaction(work);
          }

          @Override
          public boolean unreachable(RuntimeException failure) {
            return store.unreachable(failure);
          }
        };
    IngestionQueue q = new IngestionQueue(1000);
    List<AmiTranscript.Block> blocks = Fixtures.transcript("short_abandon").blocks();
    for (int i = 0; i < blocks.size(); i++) {
      q.offer(
          new AmiFrame(
              AmiFrame.Type.MESSAGE,
              "lab",
              1,
              i,
              T0.plusMillis(i),
              System.nanoTime(),
              blocks.get(i).text(),
              false));
    }
    try (IngestionPump away =
        new IngestionPump(
                q,
                new IngestionService("lab", flaky, new CallFolder("lab", FoldPolicy.defaults())),
                IngestionMetrics.NONE,
                committed::add,
                Clock.fixed(T0, ZoneOffset.UTC),
                System::nanoTime)
            .start()) {
      AmiRig.await(
          "storing reported failing", Duration.ofSeconds(10), () -> away.health().failing());
      assertThat(away.health().oldestPending()).isPositive();

      down.set(false);
      AmiRig.await(
          "stored after the database came back",
          Duration.ofSeconds(30),
          () ->
              db.number("SELECT count(*) FROM telephony.ami_event") == blocks.size()
                  && !committed.isEmpty());

      assertThat(away.health().failing()).isFalse();
      assertThat(db.number("SELECT count(*) FROM telephony.ami_fold_error")).isZero();
      String id = Fixtures.truth("short_abandon").calls().getFirst().uniqueid();
      Optional<Call> call = store.inTransaction(r -> r.calls().byId(id));
      assertThat(call).hasValueSatisfying(c -> assertThat(c.ended()).isTrue());
    }
  }

  @Test
  void aBatchWithoutTroubleIsStoredInOneGoAndFlagsNothing() {
    AmiTranscript t = Fixtures.transcript("ring_no_answer");
    List<AmiTranscript.Block> blocks = t.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      queue.offer(
          new AmiFrame(
              AmiFrame.Type.MESSAGE,
              "lab",
              1,
              i,
              T0.plusMillis(i),
              System.nanoTime(),
              blocks.get(i).text(),
              false));
    }

    pump.start();
    AmiRig.await(
        "stored",
        Duration.ofSeconds(30),
        () ->
            db.number("SELECT count(*) FROM telephony.ami_event") == blocks.size()
                && !committed.isEmpty());

    assertThat(db.number("SELECT count(*) FROM telephony.ami_fold_error")).isZero();
    assertThat(foldErrors).hasValue(0);
    assertThat(pump.health().recentFoldErrors()).isZero();
  }
}
