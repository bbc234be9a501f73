package gov.hotline.telephony.adapter.ami;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.telephony.domain.AmiFrame;
import gov.hotline.telephony.fixtures.Fixtures;
import gov.hotline.telephony.simulator.AmiSimulator;
import gov.hotline.telephony.simulator.AmiTranscript;
import gov.hotline.telephony.simulator.RawFeed;
import gov.hotline.telephony.simulator.Replay;
import gov.hotline.telephony.support.Await;
import gov.hotline.telephony.support.RecordingSink;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The real Asterisk-Java client against the AMI simulator: login, raw hand-off, resync, reconnects,
 * faults.
 */
@Tag("ami")
class AmiConnectorTest {
  private AmiSimulator sim;
  private RecordingSink sink;
  private AmiConnector connector;

  @BeforeEach
  void start() {
    sim = AmiSimulator.start(AmiSimulator.Options.defaults());
    sink = new RecordingSink();
    connector = new AmiConnector(LabConnection.config(sim), sink).start();
    Await.until(
        "logged in and resynchronised",
        () -> connector.status().connected() && sim.actionsReceived().contains("CoreShowChannels"));
  }

  @AfterEach
  void stop() {
    connector.close();
    sim.close();
  }

  @Test
  void everyReplayedEventArrivesRawAndInOrderFromTheReaderThread() {
    AmiTranscript t = Fixtures.transcript("answered");

    sim.play(Replay.of(t)).join();
    List<String> expected =
        t.events().stream()
            .map(AmiTranscript.Block::text)
            .filter(
                b -> !b.startsWith("Event: FullyBooted") && !b.startsWith("Event: SuccessfulAuth"))
            .toList();
    Await.until("all events received", () -> sink.messages().containsAll(expected));

    List<String> received = sink.messages().stream().filter(expected::contains).toList();
    assertThat(received).containsExactlyElementsOf(expected);
    assertThat(sink.offeringThreadName()).contains("Reader");
  }

  @Test
  void afterLoginTheClientAsksForQueueStatusAndLiveChannels() {
    Await.until("resync sent", () -> sim.actionsReceived().contains("CoreShowChannels"));

    // the answer arrives a moment after the action: wait for it rather than race it on a loaded
    // machine
    Await.until(
        "resync answered",
        () ->
            sink.messages().stream().anyMatch(m -> m.contains("Event: CoreShowChannelsComplete")));

    assertThat(sim.actionsReceived())
        .containsSubsequence("Challenge", "Login", "QueueStatus", "CoreShowChannels");
    assertThat(sink.messages())
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains("Event: CoreShowChannelsComplete")
                    .contains("resync-channels-"));
  }

  @Test
  void aCutConnectionIsReestablishedAndResynchronisedAgain() {
    sim.cutAll();

    Await.until("logged in again", () -> sim.logins() >= 2 && connector.status().connected());

    assertThat(connector.status().reconnects()).isGreaterThanOrEqualTo(1);
    assertThat(sink.boundaries())
        .startsWith(AmiFrame.Type.CONNECTED, AmiFrame.Type.DISCONNECTED, AmiFrame.Type.CONNECTED);
    Await.until(
        "second resync",
        () -> sim.actionsReceived().stream().filter("CoreShowChannels"::equals).count() >= 2);
  }

  @Test
  void aHalfOpenSocketIsDetectedByTheMissingPongAndReplaced() {
    sim.freeze();
    Await.until("link declared down", () -> !connector.status().connected());
    sim.thaw();

    Await.until("logged in again", () -> connector.status().connected() && sim.logins() >= 2);
    assertThat(connector.status().lastError()).contains("no answer to ping");
  }

  @Test
  void aStalledIngestionNeverBlocksTheReaderAndTheLossIsCounted() {
    sink.refuse(true);
    AmiTranscript t = Fixtures.transcript("abandoned");

    sim.play(Replay.of(t)).join();

    Await.until(
        "every event dropped and counted", () -> connector.dropped() >= t.events().size() - 2);
    sink.refuse(false);
    sim.play(Replay.of(Fixtures.transcript("short_abandon"))).join();
    assertThat(connector.status().connected()).isTrue();
    assertThat(sim.logins()).isEqualTo(1);
  }

  @Test
  void hostileInputIsKeptRawAndTheHalfMessageAtTheCutIsHandedOverAsPartial() {
    String huge = "x".repeat(300_000);
    sim.play(
            RawFeed.of(
                    "Event: Newchannel\r\nthis line has no colon at all\r\nUniqueid: 1.1\r\n\r\n",
                    "Event: FooBarFromTheFuture\r\nPrivilege: call,all\r\nFoo: bar\r\n\r\n",
                    "Event: VarSet\r\nVariable: BLOB\r\nValue: " + huge + "\r\n\r\n",
                    "Garbage: with no event or response\r\n\r\n",
                    "Event: Hangup\r\nChannel: PJSIP/trunk-0\r\nUniq")
                .thenCut())
        .join();

    Await.until("reconnected", () -> sim.logins() >= 2 && connector.status().connected());

    List<AmiFrame> frames = sink.frames();
    assertThat(sink.messages())
        .anyMatch(m -> m.contains("this line has no colon at all"))
        .anyMatch(m -> m.contains("Event: FooBarFromTheFuture"))
        .anyMatch(m -> m.contains(huge))
        .anyMatch(m -> m.startsWith("Garbage: with no event or response"));
    assertThat(frames)
        .anySatisfy(
            f -> {
              assertThat(f.type()).isEqualTo(AmiFrame.Type.PARTIAL);
              assertThat(f.raw()).isEqualTo("Event: Hangup\r\nChannel: PJSIP/trunk-0\r\nUniq\r\n");
            });
  }
}
