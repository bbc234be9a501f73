package gov.hotline.infra.support;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.Application;
import gov.hotline.telephony.fixtures.TruthAssert;
import gov.hotline.telephony.simulator.AmiSimulator;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The server under test wired to an AMI simulator instead of an Asterisk, through the same
 * Asterisk-Java client; with a team lead's token for reading calls back through the API.
 */
public final class AmiRig implements AutoCloseable {
  private final AmiSimulator sim;
  private final RunningServer server;
  private final ApiClient api;
  private final String lead;

  private AmiRig(AmiSimulator sim, RunningServer server) {
    this.sim = sim;
    this.server = server;
    this.api = server.client();
    this.lead = api.login("lead1", "hotline");
  }

  public static AmiRig start(String purpose, Map<String, String> extraEnv) {
    AmiSimulator sim = AmiSimulator.start(AmiSimulator.Options.defaults());
    Map<String, String> env = new HashMap<>(extraEnv);
    env.put("HOTLINE_AMI_HOST", "127.0.0.1");
    env.put("HOTLINE_AMI_PORT", Integer.toString(sim.port()));
    env.put("HOTLINE_AMI_USER", "hotline");
    env.put("HOTLINE_AMI_SECRET", "hotline-secret");
    env.put("HOTLINE_AMI_SERVER_ID", "lab");
    env.putIfAbsent("HOTLINE_AMI_PING_MS", "200");
    env.putIfAbsent("HOTLINE_AMI_PING_TIMEOUT_MS", "2000");
    try {
      return new AmiRig(sim, RunningServer.start(purpose, Application.Mode.DEMO, env));
    } catch (RuntimeException e) {
      sim.close();
      throw e;
    }
  }

  public AmiSimulator sim() {
    return sim;
  }

  public RunningServer server() {
    return server;
  }

  public ApiClient api() {
    return api;
  }

  public String leadToken() {
    return lead;
  }

  /** The call as the API shows it to a team lead, once it has ended. */
  public JsonObject awaitEndedCall(String id) {
    JsonObject[] found = new JsonObject[1];
    await(
        "call " + id + " ended",
        Duration.ofSeconds(30),
        () -> {
          var r = api.get("/api/v1/calls/" + id, lead);
          if (r.status() == 200 && r.json().getString("endedAt") != null) {
            found[0] = r.json();
            return true;
          }
          return false;
        });
    return found[0];
  }

  /** Every call the API lists (all pages). */
  public List<JsonObject> allCalls() {
    List<JsonObject> out = new ArrayList<>();
    for (int page = 1; ; page++) {
      var r = api.get("/api/v1/calls?size=200&page=" + page, lead);
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      JsonArray items = r.json().getJsonArray("items");
      items.forEach(i -> out.add((JsonObject) i));
      if (items.size() < 200) {
        return out;
      }
    }
  }

  /** Raw AMI messages stored so far. */
  public long storedMessages() {
    return server.database().number("SELECT count(*) FROM telephony.ami_event");
  }

  public static TruthAssert.Observed observed(JsonObject call) {
    List<String> rings = new ArrayList<>();
    JsonArray arr = call.getJsonArray("ringAttempts");
    if (arr != null) {
      arr.forEach(a -> rings.add(((JsonObject) a).getString("agentInterface")));
    }
    JsonObject rec = call.getJsonObject("recording");
    return new TruthAssert.Observed(
        call.getString("outcome"),
        call.getString("callerNumber"),
        call.getString("agentInterface"),
        call.getString("queue"),
        call.getInteger("waitSeconds"),
        call.getInteger("talkSeconds"),
        rec == null ? null : rec.getString("file"),
        call.getString("endedAt") != null,
        arr == null ? null : rings);
  }

  public static void await(String what, Duration atMost, BooleanSupplier condition) {
    long deadline = System.nanoTime() + atMost.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "timed out after " + atMost.toSeconds() + " s waiting until " + what);
      }
      LockSupport.parkNanos(20_000_000);
    }
  }

  @Override
  public void close() {
    server.close();
    sim.close();
  }
}
