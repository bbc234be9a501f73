package gov.hotline.infra.db.telephony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.hotline.infra.support.TestDatabase;
import gov.hotline.telephony.port.IngestLeases;
import gov.hotline.telephony.service.FencedTransactions;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The ingestion lease of a PBX on PostgreSQL: one holder at a time, taken over only once expired
 * (expiry is set by hand here: the database's clock decides, and the test does not wait for it),
 * each takeover with a higher fencing token that shuts the old holder's writes out.
 */
@Tag("db")
class JooqIngestLeasesTest {
  private static final TestDatabase db = TestDatabase.migrated("ingest_lease");
  private static final JooqTelephonyTransactions store = new JooqTelephonyTransactions(db.dsl());
  private static final Duration TTL = Duration.ofSeconds(3);

  @AfterAll
  static void drop() {
    db.close();
  }

  private static <T> T leases(Function<IngestLeases, T> work) {
    return store.inTransaction(r -> work.apply(r.ingestLeases()));
  }

  private static void expire(String server) {
    db.dsl()
        .execute(
            "UPDATE telephony.ingest_lease SET expires_at = now() - interval '1 second'"
                + " WHERE server_id = ?",
            server);
  }

  @Test
  void theFirstInstanceGetsTheLeaseAndAnotherIsRefusedWhileItRuns() {
    OptionalLong first = leases(l -> l.acquire("pbx-a", "node-1", TTL));

    OptionalLong second = leases(l -> l.acquire("pbx-a", "node-2", TTL));

    assertThat(first).hasValue(1L);
    assertThat(second).isEmpty();
    boolean renewed = leases(l -> l.renew("pbx-a", "node-1", 1L, TTL));
    assertThat(renewed).isTrue();
    assertThat(leases(IngestLeases::all))
        .filteredOn(l -> l.serverId().equals("pbx-a"))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.holder()).isEqualTo("node-1");
              assertThat(l.live()).isTrue();
            });
  }

  @Test
  void anExpiredLeaseIsTakenOverWithAHigherTokenAndTheOldHolderCanNeitherRenewNorWrite() {
    leases(l -> l.acquire("pbx-b", "node-1", TTL));
    expire("pbx-b");

    OptionalLong taken = leases(l -> l.acquire("pbx-b", "node-2", TTL));

    boolean oldRenewed = leases(l -> l.renew("pbx-b", "node-1", 1L, TTL));
    String byNewHolder =
        new FencedTransactions(store, "pbx-b", () -> 2L).inTransaction(r -> "written");
    assertThat(taken).hasValue(2L);
    assertThat(oldRenewed).isFalse();
    assertThatThrownBy(
            () -> new FencedTransactions(store, "pbx-b", () -> 1L).inTransaction(r -> "written"))
        .isInstanceOf(FencedTransactions.Fenced.class);
    assertThat(byNewHolder).isEqualTo("written");
  }

  @Test
  void aReleasedLeaseIsTakenAtOnce() {
    leases(l -> l.acquire("pbx-c", "node-1", TTL));
    leases(
        l -> {
          l.release("pbx-c", "node-1", 1L);
          return null;
        });

    OptionalLong taken = leases(l -> l.acquire("pbx-c", "node-2", TTL));

    assertThat(taken).hasValue(2L);
  }

  @Test
  void aHolderWhoseLeaseRanOutWhileNobodyTookItRenewsItWithTheSameToken() {
    leases(l -> l.acquire("pbx-d", "node-1", TTL));
    expire("pbx-d");
    boolean heldWhileExpired = leases(l -> l.holds("pbx-d", 1L));

    boolean renewed = leases(l -> l.renew("pbx-d", "node-1", 1L, TTL));

    assertThat(heldWhileExpired).isFalse();
    assertThat(renewed).isTrue();
    boolean heldAgain = leases(l -> l.holds("pbx-d", 1L));
    assertThat(heldAgain).isTrue();
  }
}
