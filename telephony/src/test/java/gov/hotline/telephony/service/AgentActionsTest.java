package gov.hotline.telephony.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.id.UserId;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.telephony.domain.AgentOperation;
import gov.hotline.telephony.domain.Dialplan;
import gov.hotline.telephony.domain.PauseReason;
import gov.hotline.telephony.domain.Seat;
import gov.hotline.telephony.port.PbxCommands;
import gov.hotline.telephony.support.FakePbx;
import gov.hotline.telephony.support.MemoryTelephony;
import gov.hotline.telephony.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** What agents and team leads do through AMI, against an Asterisk that answers as Asterisk does. */
class AgentActionsTest {
  private static final Instant T0 = Instant.parse("2026-12-04T01:00:00Z");
  private static final UnitId CENTER = new UnitId("center");
  private static final Actor AGENT = new Actor(new UserId(7), "agent1", Role.AGENT, CENTER);
  private static final Actor OTHER = new Actor(new UserId(8), "agent2", Role.AGENT, CENTER);
  private static final Actor LEAD = new Actor(new UserId(3), "lead1", Role.TEAM_LEAD, CENTER);
  private static final Actor DISPATCHER =
      new Actor(new UserId(9), "disp1", Role.DISPATCHER, CENTER);
  private static final PauseReason BREAK = new PauseReason("BREAK", "小休");

  private final MemoryTelephony store = new MemoryTelephony();
  private final FakePbx pbx = new FakePbx("hotline", "complaints");
  private final MutableClock clock = new MutableClock(T0);
  private final AgentActions actions =
      new AgentActions(
          store,
          server -> "lab".equals(server) ? Optional.<PbxCommands>of(pbx) : Optional.empty(),
          "lab",
          "hotline",
          clock);

  private static void assertRefused(
      ThrowingCallable call, ErrorKind kind, String code, String message) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(kind);
              assertThat(e.code()).isEqualTo(code);
              assertThat(e).hasMessageContaining(message);
            });
  }

  @Test
  void signingInAddsTheInterfaceToTheDefaultQueueAndSeatsTheAgent() {
    Seat seat = actions.login(AGENT, "PJSIP/6001", null);

    assertThat(seat).isEqualTo(new Seat("agent1", 7, "PJSIP/6001", "hotline", T0));
    assertThat(actions.seats()).containsExactly(seat);
    assertThat(pbx.sent())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.action()).isEqualTo("QueueAdd");
              assertThat(s.fields())
                  .containsEntry("Queue", "hotline")
                  .containsEntry("Interface", "PJSIP/6001")
                  .containsEntry("MemberName", "agent1")
                  .containsEntry("Paused", "false");
            });
    assertThat(pbx.isMember("hotline", "PJSIP/6001")).isTrue();
  }

  @Test
  void signingInIsLoggedWithWhoWhenWhatAndAsterisksAnswer() {
    clock.advance(Duration.ofMinutes(5));

    actions.login(AGENT, "PJSIP/6001", " complaints ");

    assertThat(store.operationLog())
        .containsExactly(
            new AgentOperation(
                T0.plusSeconds(300),
                7,
                "agent1",
                "AGENT",
                "LOGIN",
                "PJSIP/6001",
                "complaints",
                null,
                null,
                true,
                "Added interface to queue"));
  }

  @Test
  void aStaticMemberThatAsteriskSaysIsAlreadyThereIsSimplySeated() {
    pbx.withMember("hotline", "PJSIP/6001");

    actions.login(AGENT, "PJSIP/6001", "hotline");

    assertThat(actions.seats()).extracting(Seat::username).containsExactly("agent1");
    assertThat(store.operationLog())
        .singleElement()
        .satisfies(
            op -> {
              assertThat(op.success()).isTrue();
              assertThat(op.message()).isEqualTo("Unable to add interface: Already there");
            });
  }

  @Test
  void aSecondAgentCannotTakeASeatAlreadyTaken() {
    actions.login(AGENT, "PJSIP/6001", null);

    assertRefused(
        () -> actions.login(OTHER, "PJSIP/6001", null),
        ErrorKind.CONFLICT,
        "SEAT_TAKEN",
        "座席 PJSIP/6001 已由 agent1 签入");
    assertThat(actions.seats()).extracting(Seat::username).containsExactly("agent1");
    assertThat(pbx.sent()).hasSize(1);
    assertThat(store.operationLog()).hasSize(1);
  }

  @Test
  void theSameAgentSigningInAgainAtTheirSeatIsNoConflict() {
    actions.login(AGENT, "PJSIP/6001", null);
    clock.advance(Duration.ofMinutes(1));

    Seat again = actions.login(AGENT, "PJSIP/6001", null);

    assertThat(again.since()).isEqualTo(T0.plusSeconds(60));
    assertThat(actions.seats()).containsExactly(again);
  }

  @Test
  void signingInAtAnotherInterfaceMovesTheAgentsOneSeat() {
    actions.login(AGENT, "PJSIP/6001", null);

    actions.login(AGENT, "PJSIP/6002", null);

    assertThat(actions.seats()).extracting(Seat::iface).containsExactly("PJSIP/6002");
  }

  @Test
  void asterisksRefusalIsAClearChineseErrorLoggedAsFailedAndSeatsNobody() {
    assertRefused(
        () -> actions.login(AGENT, "PJSIP/6001", "nosuchqueue"),
        ErrorKind.CONFLICT,
        "PBX_REFUSED",
        "Asterisk 未执行该操作：Unable to add interface to queue: No such queue");

    assertThat(actions.seats()).isEmpty();
    assertThat(store.operationLog())
        .singleElement()
        .satisfies(
            op -> {
              assertThat(op.action()).isEqualTo("LOGIN");
              assertThat(op.success()).isFalse();
              assertThat(op.message()).contains("No such queue");
            });
  }

  @Test
  void aMalformedInterfaceIsRefusedBeforeAsteriskIsAsked() {
    assertRefused(
        () -> actions.login(AGENT, "6001", null),
        ErrorKind.INVALID,
        "INVALID_INTERFACE",
        "座席接口格式不正确（示例：PJSIP/6001）：6001");
    assertThat(pbx.sent()).isEmpty();
  }

  @Test
  void onlyAgentsAndTeamLeadsSignIn() {
    assertRefused(
        () -> actions.login(DISPATCHER, "PJSIP/6001", null),
        ErrorKind.FORBIDDEN,
        "FORBIDDEN",
        "当前角色（派单员）无权执行该话务操作");
    assertThat(pbx.sent()).isEmpty();
  }

  @Test
  void withoutALinkToAsteriskNothingIsSentOrLogged() {
    AgentActions offline =
        new AgentActions(store, server -> Optional.empty(), "lab", "hotline", clock);

    assertRefused(
        () -> offline.login(AGENT, "PJSIP/6001", null),
        ErrorKind.CONFLICT,
        "PBX_UNAVAILABLE",
        "未连接 Asterisk，无法执行话务操作");
    assertThat(store.operationLog()).isEmpty();
    assertThat(offline.seats()).isEmpty();
  }

  @Test
  void anActionAsteriskNeverAnswersIsLoggedAsFailedWithTheTimeout() {
    pbx.unreachable();

    assertRefused(
        () -> actions.login(AGENT, "PJSIP/6001", null),
        ErrorKind.CONFLICT,
        "PBX_REFUSED",
        "Asterisk 未执行该操作：Asterisk did not answer QueueAdd in time (timeout)");
    assertThat(store.operationLog())
        .singleElement()
        .satisfies(
            op -> {
              assertThat(op.success()).isFalse();
              assertThat(op.message()).contains("timeout");
            });
  }

  @Test
  void signingOutRemovesTheInterfaceFromItsQueueAndReleasesTheSeat() {
    actions.login(AGENT, "PJSIP/6001", "complaints");

    actions.logout(AGENT);

    assertThat(actions.seats()).isEmpty();
    assertThat(pbx.isMember("complaints", "PJSIP/6001")).isFalse();
    assertThat(pbx.sent().getLast().action()).isEqualTo("QueueRemove");
    assertThat(pbx.sent().getLast().fields())
        .containsEntry("Queue", "complaints")
        .containsEntry("Interface", "PJSIP/6001");
    assertThat(store.operationLog())
        .extracting(AgentOperation::action)
        .containsExactly("LOGIN", "LOGOUT");
  }

  @Test
  void signingOutWithoutASeatIsRefused() {
    assertRefused(() -> actions.logout(AGENT), ErrorKind.CONFLICT, "NOT_LOGGED_IN", "尚未签入座席，请先签入");
    assertThat(pbx.sent()).isEmpty();
  }

  @Test
  void aRefusedSignOutKeepsTheSeat() {
    actions.login(AGENT, "PJSIP/6001", null);
    pbx.unreachable();

    assertRefused(
        () -> actions.logout(AGENT), ErrorKind.CONFLICT, "PBX_REFUSED", "Asterisk 未执行该操作");
    assertThat(actions.seats()).extracting(Seat::username).containsExactly("agent1");
  }

  @Test
  void anAgentPausesThemselvesWithTheReasonsChineseLabel() {
    actions.login(AGENT, "PJSIP/6001", null);

    actions.pause(AGENT, null, BREAK);

    assertThat(pbx.paused("hotline", "PJSIP/6001")).isTrue();
    assertThat(pbx.sent().getLast().fields())
        .containsEntry("Paused", "true")
        .containsEntry("Reason", "小休");
    assertThat(store.operationLog().getLast())
        .satisfies(
            op -> {
              assertThat(op.action()).isEqualTo("PAUSE");
              assertThat(op.reason()).isEqualTo("小休");
              assertThat(op.message()).isEqualTo("Interface paused successfully");
            });
  }

  @Test
  void anAgentUnpausesThemselves() {
    actions.login(AGENT, "PJSIP/6001", null);
    actions.pause(AGENT, " ", BREAK);

    actions.unpause(AGENT, null);

    assertThat(pbx.paused("hotline", "PJSIP/6001")).isFalse();
    assertThat(store.operationLog())
        .extracting(AgentOperation::action)
        .containsExactly("LOGIN", "PAUSE", "UNPAUSE");
    assertThat(store.operationLog().getLast().message())
        .isEqualTo("Interface unpaused successfully");
  }

  @Test
  void pausingWithoutASeatIsRefused() {
    assertRefused(
        () -> actions.pause(AGENT, null, BREAK), ErrorKind.CONFLICT, "NOT_LOGGED_IN", "请先签入");
  }

  @Test
  void aTeamLeadPausesAnAgentsInterfaceInTheAgentsQueue() {
    actions.login(AGENT, "PJSIP/6001", "complaints");

    actions.pause(LEAD, "PJSIP/6001", BREAK);

    assertThat(pbx.paused("complaints", "PJSIP/6001")).isTrue();
    assertThat(store.operationLog().getLast())
        .satisfies(
            op -> {
              assertThat(op.username()).isEqualTo("lead1");
              assertThat(op.iface()).isEqualTo("PJSIP/6001");
              assertThat(op.queue()).isEqualTo("complaints");
            });
  }

  @Test
  void anAgentCannotPauseSomeoneElsesInterface() {
    actions.login(OTHER, "PJSIP/6002", null);
    actions.login(AGENT, "PJSIP/6001", null);

    assertRefused(
        () -> actions.pause(AGENT, "PJSIP/6002", BREAK),
        ErrorKind.FORBIDDEN,
        "FORBIDDEN",
        "当前角色（座席员）无权执行该话务操作");
    assertThat(pbx.paused("hotline", "PJSIP/6002")).isFalse();
  }

  @Test
  void pausingAnInterfaceThatIsInNoQueueIsAsterisksInterfaceNotFound() {
    assertRefused(
        () -> actions.pause(LEAD, "PJSIP/6099", BREAK),
        ErrorKind.CONFLICT,
        "PBX_REFUSED",
        "Asterisk 未执行该操作：Interface not found");
    assertThat(pbx.sent().getLast().fields()).containsEntry("Queue", "hotline");
    assertThat(store.operationLog())
        .singleElement()
        .satisfies(
            op -> {
              assertThat(op.success()).isFalse();
              assertThat(op.message()).isEqualTo("Interface not found");
            });
  }

  @Test
  void aTeamLeadListensWhispersAndBargesThroughChanSpyOnTheirOwnPhone() {
    actions.supervise(LEAD, "LISTEN", "PJSIP/6001", "PJSIP/6100");
    actions.supervise(LEAD, "WHISPER", "PJSIP/6001", "PJSIP/6100");
    actions.supervise(LEAD, "BARGE", "PJSIP/6001", "PJSIP/6100");

    assertThat(pbx.sent())
        .allSatisfy(
            s -> {
              assertThat(s.action()).isEqualTo("Originate");
              assertThat(s.fields())
                  .containsEntry("Channel", "PJSIP/6100")
                  .containsEntry("Application", "ChanSpy")
                  .containsEntry("CallerID", "\"班长监听\" <6001>");
            });
    assertThat(pbx.sent())
        .extracting(s -> s.fields().get("Data"))
        .containsExactly("PJSIP/6001,qE", "PJSIP/6001,qwE", "PJSIP/6001,qBE");
    assertThat(store.operationLog())
        .extracting(AgentOperation::action, AgentOperation::target)
        .containsExactly(
            tuple("LISTEN", "PJSIP/6001"),
            tuple("WHISPER", "PJSIP/6001"),
            tuple("BARGE", "PJSIP/6001"));
  }

  @Test
  void anUnknownSupervisionModeIsRefused() {
    assertRefused(
        () -> actions.supervise(LEAD, "RECORD", "PJSIP/6001", "PJSIP/6100"),
        ErrorKind.INVALID,
        "INVALID_MODE",
        "监听方式只能是 LISTEN、WHISPER 或 BARGE");
    assertThat(pbx.sent()).isEmpty();
  }

  @Test
  void onlyATeamLeadSupervises() {
    assertRefused(
        () -> actions.supervise(AGENT, "LISTEN", "PJSIP/6002", "PJSIP/6001"),
        ErrorKind.FORBIDDEN,
        "FORBIDDEN",
        "当前角色（座席员）无权执行该话务操作");
  }

  @Test
  void aCallbackRingsTheAgentsSeatThenTheCitizenWithTheTicketAttached() {
    actions.login(AGENT, "PJSIP/6001", null);

    String actionId = actions.callback(AGENT, "T20261204-0001", "13800138000");

    assertThat(actionId).isEqualTo("callback-T20261204-0001-" + T0.toEpochMilli());
    assertThat(pbx.sent().getLast().fields())
        .containsEntry("Channel", "PJSIP/6001")
        .containsEntry("Context", Dialplan.CALLBACK_CONTEXT)
        .containsEntry("Exten", "13800138000")
        .containsEntry("Variable", Dialplan.TICKET_VARIABLE + "=T20261204-0001")
        .containsEntry("ActionID", actionId);
    assertThat(store.operationLog().getLast())
        .satisfies(
            op -> {
              assertThat(op.action()).isEqualTo("CALLBACK");
              assertThat(op.target()).isEqualTo("T20261204-0001");
              assertThat(op.message()).isEqualTo("Originate successfully queued");
            });
  }

  @Test
  void aCallbackToANumberThatCannotBeDialledIsRefused() {
    actions.login(AGENT, "PJSIP/6001", null);

    assertRefused(
        () -> actions.callback(AGENT, "T1", "138-0013"),
        ErrorKind.INVALID,
        "INVALID_PHONE",
        "诉求人电话不可外呼：138-0013");
    assertThat(pbx.sent()).extracting(FakePbx.Sent::action).containsExactly("QueueAdd");
  }

  @Test
  void aCallbackNeedsASeat() {
    assertRefused(
        () -> actions.callback(AGENT, "T1", "13800138000"),
        ErrorKind.CONFLICT,
        "NOT_LOGGED_IN",
        "尚未签入座席");
  }

  @Test
  void anAgentSeesOnlyTheirOwnOperationsNewestFirst() {
    actions.login(AGENT, "PJSIP/6001", null);
    clock.advance(Duration.ofSeconds(10));
    actions.login(OTHER, "PJSIP/6002", null);
    clock.advance(Duration.ofSeconds(10));
    actions.pause(AGENT, null, BREAK);

    assertThat(actions.operations(AGENT, "agent2", null, null, 100))
        .extracting(AgentOperation::username, AgentOperation::action)
        .containsExactly(tuple("agent1", "PAUSE"), tuple("agent1", "LOGIN"));
  }

  @Test
  void aTeamLeadSeesEveryonesOperationsOrOnePersonsInAWindow() {
    actions.login(AGENT, "PJSIP/6001", null);
    clock.advance(Duration.ofSeconds(10));
    actions.login(OTHER, "PJSIP/6002", null);
    clock.advance(Duration.ofSeconds(10));
    actions.pause(AGENT, null, BREAK);

    assertThat(actions.operations(LEAD, null, null, null, 100))
        .extracting(AgentOperation::username)
        .containsExactly("agent1", "agent2", "agent1");
    assertThat(actions.operations(LEAD, "agent2", null, null, 100))
        .extracting(AgentOperation::action)
        .containsExactly("LOGIN");
    assertThat(actions.operations(LEAD, null, T0.plusSeconds(5), T0.plusSeconds(20), 100))
        .extracting(AgentOperation::username)
        .containsExactly("agent2");
    assertThat(actions.operations(LEAD, null, null, null, 0)).as("at least one entry").hasSize(1);
  }

  @Test
  void aDispatcherCannotReadTheOperationLog() {
    assertRefused(
        () -> actions.operations(DISPATCHER, null, null, null, 10),
        ErrorKind.FORBIDDEN,
        "FORBIDDEN",
        "当前角色（派单员）无权查看座席操作日志");
  }

  @Test
  void theOperationLogSaysWhoLoggedInAtAnInterfaceLast() {
    actions.login(AGENT, "PJSIP/6001", null);
    actions.logout(AGENT);
    clock.advance(Duration.ofMinutes(1));
    actions.login(OTHER, "PJSIP/6001", null);

    Optional<String> before =
        store.inTransaction(r -> r.operations().loggedInAt("PJSIP/6001", T0.plusSeconds(30)));
    Optional<String> after =
        store.inTransaction(r -> r.operations().loggedInAt("PJSIP/6001", T0.plusSeconds(60)));

    assertThat(before).contains("agent1");
    assertThat(after).contains("agent2");
  }
}
