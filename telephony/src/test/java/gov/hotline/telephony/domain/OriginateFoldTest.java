package gov.hotline.telephony.domain;

import static gov.hotline.telephony.domain.CallFolderFixtureTest.fold;
import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.telephony.fixtures.Fixtures;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Originates as a real Asterisk answers them: a team lead's ChanSpy (监听) is an Originate of an
 * application, whose {@code OriginateResponse} names {@code Application}/{@code Data} and no {@code
 * Context}; a callback (回访) is one of the dialplan's callback context. Neither is an inbound call
 * (呼入).
 */
class OriginateFoldTest {

  @Test
  void anUnansweredChanSpyOriginateFoldsIntoAnEndedSupervisionCall() {
    Map<String, Call> calls =
        fold(
            new CallFolder("lab", FoldPolicy.defaults()),
            Fixtures.transcript("originate_application"));

    Call spy = calls.get("1796287917.0");
    assertThat(calls).hasSize(1);
    assertThat(spy.direction()).isEqualTo(Direction.SUPERVISION);
    assertThat(spy.outcome()).isEqualTo(CallOutcome.SUPERVISION);
    assertThat(spy.times().answeredAt()).isNull();
    assertThat(spy.ended()).isTrue();
    assertThat(spy.party().number()).isNull();
    assertThat(spy.party().did()).isNull();
    assertThat(spy.agentInterface()).isEqualTo("PJSIP/6004");
  }

  @Test
  void anAnsweredChanSpyOriginateFoldsIntoAnAnsweredSupervisionCallThatNeedsNoRecording() {
    Map<String, Call> calls =
        fold(
            new CallFolder("lab", FoldPolicy.defaults()),
            Fixtures.transcript("originate_application_answered"));

    Call spy = calls.get("1796288058.0");
    assertThat(calls).hasSize(1);
    assertThat(spy.direction()).isEqualTo(Direction.SUPERVISION);
    assertThat(spy.outcome()).isEqualTo(CallOutcome.SUPERVISION);
    assertThat(spy.times().answeredAt()).isNotNull();
    assertThat(spy.ended()).isTrue();
    assertThat(RecordingCheck.expected(spy)).isFalse();
  }

  @Test
  void anOriginateOfAnotherApplicationIsAPlatformCallNotAnInboundOne() {
    String capture =
        Fixtures.transcript("originate_application_answered").blocks().stream()
            .map(b -> b.text())
            .filter(t -> t.startsWith("Event: OriginateResponse"))
            .findFirst()
            .orElseThrow();
    CallFolder folder = new CallFolder("lab", FoldPolicy.defaults());
    folder.apply(
        message(
            0,
            "Event: Newchannel\r\nChannel: PJSIP/6001-00000009\r\nCallerIDNum: 6001\r\n"
                + "Context: from-agents\r\nExten: s\r\nUniqueid: 1796288058.0\r\nLinkedid: 1796288058.0\r\n"));
    folder.apply(
        message(
            1,
            capture
                .replace("Application: ChanSpy", "Application: Playback")
                .replace("Data: PJSIP/6003,qE", "Data: tt-monkeys")));

    Call call = folder.drain().getFirst().after();

    assertThat(call.direction()).isEqualTo(Direction.PLATFORM);
    assertThat(call.party().number()).isNull();
  }

  @Test
  void aCallbacksTalkTimeIsTheCitizensLegNotTheAgentsAndItsDidIsNoNumber() {
    Map<String, Call> calls =
        fold(
            new CallFolder("lab", FoldPolicy.defaults()),
            Fixtures.transcript("originate_callback"));

    Call callback = calls.get("1795290717.11");
    // the citizen answered 5.0 s into the capture and both legs hung up at 17.0 s; the CDR's 15 s
    // begin with the agent
    assertThat(callback.direction()).isEqualTo(Direction.CALLBACK);
    assertThat(callback.seconds().talkSeconds()).isEqualTo(12);
    assertThat(callback.seconds().billableSeconds()).isEqualTo(15);
    assertThat(callback.party().number()).isEqualTo("13900139000");
    assertThat(callback.party().did()).isNull();
  }

  @Test
  void theCallbackOfTheRecordingsCaptureTalksFourSeconds() {
    Map<String, Call> calls =
        fold(new CallFolder("lab", FoldPolicy.defaults()), Fixtures.transcript("recordings"));

    Call callback = calls.get("1795291502.401");

    assertThat(callback.seconds().talkSeconds()).isEqualTo(4);
    assertThat(callback.outcome()).isEqualTo(CallOutcome.OUTBOUND);
  }

  private static ReceivedMessage message(long seq, String text) {
    return new ReceivedMessage(
        "lab",
        1,
        seq,
        Instant.parse("2026-12-03T08:54:18Z").plusMillis(seq),
        0,
        AmiMessage.parse(text + "\r\n"));
  }
}
