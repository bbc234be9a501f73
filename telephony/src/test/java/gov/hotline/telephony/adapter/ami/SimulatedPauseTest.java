package gov.hotline.telephony.adapter.ami;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.telephony.domain.AmiMessage;
import gov.hotline.telephony.domain.AmiServerConfig;
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
 * A member paused through {@code QueuePause} stays paused in the simulator's own member-status
 * events, as Asterisk reports a member's pause in every {@code QueueMemberStatus}: the calls that
 * start and end at the seat meanwhile no longer undo the pause (they did, the generated traffic
 * saying {@code Paused: 0}).
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
    connector =
        new AmiConnector(
                new AmiServerConfig(
                    "lab",
                    "127.0.0.1",
                    sim.port(),
                    "hotline",
                    "hotline-secret",
                    null,
                    Duration.ofMillis(200),
                    Duration.ofMillis(1500)),
                sink)
            .start();
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
    Await.until("the pause event", () -> pauseEvent(sink.messages(), 0) >= 0);
    // what follows the pause event on the wire was sent after the simulated Asterisk knew of the
    // pause, up to the
    // seat's next pause change (the generated traffic's own breaks end with one)
    int paused = pauseEvent(sink.messages(), 0) + 1;
    Await.until(
        "two status events of the paused seat", () -> statuses(whilePaused(paused)).size() >= 2);

    assertThat(statuses(whilePaused(paused)))
        .allSatisfy(
            m -> {
              assertThat(m.get("Paused")).isEqualTo("1");
              assertThat(m.get("PausedReason")).isEqualTo("培训");
            });
  }

  /**
   * The messages from {@code from} up to the seat's next QueueMemberPause (one copy of the growing
   * list).
   */
  private List<String> whilePaused(int from) {
    List<String> now = sink.messages();
    int to = from;
    while (to < now.size()
        && !(now.get(to).startsWith("Event: QueueMemberPause")
            && IFACE.equals(AmiMessage.parse(now.get(to)).get("Interface")))) {
      to++;
    }
    return now.subList(from, to);
  }

  /**
   * The index of the seat's QueueMemberPause event with the reason 培训 at or after {@code from}, or
   * -1.
   */
  private static int pauseEvent(List<String> messages, int from) {
    for (int i = from; i < messages.size(); i++) {
      String m = messages.get(i);
      if (m.startsWith("Event: QueueMemberPause")) {
        AmiMessage a = AmiMessage.parse(m);
        if (IFACE.equals(a.get("Interface"))
            && "1".equals(a.get("Paused"))
            && "培训".equals(a.get("PausedReason"))) {
          return i;
        }
      }
    }
    return -1;
  }

  private static List<AmiMessage> statuses(List<String> messages) {
    return messages.stream()
        .filter(m -> m.startsWith("Event: QueueMemberStatus"))
        .map(AmiMessage::parse)
        .filter(m -> IFACE.equals(m.get("Interface")))
        .toList();
  }
}
