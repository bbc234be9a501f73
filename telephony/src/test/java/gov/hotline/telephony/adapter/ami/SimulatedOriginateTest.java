package gov.hotline.telephony.adapter.ami;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.telephony.domain.AmiFrame;
import gov.hotline.telephony.domain.AmiMessage;
import gov.hotline.telephony.domain.Call;
import gov.hotline.telephony.domain.CallFolder;
import gov.hotline.telephony.domain.Direction;
import gov.hotline.telephony.domain.FoldPolicy;
import gov.hotline.telephony.fixtures.Fixtures;
import gov.hotline.telephony.simulator.AmiSimulator;
import gov.hotline.telephony.simulator.CallGenerator;
import gov.hotline.telephony.simulator.SimPbx;
import gov.hotline.telephony.support.Await;
import gov.hotline.telephony.support.RecordingSink;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The simulator answers a team lead's ChanSpy Originate in the shape the lab Asterisk gave ({@code
 * originate_application*.ami}): {@code Application}/{@code Data}, never {@code Context}/{@code
 * Exten}; and what it sends folds into a supervision call, through the real Asterisk-Java client.
 */
@Tag("ami")
class SimulatedOriginateTest {
  private AmiSimulator sim;
  private RecordingSink sink;
  private AmiConnector connector;

  @BeforeEach
  void start() {
    sim = AmiSimulator.start(AmiSimulator.Options.defaults());
    sink = new RecordingSink();
    connector = LabConnection.loggedIn(sim, sink);
  }

  @AfterEach
  void stop() {
    connector.close();
    sim.close();
  }

  @Test
  void aChanSpyOriginateIsAnsweredWithTheHeadersOfTheCaptureAndFoldsIntoASupervisionCall() {
    CallGenerator pbx = new CallGenerator(0, 100, null, 7);
    sim.pbx(pbx);
    sim.playForever(pbx);

    new AmiCommands(connector)
        .originate(
            "PJSIP/6004",
            null,
            null,
            "ChanSpy",
            "PJSIP/6003,qE",
            "\"班长监听\" <6003>",
            Map.of(),
            "spy-1")
        .join();
    Await.until(
        "the spy leg hung up",
        () -> sink.messages().stream().anyMatch(m -> m.startsWith("Event: Hangup")));

    assertThat(headers(response(sink.messages())))
        .isEqualTo(headers(captured("originate_application_answered")));
    CallFolder folder = new CallFolder("lab", FoldPolicy.defaults());
    sink.frames().stream()
        .filter(f -> f.type() == AmiFrame.Type.MESSAGE)
        .map(AmiFrame::toMessage)
        .forEach(folder::apply);
    List<Call> calls = folder.drain().stream().map(CallFolder.Change::after).toList();
    assertThat(calls)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.direction()).isEqualTo(Direction.SUPERVISION);
              assertThat(c.times().answeredAt()).isNotNull();
              assertThat(c.ended()).isTrue();
            });
  }

  @Test
  void anUnansweredApplicationOriginateFailsInTheShapeOfTheCapture() {
    sim.pbx(SimPbx.NONE);

    new AmiCommands(connector)
        .originate(
            "PJSIP/6004",
            null,
            null,
            "ChanSpy",
            "PJSIP/6003,qE",
            "\"班长监听\" <6003>",
            Map.of(),
            "spy-2")
        .join();
    Await.until("the answer arrived", () -> response(sink.messages()) != null);

    AmiMessage answer = AmiMessage.parse(response(sink.messages()));
    assertThat(headers(response(sink.messages())))
        .isEqualTo(headers(captured("originate_application")));
    assertThat(answer.get("Response")).isEqualTo("Failure");
    assertThat(answer.get("Channel")).isEqualTo("PJSIP/6004");
    assertThat(answer.get("Uniqueid")).isEqualTo("<unknown>");
  }

  private static String response(List<String> messages) {
    return messages.stream()
        .filter(m -> m.startsWith("Event: OriginateResponse"))
        .findFirst()
        .orElse(null);
  }

  private static String captured(String scenario) {
    return response(Fixtures.transcript(scenario).blocks().stream().map(b -> b.text()).toList());
  }

  /** Header names in order, without the Timestamp that only {@code timestampevents = yes} adds. */
  private static List<String> headers(String block) {
    return block
        .lines()
        .filter(l -> l.contains(":"))
        .map(l -> l.substring(0, l.indexOf(':')))
        .filter(h -> !h.equals("Timestamp"))
        .toList();
  }
}
