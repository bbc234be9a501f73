package gov.hotline.telephony.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A call one of the hotline's own phones dials (its first channel starts in the phones' context
 * {@code from-agents}) is an internal call (内部通话), not a citizen's 「未进入队列挂机」; a phone's first
 * channel that an Originate turns out to have made (a callback, a ChanSpy) becomes what the
 * Originate says.
 */
class InternalCallFoldTest {
  private static final Instant T0 = Instant.parse("2026-12-07T02:00:00Z");

  private static ReceivedMessage event(long seq, int atSecond, String text) {
    return new ReceivedMessage(
        "lab", 1, seq, T0.plusSeconds(atSecond), 0, AmiMessage.parse(text.replace("\n", "\r\n")));
  }

  private static Map<String, Call> fold(List<ReceivedMessage> events) {
    CallFolder folder = new CallFolder("lab", FoldPolicy.defaults());
    events.forEach(folder::apply);
    return folder.drain().stream()
        .collect(Collectors.toMap(c -> c.after().id(), CallFolder.Change::after));
  }

  private static String newchannel(String channel, String uid, String context, String exten) {
    return "Event: Newchannel\nChannel: "
        + channel
        + "\nCallerIDNum: 6001\nCallerIDName: Agent One\nContext: "
        + context
        + "\nExten: "
        + exten
        + "\nUniqueid: "
        + uid
        + "\nLinkedid: "
        + uid
        + "\n\n";
  }

  private static String hangup(String channel, String uid, String linkedid) {
    return "Event: Hangup\nChannel: "
        + channel
        + "\nUniqueid: "
        + uid
        + "\nLinkedid: "
        + linkedid
        + "\nCause: 16\nCause-txt: Normal Clearing\n\n";
  }

  @Test
  void anAgentDiallingAColleagueIsAnInternalCallWithoutACitizen() {
    Map<String, Call> calls =
        fold(
            List.of(
                event(1, 0, newchannel("PJSIP/6001-00000010", "1.10", "from-agents", "6002")),
                event(2, 1, hangup("PJSIP/6001-00000010", "1.10", "1.10"))));

    Call c = calls.get("1.10");
    assertThat(c.direction()).isEqualTo(Direction.INTERNAL);
    assertThat(c.outcome()).isEqualTo(CallOutcome.INTERNAL);
    assertThat(c.party().number()).isNull();
    assertThat(c.agentInterface()).isEqualTo("PJSIP/6001");
    assertThat(RecordingCheck.expected(c)).isFalse();
  }

  @Test
  void aNewchannelWithoutAContextIsAnInboundCall() {
    Map<String, Call> calls =
        fold(
            List.of(
                event(
                    1,
                    0,
                    "Event: Newchannel\nChannel: PJSIP/trunk-00000012\nCallerIDNum: 13900000099\n"
                        + "Exten: 12345\nUniqueid: 1.12\nLinkedid: 1.12\n\n"),
                event(2, 1, hangup("PJSIP/trunk-00000012", "1.12", "1.12"))));

    assertThat(calls.get("1.12").direction()).isEqualTo(Direction.INBOUND);
  }

  @Test
  void aTrunkCallThatHangsUpBeforeTheQueueStaysAnInboundNotQueuedCall() {
    Map<String, Call> calls =
        fold(
            List.of(
                event(1, 0, newchannel("PJSIP/trunk-00000011", "1.11", "from-trunk", "12345")),
                event(2, 1, hangup("PJSIP/trunk-00000011", "1.11", "1.11"))));

    Call c = calls.get("1.11");
    assertThat(c.direction()).isEqualTo(Direction.INBOUND);
    assertThat(c.outcome()).isEqualTo(CallOutcome.NOT_QUEUED);
    assertThat(c.party().number()).isEqualTo("6001");
  }

  @Test
  void aPhoneChannelThatRunsTheCallbackContextIsACallbackNotAnInternalCall() {
    Map<String, Call> calls =
        fold(
            List.of(
                event(1, 0, newchannel("PJSIP/6003-00000012", "1.12", "from-agents", "s")),
                event(
                    2,
                    1,
                    "Event: Newexten\nChannel: PJSIP/6003-00000012\nContext: hotline-callback\n"
                        + "Exten: 13800000000\nApplication: NoOp\nUniqueid: 1.12\n"
                        + "Linkedid: 1.12\n\n"),
                event(3, 30, hangup("PJSIP/6003-00000012", "1.12", "1.12"))));

    Call c = calls.get("1.12");
    assertThat(c.direction()).isEqualTo(Direction.CALLBACK);
    assertThat(c.party().number()).isEqualTo("13800000000");
  }
}
