package gov.hotline.infra.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.Application;
import gov.hotline.infra.support.AmiRig;
import gov.hotline.infra.support.DatabaseProxy;
import gov.hotline.infra.support.RunningServer;
import gov.hotline.telephony.fixtures.Fixtures;
import gov.hotline.telephony.simulator.AmiSimulator;
import gov.hotline.telephony.simulator.AmiTranscript;
import gov.hotline.telephony.simulator.Replay;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the server on one database and one simulated PBX: exactly one connects to the
 * PBX and ingests it; when it stops, or is cut off from the database while it runs, the other takes
 * over within 5 s, and the calls made after the takeover are stored exactly once, raw events
 * included (the cut-off one receives them too but its fencing token is stale).
 */
@Tag("db")
@Tag("ami")
@Tag("slow")
class IngestionFailoverTest {
  private static final Duration TAKEOVER = Duration.ofSeconds(5);

  private AmiSimulator sim;
  private DatabaseProxy proxy;
  private RunningServer a;
  private RunningServer b;
  private long firstRenewal = -1;

  private Map<String, String> env(String instance) {
    return Map.of(
        "HOTLINE_AMI_HOST", "127.0.0.1",
        "HOTLINE_AMI_PORT", Integer.toString(sim.port()),
        "HOTLINE_AMI_USER", "hotline",
        "HOTLINE_AMI_SECRET", "hotline-secret",
        "HOTLINE_AMI_SERVER_ID", "lab",
        "HOTLINE_AMI_PING_MS", "200",
        "HOTLINE_INSTANCE_ID", instance,
        "HOTLINE_AMI_LEASE_MS", "3000");
  }

  @BeforeEach
  void startTwoInstances() {
    sim = AmiSimulator.start(AmiSimulator.Options.defaults());
    proxy = DatabaseProxy.to("127.0.0.1", 5432); // node-a reaches the database through a relay
    a = RunningServer.start("failover", Application.Mode.DEMO, env("node-a"), proxy::via);
    b = RunningServer.alongside(a, Application.Mode.DEMO, env("node-b"));
    AmiRig.await("node-a ingests the PBX", TAKEOVER, () -> sim.connectedSessions() == 1);
  }

  @AfterEach
  void stopAll() {
    if (b != null) {
      b.close();
    }
    proxy.restore();
    if (a != null) {
      a.close();
    }
    proxy.close();
    sim.close();
  }

  @Test
  void exactlyOneInstanceConnectsToThePbxAndEveryInstanceSaysWhichOne() {
    // several lease rounds pass (renewed every second) without a second connection
    AmiRig.await(
        "three lease rounds", Duration.ofSeconds(10), () -> lease().token() == 1 && rounds());

    assertThat(sim.connectedSessions()).isEqualTo(1);
    assertThat(sim.logins()).isEqualTo(1);
    for (RunningServer s : List.of(a, b)) {
      JsonObject server = ami(s).getJsonArray("servers").getJsonObject(0);
      assertThat(server.getJsonObject("ingester").getString("instance")).isEqualTo("node-a");
      assertThat(server.getJsonObject("ingester").getString("since")).isNotBlank();
    }
    assertThat(ami(a).getJsonArray("servers").getJsonObject(0).getString("role"))
        .isEqualTo("INGESTING");
    assertThat(ami(b).getJsonArray("servers").getJsonObject(0).getString("status"))
        .isEqualTo("STANDBY");
    assertThat(ami(b).getString("status")).isEqualTo("UP");
  }

  @Test
  void whenTheIngesterStopsTheOtherTakesOverWithinFiveSecondsAndIngestsLaterCallsOnce() {
    playAndAwait("ring_no_answer");

    long stoppedAt = System.nanoTime();
    a.stop();
    AmiRig.await(
        "node-b ingests the PBX",
        TAKEOVER,
        () -> sim.logins() == 2 && sim.connectedSessions() == 1 && ingests(b));
    Duration takeover = Duration.ofNanos(System.nanoTime() - stoppedAt);
    playAndAwait("answered");
    playAndAwait("abandoned");

    assertThat(takeover).isLessThan(TAKEOVER);
    assertThat(lease().holder()).isEqualTo("node-b");
    assertStoredOnce("ring_no_answer", "answered", "abandoned");
  }

  @Test
  void anIngesterCutOffFromTheDatabaseIsReplacedWithinFiveSecondsAndNeverWritesWhatItHeld() {
    playAndAwait("ring_no_answer");

    long cutAt = System.nanoTime();
    proxy.cut();
    AmiRig.await("node-b took the lease over", TAKEOVER, () -> lease().token() == 2);
    Duration takeover = Duration.ofNanos(System.nanoTime() - cutAt);
    AmiRig.await("node-b ingests", TAKEOVER, () -> ingests(b));
    // node-a still has its AMI connection and receives this call too, but cannot write it
    playAndAwait("answered");
    proxy.restore();
    AmiRig.await(
        "node-a learned that it lost the lease and disconnected",
        Duration.ofSeconds(15),
        () -> {
          JsonObject seen = server(a);
          JsonObject ingester = seen.getJsonObject("ingester");
          return sim.connectedSessions() == 1
              && "STANDBY".equals(seen.getString("role"))
              && ingester != null
              && "node-b".equals(ingester.getString("instance"));
        });
    playAndAwait("abandoned");

    assertThat(takeover).isLessThan(TAKEOVER);
    assertThat(lease().holder()).isEqualTo("node-b");
    assertStoredOnce("ring_no_answer", "answered", "abandoned");
  }

  private record Lease(String holder, long token) {}

  private Lease lease() {
    return a.database()
        .dsl()
        .fetchOne("SELECT holder, token FROM telephony.ingest_lease WHERE server_id = 'lab'")
        .map(r -> new Lease(r.get(0, String.class), r.get(1, Long.class)));
  }

  /** True once the lease was renewed three times since the first look. */
  private boolean rounds() {
    long renewedMs =
        a.database()
            .number(
                "SELECT (extract(epoch FROM renewed_at - acquired_at) * 1000)::bigint"
                    + " FROM telephony.ingest_lease WHERE server_id = 'lab'");
    if (firstRenewal < 0) {
      firstRenewal = renewedMs;
    }
    return renewedMs - firstRenewal >= 2500;
  }

  private static JsonObject ami(RunningServer s) {
    return s.client().get("/health", null).json().getJsonObject("checks").getJsonObject("ami");
  }

  private static JsonObject server(RunningServer s) {
    return ami(s).getJsonArray("servers").getJsonObject(0);
  }

  private static boolean ingests(RunningServer s) {
    JsonObject server = server(s);
    return "INGESTING".equals(server.getString("role")) && "UP".equals(server.getString("status"));
  }

  private void playAndAwait(String scenario) {
    sim.play(Replay.of(Fixtures.transcript(scenario))).join();
    String id = Fixtures.truth(scenario).calls().getFirst().uniqueid();
    AmiRig.await(
        "call " + id + " of " + scenario + " ended",
        Duration.ofSeconds(20),
        () ->
            a.database()
                    .number(
                        "SELECT count(*) FROM telephony.call WHERE ended_at IS NOT NULL AND id = '"
                            + id
                            + "'")
                == 1);
  }

  /** Each scenario's call is one row, and each of its events one raw row: nothing doubled. */
  private void assertStoredOnce(String... scenarios) {
    assertThat(a.database().number("SELECT count(*) FROM telephony.call"))
        .isEqualTo(scenarios.length);
    for (String scenario : scenarios) {
      AmiTranscript t = Fixtures.transcript(scenario);
      String id = Fixtures.truth(scenario).calls().getFirst().uniqueid();
      long sent = t.events().stream().filter(e -> id.equals(e.header("Linkedid"))).count();
      assertThat(
              a.database()
                  .number(
                      "SELECT count(*) FROM telephony.ami_event WHERE kind = 'EVENT' AND linkedid = '"
                          + id
                          + "'"))
          .as("raw events of %s", scenario)
          .isEqualTo(sent);
    }
  }
}
