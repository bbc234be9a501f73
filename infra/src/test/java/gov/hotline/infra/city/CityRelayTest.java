package gov.hotline.infra.city;

import static gov.hotline.infra.support.AmiRig.await;
import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.city.CityCase;
import gov.hotline.core.city.CityUpdate;
import gov.hotline.core.city.CityUpdateKind;
import gov.hotline.infra.city.sim.ScriptedCityServer;
import gov.hotline.infra.config.CityConfig;
import gov.hotline.infra.config.HotlineConfig;
import gov.hotline.infra.db.city.JooqCityOutbox;
import gov.hotline.infra.db.city.JooqCityRepository;
import gov.hotline.infra.db.core.JooqTransactions;
import gov.hotline.infra.db.dispatch.PgAdvisoryJobLock;
import gov.hotline.infra.support.TestDatabase;
import io.vertx.core.Vertx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The outbox relay against the scripted city on a real PostgreSQL: dead letters after the
 * configured attempts, a stop between sending and marking, two relays at once. The relay's backoff
 * runs on the system clock (it waits real milliseconds); the messages' own times are fixed.
 */
@Tag("db")
class CityRelayTest {
  private static final String TOKEN = "relay-test-token";
  private static final Instant AT = Instant.parse("2026-12-01T01:00:00Z");
  private static Vertx vertx;
  private static ScriptedCityServer city;
  private TestDatabase db;
  private final List<CityRelay> relays = new ArrayList<>();

  @BeforeAll
  static void startCity() {
    vertx = Vertx.vertx();
    city = ScriptedCityServer.start(vertx, 0, TOKEN);
  }

  @AfterAll
  static void stopCity() {
    city.close();
    vertx.close().await();
  }

  @BeforeEach
  void database() {
    db = TestDatabase.migrated("city_relay");
    city.faults().down = false;
    city.faults().holdAnswerMillis = 0;
  }

  @AfterEach
  void close() {
    relays.forEach(CityRelay::close);
    db.close();
  }

  private static CityConfig config(int maxAttempts) {
    return HotlineConfig.from(
            Map.of(
                "HOTLINE_CITY_URL",
                city.url(),
                "HOTLINE_CITY_OUTBOUND_TOKEN",
                TOKEN,
                "HOTLINE_CITY_RELAY_MS",
                "20",
                "HOTLINE_CITY_RETRY_BASE_MS",
                "10",
                "HOTLINE_CITY_RETRY_MAX_MS",
                "40",
                "HOTLINE_CITY_MAX_ATTEMPTS",
                Integer.toString(maxAttempts)))
        .city();
  }

  private CityRelay relay(CityConfig cfg) {
    CityRelay r =
        new CityRelay(
            new JooqCityOutbox(db.dsl()),
            new JooqTransactions(db.dsl(), Clock.systemUTC()),
            new CityClient(cfg, cfg.url()),
            new PgAdvisoryJobLock(db.dsl()),
            cfg,
            Clock.systemUTC());
    relays.add(r);
    return r.start();
  }

  /** A case the city knows, with {@code updates} updates in the outbox (sequence 1…n). */
  private List<String> caseWithUpdates(String caseNo, int updates) {
    city.dispatched(
        new CityCase.Input(
            caseNo, null, "GY02", null, null, "13800000000", null, "停水", AT, AT.plusSeconds(3600)));
    CityUpdateKind[] kinds = CityUpdateKind.values();
    List<String> keys = new ArrayList<>();
    for (int i = 1; i <= updates; i++) {
      CityUpdate u =
          new CityUpdate(
              caseNo,
              i,
              "HD20261201-" + caseNo,
              kinds[(i - 1) % kinds.length],
              "SIGNED",
              AT.plusSeconds(i),
              i,
              Map.of());
      db.dsl().transaction(cfg -> new JooqCityRepository(cfg.dsl()).enqueue(u));
      keys.add(u.idempotencyKey());
    }
    return keys;
  }

  private long unsent() {
    return db.number("SELECT count(*) FROM city.outbox WHERE state <> 'SENT'");
  }

  @Test
  void aMessageTheCityKeepsRefusingBecomesADeadLetterAfterTheConfiguredAttempts() {
    caseWithUpdates("SJ-DEAD-1", 2);
    city.faults().down = true;
    long before = city.counters().get("deliveries");

    relay(config(3));
    await(
        "the first update is a dead letter",
        Duration.ofSeconds(10),
        () -> db.number("SELECT count(*) FROM city.outbox WHERE state = 'DEAD'") == 1);

    assertThat(
            db.text("SELECT attempts || ' ' || last_error FROM city.outbox WHERE state = 'DEAD'"))
        .startsWith("3 HTTP 500");
    assertThat(db.text("SELECT state FROM city.outbox WHERE sequence = 2")).isEqualTo("PENDING");
    assertThat(city.counters().get("deliveries") - before).isEqualTo(3);
  }

  @Test
  void aRelayStoppedBetweenSendingAndMarkingLosesNothingAndTheCityTakesNothingTwice() {
    List<String> keys = caseWithUpdates("SJ-STOP-1", 3);
    city.faults().holdAnswerMillis = 60_000;
    long duplicatesBefore = city.counters().get("duplicates");
    CityRelay first = relay(config(100));
    await(
        "the city took the first update",
        Duration.ofSeconds(10),
        () -> city.applied(keys.get(0)) != null);

    first.close(); // the answer never came back: the outbox still says the update is unsent
    assertThat(db.text("SELECT state FROM city.outbox WHERE sequence = 1")).isEqualTo("PENDING");
    city.faults().holdAnswerMillis = 0;
    relay(config(100));
    await("every update is marked sent", Duration.ofSeconds(10), () -> unsent() == 0);

    assertThat(city.updatesOf("SJ-STOP-1")).containsExactlyElementsOf(keys);
    // the city had the first update already: at least that delivery came again and was taken once
    assertThat(city.counters().get("duplicates") - duplicatesBefore).isPositive();
  }

  @Test
  void twoRelaysAtOnceSendEachCaseInOrderAndNothingTwice() {
    Map<String, List<String>> expected = new TreeMap<>();
    for (int c = 1; c <= 30; c++) {
      String no = "SJ-TWO-" + c;
      expected.put(no, caseWithUpdates(no, 4));
    }
    Map<String, Long> before = city.counters();

    relay(config(100));
    relay(config(100));
    await("every update is marked sent", Duration.ofSeconds(20), () -> unsent() == 0);

    expected.forEach(
        (no, keys) -> assertThat(city.updatesOf(no)).as(no).containsExactlyElementsOf(keys));
    assertThat(city.counters().get("duplicates")).isEqualTo(before.get("duplicates"));
    assertThat(city.counters().get("outOfOrder")).isEqualTo(before.get("outOfOrder"));
  }
}
