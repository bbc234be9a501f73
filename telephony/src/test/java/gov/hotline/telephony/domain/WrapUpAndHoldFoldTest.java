package gov.hotline.telephony.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Hold (保持) and wrap-up (话后整理) of an answered call, by hand. The call enters the queue at 0 s,
 * agent PJSIP/6001 answers at 5 s, puts the caller on hold from 20 s to 35 s (15 s) and from 40 s
 * to 46 s (6 s): 21 s of hold. The talk ends at 65 s; the queue's wrap-up time is 3 s.
 */
class WrapUpAndHoldFoldTest {
  private static final Instant T0 = Instant.parse("2026-12-07T02:00:00Z");
  private static final String CALL = "1.20";
  private static final String IFACE = "PJSIP/6001";

  private final List<ReceivedMessage> events = new ArrayList<>();

  private void at(int second, String text) {
    events.add(
        new ReceivedMessage(
            "lab",
            1,
            events.size(),
            T0.plusSeconds(second),
            0,
            AmiMessage.parse(text.replace("\n", "\r\n") + "\r\n")));
  }

  private void callEvent(int second, String name, String more) {
    at(
        second,
        "Event: "
            + name
            + "\nChannel: PJSIP/trunk-00000020\nUniqueid: "
            + CALL
            + "\nLinkedid: "
            + CALL
            + "\n"
            + more);
  }

  private void member(int second, String name, boolean paused, String reason) {
    at(
        second,
        "Event: "
            + name
            + "\nQueue: hotline\nMemberName: Agent One\nInterface: "
            + IFACE
            + "\nPaused: "
            + (paused ? "1" : "0")
            + "\nPausedReason: "
            + reason
            + "\n");
  }

  private void answeredCallWithTwoHolds() {
    callEvent(0, "Newchannel", "Context: from-trunk\nExten: 12345\nCallerIDNum: 13900000001\n");
    callEvent(0, "QueueCallerJoin", "Queue: hotline\n");
    callEvent(5, "AgentConnect", "Queue: hotline\nInterface: " + IFACE + "\nHoldTime: 5\n");
    callEvent(20, "Hold", "");
    callEvent(35, "Unhold", "");
    callEvent(40, "Hold", "");
    callEvent(46, "Unhold", "");
    callEvent(
        65,
        "AgentComplete",
        "Queue: hotline\nInterface: " + IFACE + "\nHoldTime: 5\nTalkTime: 60\nReason: caller\n");
    callEvent(65, "Hangup", "Cause: 16\n");
  }

  private Call fold() {
    CallFolder folder =
        new CallFolder(
            "lab",
            new FoldPolicy(
                10,
                Set.of(Dialplan.CALLBACK_CONTEXT),
                Set.of(Dialplan.PHONES_CONTEXT),
                3,
                FoldPolicy.WRAP_UP_REASONS));
    events.forEach(folder::apply);
    return folder.drain().stream()
        .map(CallFolder.Change::after)
        .filter(c -> c.id().equals(CALL))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void holdIsTheSumOfTheHoldUnholdIntervalsAfterTheAnswer() {
    answeredCallWithTwoHolds();

    Call c = fold();

    assertThat(c.seconds().talkSeconds()).isEqualTo(60);
    assertThat(c.seconds().holdSeconds()).isEqualTo(21);
  }

  @Test
  void withoutAPauseTheWrapUpIsTheQueuesWrapUpTime() {
    answeredCallWithTwoHolds();

    assertThat(fold().seconds().wrapUpSeconds()).isEqualTo(3);
  }

  @Test
  void aWrapUpPauseBegunWithinTheWrapUpTimeLastsUntilTheAgentIsReadyAgain() {
    answeredCallWithTwoHolds();
    member(66, "QueueMemberPause", true, "话后整理");
    member(110, "QueueMemberPause", false, "");

    assertThat(fold().seconds().wrapUpSeconds()).isEqualTo(45); // 65 s → 110 s
  }

  @Test
  void anotherPauseBegunWithinTheWrapUpTimeEndsTheWrapUpWhereItBegins() {
    answeredCallWithTwoHolds();
    member(67, "QueueMemberPause", true, "就餐");
    member(900, "QueueMemberPause", false, "");

    assertThat(fold().seconds().wrapUpSeconds()).isEqualTo(2); // 65 s → 67 s, then a meal break
  }

  @Test
  void aPauseAfterTheWrapUpTimeIsAPauseNotWrapUp() {
    answeredCallWithTwoHolds();
    member(80, "QueueMemberPause", true, "话后整理");
    member(200, "QueueMemberPause", false, "");

    assertThat(fold().seconds().wrapUpSeconds()).isEqualTo(3);
  }

  @Test
  void aLogoutEndsAWrapUpPause() {
    answeredCallWithTwoHolds();
    member(66, "QueueMemberPause", true, "话后整理");
    member(95, "QueueMemberRemoved", true, "话后整理");

    assertThat(fold().seconds().wrapUpSeconds()).isEqualTo(30); // 65 s → 95 s
  }

  @Test
  void foldingTheSameEventsTwiceGivesTheSameWrapUp() {
    answeredCallWithTwoHolds();
    member(66, "QueueMemberPause", true, "话后整理");
    member(110, "QueueMemberPause", false, "");
    List<ReceivedMessage> once = List.copyOf(events);
    events.addAll(once);

    Call c = fold();

    assertThat(c.seconds().wrapUpSeconds()).isEqualTo(45);
    assertThat(c.seconds().holdSeconds()).isEqualTo(21);
  }
}
