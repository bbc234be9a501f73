package gov.hotline.infra.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.support.AmiRig;
import gov.hotline.infra.support.TicketIntake;
import gov.hotline.telephony.fixtures.Fixtures;
import gov.hotline.telephony.simulator.Replay;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Calls over HTTP: a ticket created with a call id links both ways; lists filter; roles and masking
 * apply.
 */
@Tag("db")
@Tag("ami")
class CallTicketLinkApiTest {
  private static AmiRig rig;
  private static String callId;
  private static String agent;

  @BeforeAll
  static void start() {
    rig = AmiRig.start("call_ticket", Map.of());
    rig.sim().play(Replay.of(Fixtures.transcript("answered"))).join();
    rig.sim().play(Replay.of(Fixtures.transcript("abandoned"))).join();
    callId = Fixtures.truth("answered").calls().getFirst().uniqueid();
    rig.awaitEndedCall(callId);
    rig.awaitEndedCall(Fixtures.truth("abandoned").calls().getFirst().uniqueid());
    agent = rig.api().login("agent1", "hotline");
  }

  @AfterAll
  static void stop() {
    rig.close();
  }

  @Test
  void aTicketCreatedWithACallIdShowsOnTheCallAndTheCallOnTheTicket() {
    long ticketId =
        TicketIntake.consultationOnCall(callId).content("咨询垃圾分类投放时间").create(rig.api(), agent);

    JsonObject call = rig.api().get("/api/v1/calls/" + callId, agent).json();
    JsonObject ticket = rig.api().get("/api/v1/tickets/" + ticketId, agent).json();

    assertThat(call.getJsonArray("tickets").stream().map(t -> ((JsonObject) t).getLong("id")))
        .contains(ticketId);
    assertThat(ticket.getString("callId")).isEqualTo(callId);
  }

  @Test
  void theListFiltersByOutcomeAndAgent() {
    var answered = rig.api().get("/api/v1/calls?outcome=ANSWERED&agent=PJSIP/6001", agent).json();
    var abandoned = rig.api().get("/api/v1/calls?outcome=ABANDONED", agent).json();

    assertThat(answered.getLong("total")).isEqualTo(1);
    assertThat(answered.getJsonArray("items").getJsonObject(0).getString("id")).isEqualTo(callId);
    assertThat(abandoned.getJsonArray("items").getJsonObject(0).getString("callerNumber"))
        .isEqualTo("13800138001");
  }

  @Test
  void aCallShowsItsFieldsLegsAndRingAttempts() {
    JsonObject call = rig.api().get("/api/v1/calls/" + callId, agent).json();

    assertThat(call.getString("id")).isEqualTo(callId);
    assertThat(call.getString("callerNumber")).isEqualTo("13800138000");
    assertThat(call.getString("queue")).isEqualTo("hotline");
    assertThat(call.getString("agentInterface")).isEqualTo("PJSIP/6001");
    assertThat(call.getString("outcomeLabel")).isEqualTo("已接听");
    assertThat(call.getInteger("waitSeconds")).isEqualTo(3);
    assertThat(call.getInteger("talkSeconds")).isEqualTo(10);
    assertThat(call.getString("enteredQueueAt")).isNotNull();
    assertThat(call.getString("answeredAt")).isNotNull();
    assertThat(call.getJsonObject("recording").getString("file"))
        .isEqualTo("hotline-20261121-194952-13800138000-1795290592.0.wav");
    assertThat(call.getJsonArray("legs")).hasSize(2);
    assertThat(call.getJsonArray("ringAttempts").getJsonObject(0).getString("result"))
        .isEqualTo("ANSWERED");
  }

  @Test
  void aManagerSeesTheCallerNumberMasked() {
    String manager = rig.api().login("manager1", "hotline");

    JsonObject call = rig.api().get("/api/v1/calls/" + callId, manager).json();

    assertThat(call.getString("callerNumber")).isEqualTo("138****8000");
  }

  @Test
  void aDispatcherSeesTheTicketsCallWithoutTheNumberInTheRecordingName() {
    var created = TicketIntake.consultationOnCall(callId).content("咨询公交线路").post(rig.api(), agent);
    String dispatcher = rig.api().login("dispatcher1", "hotline");

    String body =
        rig.api()
            .get("/api/v1/tickets/" + created.json().getLong("id") + "/calls", dispatcher)
            .body();

    assertThat(
            new JsonObject(body)
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonObject("recording")
                .getString("file"))
        .isEqualTo("录音-" + callId + ".wav");
    assertThat(body).doesNotContain("13800138000");
  }

  @Test
  void onlyRolesThatSeeFullNumbersMaySearchCallsByNumber() {
    var manager =
        rig.api()
            .get("/api/v1/calls?callerNumber=13800138000", rig.api().login("manager1", "hotline"));
    var lead =
        rig.api()
            .get("/api/v1/calls?callerNumber=13800138000", rig.api().login("lead1", "hotline"));

    assertThat(manager.status()).isEqualTo(403);
    assertThat(manager.errorMessage()).contains("脱敏");
    assertThat(lead.status()).isEqualTo(200);
    assertThat(lead.json().getLong("total")).isEqualTo(1);
  }

  @Test
  void aUnitHandlerMayNotReadCalls() {
    String handler = rig.api().login("handler1", "hotline");

    var r = rig.api().get("/api/v1/calls", handler);

    assertThat(r.status()).isEqualTo(403);
    assertThat(r.errorMessage()).contains("无权查看通话记录");
  }

  @Test
  void anUnknownCallIsA404WithAChineseMessage() {
    var r = rig.api().get("/api/v1/calls/no-such-call", agent);

    assertThat(r.status()).isEqualTo(404);
    assertThat(r.errorCode()).isEqualTo("CALL_NOT_FOUND");
    assertThat(r.errorMessage()).contains("通话不存在");
  }

  @Test
  void anUnknownOutcomeIsA400NamingTheAllowedOnes() {
    var r = rig.api().get("/api/v1/calls?outcome=MAYBE", agent);

    assertThat(r.status()).isEqualTo(400);
    assertThat(r.errorMessage()).contains("ANSWERED");
  }
}
