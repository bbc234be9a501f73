package gov.hotline.telephony.adapter.ami;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.telephony.simulator.AmiSimulator;
import gov.hotline.telephony.simulator.RawFeed;
import gov.hotline.telephony.support.Await;
import gov.hotline.telephony.support.RecordingSink;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A seat paused by a person through {@code QueuePause} stays paused in what the simulator sends
 * afterwards: the generated traffic, planned ahead, neither ends the pause with a planned break's
 * return nor reports the seat unpaused in its status events.
 */
@Tag("ami")
class SimulatedSeatPauseTest {
  private static final String SEAT = "PJSIP/6001";
  private static final String END_OF_PLAN =
      "Event: UserEvent\r\nPrivilege: user,all\r\nUserEvent: end-of-plan\r\n\r\n";

  private AmiSimulator sim;
  private RecordingSink sink;
  private AmiConnector connector;

  @BeforeEach
  void start() {
    sim = AmiSimulator.start(AmiSimulator.Options.defaults());
    sink = new RecordingSink();
    connector = LabConnection.loggedIn(sim, sink);
    sim.play(RawFeed.of(member("QueueMemberStatus", 1, false, ""))).join();
  }

  @AfterEach
  void stop() {
    connector.close();
    sim.close();
  }

  @Test
  void thePlannedTrafficAfterAPauseKeepsTheSeatPausedWithItsReason() {
    new AmiCommands(connector).queuePause("hotline", SEAT, true, "培训").join();

    sim.play(
            RawFeed.of(
                member("QueueMemberStatus", 2, false, ""),
                member("QueueMemberPause", 1, false, ""),
                member("QueueMemberStatus", 1, false, ""),
                END_OF_PLAN))
        .join();
    Await.until(
        "the planned traffic arrived",
        () -> sink.messages().stream().anyMatch(m -> m.contains("UserEvent: end-of-plan")));

    List<String> afterPause = seatEventsAfterThePause(sink.messages());
    assertThat(afterPause).hasSize(2);
    assertThat(afterPause)
        .allSatisfy(
            m -> assertThat(m).startsWith("Event: QueueMemberStatus").contains("Paused: 1\r\n"));
    assertThat(afterPause).allSatisfy(m -> assertThat(m).contains("PausedReason: 培训\r\n"));
  }

  @Test
  void aPauseTheSeatTakesBackIsSentAsUnpaused() {
    AmiCommands commands = new AmiCommands(connector);
    commands.queuePause("hotline", SEAT, true, "培训").join();
    commands.queuePause("hotline", SEAT, false, null).join();

    sim.play(RawFeed.of(member("QueueMemberStatus", 2, false, ""))).join();
    Await.until(
        "the status arrived",
        () -> sink.messages().stream().anyMatch(m -> m.contains("Status: 2\r\n")));

    assertThat(sink.messages().getLast()).contains("Paused: 0\r\n").contains("PausedReason: \r\n");
  }

  /** What the client received about the seat after the pause's own QueueMemberPause. */
  private static List<String> seatEventsAfterThePause(List<String> messages) {
    List<String> seat = messages.stream().filter(m -> m.contains("Interface: " + SEAT)).toList();
    int pause = -1;
    for (int i = 0; i < seat.size(); i++) {
      if (seat.get(i).startsWith("Event: QueueMemberPause") && seat.get(i).contains("Paused: 1")) {
        pause = i;
      }
    }
    assertThat(pause).as("the pause was broadcast").isNotNegative();
    return seat.subList(pause + 1, seat.size());
  }

  private static String member(String event, int status, boolean paused, String reason) {
    return "Event: "
        + event
        + "\r\nPrivilege: agent,all\r\nQueue: hotline\r\nMemberName: 张丽\r\nInterface: "
        + SEAT
        + "\r\nStateInterface: "
        + SEAT
        + "\r\nMembership: static\r\nPenalty: 0\r\nCallsTaken: 0\r\nLastCall: 0\r\nLastPause: 0"
        + "\r\nLoginTime: 0\r\nInCall: "
        + (status == 2 ? 1 : 0)
        + "\r\nStatus: "
        + status
        + "\r\nPaused: "
        + (paused ? 1 : 0)
        + "\r\nPausedReason: "
        + reason
        + "\r\nRinginuse: 0\r\nWrapuptime: 0\r\n\r\n";
  }
}
