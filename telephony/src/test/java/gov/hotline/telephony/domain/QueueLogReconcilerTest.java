package gov.hotline.telephony.domain;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.telephony.fixtures.Fixtures;
import gov.hotline.telephony.simulator.AmiTranscript;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Repairing calls from Asterisk's queue_log fills what the events missed and never overwrites what
 * they said.
 */
class QueueLogReconcilerTest {
  private static final Map<String, String> MEMBERS =
      Map.of(
          "Agent One",
          "PJSIP/6001",
          "Agent Two",
          "PJSIP/6002",
          "Agent Three",
          "PJSIP/6003",
          "Agent Four",
          "PJSIP/6004");

  private final CallFolder folder = new CallFolder("lab", FoldPolicy.defaults());

  private static List<QueueLogEntry> queueLog(String scenario) {
    return Fixtures.queueLog(scenario).stream()
        .map(QueueLogEntry::parse)
        .flatMap(Optional::stream)
        .toList();
  }

  private List<QueueLogReconciler.Fix> reconcile(String scenario) {
    List<QueueLogReconciler.Fix> fixes =
        new QueueLogReconciler(folder, MEMBERS).apply(queueLog(scenario));
    folder.drain();
    return fixes;
  }

  @Test
  void anAnswerThatFellIntoAReconnectGapIsFilledInWithAgentAndWait() {
    CallFolderFixtureTest.fold(folder, AmiTranscript.read(Fixtures.ami("reconnect.part1.ami")));

    List<QueueLogReconciler.Fix> fixes = reconcile("reconnect");

    Call call = folder.current("1795291429.395");
    assertThat(call.agentInterface()).isEqualTo("PJSIP/6003");
    assertThat(call.seconds().waitSeconds()).isEqualTo(4);
    assertThat(call.times().answeredAt()).isNotNull();
    assertThat(call.repairs()).containsExactly("queue_log");
    assertThat(fixes)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.repaired())
                    .contains("answeredAt", "agentInterface", "waitSeconds")
                    .doesNotContain("queue", "callerNumber"));
  }

  @Test
  void aCallThatOnlyQueueLogKnowsIsCreatedWithItsOutcome() {
    List<QueueLogReconciler.Fix> fixes = reconcile("answered");

    Call call = folder.current("1795290592.0");
    assertThat(fixes).singleElement().satisfies(f -> assertThat(f.created()).isTrue());
    assertThat(call.outcome()).isEqualTo(CallOutcome.ANSWERED);
    assertThat(call.party().number()).isEqualTo("13800138000");
    assertThat(call.queue()).isEqualTo("hotline");
    assertThat(call.agentInterface()).isEqualTo("PJSIP/6001");
    assertThat(call.seconds().waitSeconds()).isEqualTo(3);
    assertThat(call.seconds().talkSeconds()).isEqualTo(10);
  }

  @Test
  void anAbandonOnlyQueueLogSawCountsAsAbandonedWithItsWait() {
    reconcile("abandoned");

    Call call = folder.current("1795290637.4");
    assertThat(call.outcome()).isEqualTo(CallOutcome.ABANDONED);
    assertThat(call.seconds().waitSeconds()).isEqualTo(15);
  }

  @Test
  void reconcilingTheSameLinesAgainFixesNothing() {
    reconcile("ring_no_answer");

    assertThat(reconcile("ring_no_answer")).isEmpty();
  }

  @Test
  void whatTheEventsSaidIsNeverOverwritten() {
    CallFolderFixtureTest.fold(folder, Fixtures.transcript("answered"));
    List<QueueLogEntry> doctored =
        queueLog("answered").stream()
            .map(
                e ->
                    "CONNECT".equals(e.event())
                        ? new QueueLogEntry(
                            e.at(),
                            e.callId(),
                            e.queue(),
                            "Agent Four",
                            e.event(),
                            List.of("99", "x", "1"))
                        : e)
            .toList();

    List<QueueLogReconciler.Fix> fixes = new QueueLogReconciler(folder, MEMBERS).apply(doctored);

    assertThat(fixes).isEmpty();
    assertThat(folder.current("1795290592.0").agentInterface()).isEqualTo("PJSIP/6001");
    assertThat(folder.current("1795290592.0").seconds().waitSeconds()).isEqualTo(3);
  }

  @Test
  void memberLinesAndBrokenLinesAreIgnored() {
    assertThat(
            QueueLogEntry.parse("1795290601|NONE|hotline|Agent Four|PAUSE|coffee-break")
                .orElseThrow()
                .isCallEvent())
        .isFalse();
    assertThat(QueueLogEntry.parse("not a queue_log line")).isEmpty();
    assertThat(QueueLogEntry.parse("")).isEmpty();
  }
}
