package gov.hotline.infra.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.db.telephony.JooqTelephonyTransactions;
import gov.hotline.infra.support.AmiRig;
import gov.hotline.infra.support.TestDatabase;
import gov.hotline.telephony.adapter.spool.FileFrameSpool;
import gov.hotline.telephony.domain.AmiFrame;
import gov.hotline.telephony.domain.Call;
import gov.hotline.telephony.domain.CallFolder;
import gov.hotline.telephony.domain.FoldPolicy;
import gov.hotline.telephony.fixtures.Fixtures;
import gov.hotline.telephony.port.IngestionMetrics;
import gov.hotline.telephony.port.TelephonyRepositories;
import gov.hotline.telephony.port.TelephonyTransactions;
import gov.hotline.telephony.service.IngestionPump;
import gov.hotline.telephony.service.IngestionQueue;
import gov.hotline.telephony.service.IngestionService;
import gov.hotline.telephony.simulator.AmiTranscript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * AMI frames received while the database is unreachable go to the spool on disk at once; a pump
 * started afterwards (as after a kill -9 during the outage) stores them first, each exactly once,
 * unless another instance ingested the server in between.
 */
@Tag("db")
class AmiSpoolTest {
  private static final Instant T0 = Instant.parse("2026-11-21T02:00:00Z");

  private TestDatabase db;
  private JooqTelephonyTransactions store;
  private Path dir;

  @BeforeEach
  void start() throws IOException {
    db = TestDatabase.migrated("ami_spool");
    store = new JooqTelephonyTransactions(db.dsl());
    dir = Path.of("target", "test-data", "spool-" + UUID.randomUUID().toString().substring(0, 8));
    Files.createDirectories(dir);
  }

  @AfterEach
  void stop() {
    db.close();
  }

  /** The database as an outage shows it: every transaction refused, as unreachable. */
  private final TelephonyTransactions away =
      new TelephonyTransactions() {
        @Override
        public <T> T inTransaction(Function<TelephonyRepositories, T> work) {
          throw new DataAccessException(
              "connection refused", new SQLException("Connection refused", "08001"));
        }

        @Override
        public boolean unreachable(RuntimeException failure) {
          return true;
        }
      };

  private static IngestionPump pump(
      IngestionQueue queue, TelephonyTransactions tx, FileFrameSpool spool) {
    return new IngestionPump(
        queue,
        new IngestionService("lab", tx, new CallFolder("lab", FoldPolicy.defaults())),
        IngestionMetrics.NONE,
        r -> {},
        Clock.fixed(T0, ZoneOffset.UTC),
        System::nanoTime,
        spool);
  }

  private static List<AmiTranscript.Block> offerCall(IngestionQueue queue) {
    List<AmiTranscript.Block> blocks = Fixtures.transcript("short_abandon").blocks();
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
    return blocks;
  }

  private long spooledLines() {
    try {
      Path f = dir.resolve("lab.spool");
      return Files.exists(f) ? Files.readAllLines(f).stream().filter(l -> !l.isBlank()).count() : 0;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void framesReceivedDuringAnOutageAreOnDiskAndStoredOnceByThePumpOfTheNextStart() {
    IngestionQueue first = new IngestionQueue(1000);
    List<AmiTranscript.Block> blocks = offerCall(first);
    IngestionPump dying = pump(first, away, FileFrameSpool.open(dir, "lab", 1)).start();
    AmiRig.await(
        "every frame in the spool", Duration.ofSeconds(10), () -> spooledLines() == blocks.size());
    assertThat(dying.health().oldestPending()).isPositive();
    dying.close(); // nothing it held in memory counts any more: what is on disk is what survives

    IngestionPump next =
        pump(new IngestionQueue(1000), store, FileFrameSpool.open(dir, "lab", 2)).start();
    try {
      AmiRig.await(
          "the spool stored",
          Duration.ofSeconds(20),
          () -> db.number("SELECT count(*) FROM telephony.ami_event") == blocks.size());
      AmiRig.await("the spool emptied", Duration.ofSeconds(5), () -> spooledLines() == 0);
    } finally {
      next.close();
    }

    String id = Fixtures.truth("short_abandon").calls().getFirst().uniqueid();
    Optional<Call> call = store.inTransaction(r -> r.calls().byId(id));
    assertThat(call).hasValueSatisfying(c -> assertThat(c.ended()).isTrue());
    assertThat(db.number("SELECT count(*) FROM telephony.ami_event")).isEqualTo(blocks.size());
  }

  @Test
  void framesSpooledUnderAnOlderLeaseThanThePreviousOneAreDropped() {
    IngestionQueue first = new IngestionQueue(1000);
    List<AmiTranscript.Block> blocks = offerCall(first);
    IngestionPump dying = pump(first, away, FileFrameSpool.open(dir, "lab", 1)).start();
    AmiRig.await(
        "every frame in the spool", Duration.ofSeconds(10), () -> spooledLines() == blocks.size());
    dying.close();

    // token 2 went to another instance, which ingested meanwhile; this one now holds token 3
    FileFrameSpool later = FileFrameSpool.open(dir, "lab", 3);

    assertThat(later.pending()).isFalse();
    assertThat(spooledLines()).isZero();
  }
}
