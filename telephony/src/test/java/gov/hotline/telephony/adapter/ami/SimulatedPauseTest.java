package gov.hotline.telephony.adapter.ami;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.telephony.domain.AmiServerConfig;
import gov.hotline.telephony.domain.AmiMessage;
import gov.hotline.telephony.simulator.AmiSimulator;
import gov.hotline.telephony.simulator.CallGenerator;
import gov.hotline.telephony.support.Await;
import gov.hotline.telephony.support.RecordingSink;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A member paused through {@code QueuePause} stays paused in the simulator's own member-status events, as Asterisk
 * reports a member's pause in every {@code QueueMemberStatus}: the calls that start and end at the seat meanwhile no
 * longer undo the pause (they did, the generated traffic saying {@code Paused: 0}); unpaused, they say 0 again.
 */
@Tag("ami")
class SimulatedPauseTest {
  private static final String IFACE = "PJSIP/6001";
  private AmiSimulator sim;
  private RecordingSink sink;
  private AmiConnector connector;

  @BeforeEach
  void start() {
    sim = AmiSimulator.start(AmiSimulator.Options.defaults());
    sink = new RecordingSink();
    connector = new AmiConnector(new AmiServerConfig("lab", "127.0.0.1", sim.port(), "hotline", "hotline-secret",
        null, Duration.ofMillis(200), Duration.ofMillis(1500)), sink).start();
    Await.until("logged in", () -> connector.status().connected());
  }

  @AfterEach
  void stop() {
    connector.close();
    sim.close();
  }

  @Test
  void theGeneratedStatusEventsOfAPausedMemberKeepThePauseAndItsReason() {
    CallGenerator pbx = new CallGenerator(240, 20, null, 11);
    sim.pbx(pbx);
    sim.playForever(pbx);
    AmiCommands ami = new AmiCommands(connector);

    ami.queuePause("hotline", IFACE, true, "培训").join();
    int paused = sink.messages().size();
    Await.until("two status events of the paused seat", () -> statuses(sink.messages().subList(paused,
        sink.messages().size())).size() >= 2);
    ami.queuePause("hotline", IFACE, false, "").join();
    int unpaused = sink.messages().size();
    Await.until("a status event of the seat after unpausing", () -> !statuses(sink.messages().subList(unpaused,
        sink.messages().size())).isEmpty());

    List<AmiMessage> whilePaused = statuses(sink.messages().subList(paused, unpaused));
    assertThat(whilePaused).isNotEmpty().allSatisfy(m -> {
      assertThat(m.get("Paused")).isEqualTo("1");
      assertThat(m.get("PausedReason")).isEqualTo("培训");
    });
    assertThat(statuses(sink.messages().subList(unpaused, sink.messages().size())))
        .allSatisfy(m -> assertThat(m.get("Paused")).isEqualTo("0"));
  }

  private static List<AmiMessage> statuses(List<String> messages) {
    return messages.stream().filter(m -> m.startsWith("Event: QueueMemberStatus")).map(AmiMessage::parse)
        .filter(m -> IFACE.equals(m.get("Interface"))).toList();
  }
}
