package gov.hotline.telephony.domain;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.telephony.fixtures.Fixtures;
import gov.hotline.telephony.simulator.AmiTranscript;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The live queue board follows the captures: waiting callers, members ringing, talking, paused,
 * logged out.
 */
class LiveBoardTest {
  private static final Instant T0 = Instant.parse("2026-11-21T11:49:52Z");
  private final MutableClock clock = new MutableClock();
  private final LiveBoard board = new LiveBoard(clock, Duration.ofSeconds(3));

  /** A clock the test moves along with the capture. */
  static final class MutableClock extends Clock {
    Instant now = T0;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /**
   * Applies the capture's blocks up to and including the first that matches; returns the hotline
   * queue then. The capture client's QueueStatus (lab-2) stands for the platform's own
   * resynchronisation request.
   */
  private LiveQueue playUntil(AmiTranscript t, Predicate<String> stop) {
    long seq = 0;
    for (AmiTranscript.Block b : t.blocks()) {
      clock.now = T0.plusMillis(Math.max(0, b.ms()));
      String text =
          t.name().startsWith("reconnect.part2")
              ? b.text().replace("ActionID: lab-2\r\n", "ActionID: 7_2#resync-queues-1\r\n")
              : b.text();
      board.apply(new ReceivedMessage("lab", 1, seq++, clock.now, 0, AmiMessage.parse(text)));
      if (stop.test(b.text())) {
        break;
      }
    }
    return board.snapshot().queues().stream()
        .filter(q -> q.name().equals("hotline"))
        .findFirst()
        .orElseThrow();
  }

  private static LiveQueue.Member member(LiveQueue q, String iface) {
    return q.members().stream().filter(m -> m.iface().equals(iface)).findFirst().orElseThrow();
  }

  @Test
  void aCallerWaitsInTheQueueUntilAnAgentAnswersAndThenTheAgentIsTalkingWithThem() {
    AmiTranscript t = Fixtures.transcript("answered");

    LiveQueue ringing = playUntil(t, b -> b.startsWith("Event: AgentCalled"));
    assertThat(ringing.waiting())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.callerNumber()).isEqualTo("13800138000");
              assertThat(w.callId()).isEqualTo("1795290592.0");
            });
    assertThat(member(ringing, "PJSIP/6001").state()).isEqualTo(AgentState.RINGING);

    clock.now = clock.now.plusSeconds(2);
    assertThat(board.snapshot().queues().getFirst().longestWaitSeconds()).isGreaterThanOrEqualTo(2);

    LiveQueue talking = playUntil(t, b -> b.startsWith("Event: AgentConnect"));
    assertThat(talking.waiting()).isEmpty();
    assertThat(member(talking, "PJSIP/6001"))
        .satisfies(
            m -> {
              assertThat(m.state()).isEqualTo(AgentState.TALKING);
              assertThat(m.callerNumber()).isEqualTo("13800138000");
            });
  }

  @Test
  void afterTheCallTheAgentIsInWrapUpForTheQueuesWrapUpTime() {
    LiveQueue after =
        playUntil(Fixtures.transcript("answered"), b -> b.startsWith("Event: AgentComplete"));

    assertThat(member(after, "PJSIP/6001").state()).isEqualTo(AgentState.WRAP_UP);
    clock.now = clock.now.plusSeconds(4);
    assertThat(member(board.snapshot().queues().getFirst(), "PJSIP/6001").state())
        .isEqualTo(AgentState.READY);
  }

  @Test
  void pausedMembersShowTheirReasonInChinese() {
    LiveQueue q =
        playUntil(Fixtures.transcript("agent_session"), b -> b.contains("PausedReason: 午休"));

    assertThat(member(q, "PJSIP/6005"))
        .satisfies(
            m -> {
              assertThat(m.state()).isEqualTo(AgentState.PAUSED);
              assertThat(m.pausedReason()).isEqualTo("午休");
            });
  }

  @Test
  void aMemberRemovedFromTheQueueIsLoggedOut() {
    LiveQueue q =
        playUntil(
            Fixtures.transcript("agent_session"), b -> b.startsWith("Event: QueueMemberRemoved"));

    assertThat(member(q, "PJSIP/6005").state()).isEqualTo(AgentState.LOGGED_OUT);
    assertThat(q.byState().get(AgentState.LOGGED_OUT)).isEqualTo(1);
  }

  @Test
  void aCallerWhoGivesUpLeavesTheQueue() {
    AmiTranscript t = Fixtures.transcript("abandoned");
    LiveQueue before = playUntil(t, b -> b.startsWith("Event: QueueCallerJoin"));

    LiveQueue after = playUntil(t, b -> b.startsWith("Event: QueueCallerAbandon"));

    assertThat(before.waiting()).hasSize(1);
    assertThat(after.waiting()).isEmpty();
  }

  @Test
  void theResynchronisationAfterAReconnectShowsTheAgentOnTheCallTheGapHid() {
    playUntil(AmiTranscript.read(Fixtures.ami("reconnect.part1.ami")), b -> false);

    LiveQueue q =
        playUntil(
            AmiTranscript.read(Fixtures.ami("reconnect.part2.ami")),
            b -> b.startsWith("Event: QueueStatusComplete"));

    assertThat(member(q, "PJSIP/6003").state()).isEqualTo(AgentState.TALKING);
    assertThat(q.waiting()).isEmpty();
  }
}
