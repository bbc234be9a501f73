package gov.hotline.telephony.adapter.ami;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.telephony.support.RecordingSink;
import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.asteriskjava.util.SocketConnectionFacade;
import org.junit.jupiter.api.Test;

/**
 * The tap between the AMI socket and Asterisk-Java: every message goes raw to ingestion, while
 * Asterisk-Java gets only what it needs to run the connection (banner, responses, events answering
 * our actions).
 */
class TappingSocketTest {
  private static final String BANNER = "Asterisk Call Manager/13.0.0";
  private static final List<String> LOGIN =
      List.of("Response: Success", "ActionID: a-1", "Message: Authentication accepted", "");
  private static final List<String> BROADCAST =
      List.of(
          "Event: Newchannel",
          "Privilege: call,all",
          "Uniqueid: 1795290592.0",
          "Linkedid: 1795290592.0",
          "");
  private static final List<String> ACTION_ANSWER =
      List.of("Event: QueueParams", "Queue: hotline", "ActionID: resync-queues-1", "Calls: 0", "");

  private final RecordingSink sink = new RecordingSink();

  @Test
  void asteriskJavaGetsTheBannerResponsesAndAnswersToItsActionsButNoBroadcastEvents()
      throws IOException {
    TappingSocket socket = tap(lines(List.of(BANNER), LOGIN, BROADCAST, ACTION_ANSWER, BROADCAST));

    assertThat(readAll(socket))
        .containsExactlyElementsOf(lines(List.of(BANNER), LOGIN, ACTION_ANSWER));
  }

  @Test
  void ingestionStillGetsEveryMessageRawAndInOrder() throws IOException {
    TappingSocket socket = tap(lines(List.of(BANNER), LOGIN, BROADCAST, ACTION_ANSWER));

    readAll(socket);

    assertThat(sink.messages())
        .containsExactly(
            BANNER + "\r\n",
            String.join("\r\n", LOGIN) + "\r\n",
            String.join("\r\n", BROADCAST) + "\r\n",
            String.join("\r\n", ACTION_ANSWER) + "\r\n");
  }

  @Test
  void aBroadcastEventCutByTheDisconnectIsKeptAsPartialAndTheClientSeesTheEnd() throws IOException {
    TappingSocket socket = tap(lines(LOGIN, List.of("Event: Hangup", "Channel: PJSIP/trunk-x")));

    assertThat(readAll(socket)).containsExactlyElementsOf(LOGIN);
    assertThat(sink.frames().getLast().raw())
        .isEqualTo("Event: Hangup\r\nChannel: PJSIP/trunk-x\r\n");
  }

  private TappingSocket tap(List<String> wire) {
    return new TappingSocket(
        new LinesSocket(wire), new RawMessageAssembler("lab", 1, sink, new LongAdder()));
  }

  @SafeVarargs
  private static List<String> lines(List<String>... messages) {
    List<String> out = new ArrayList<>();
    for (List<String> m : messages) {
      out.addAll(m);
    }
    return out;
  }

  private static List<String> readAll(TappingSocket socket) throws IOException {
    List<String> out = new ArrayList<>();
    for (String line = socket.readLine(); line != null; line = socket.readLine()) {
      out.add(line);
    }
    return out;
  }

  /** A socket that yields the given lines, then the end of the stream. */
  private static final class LinesSocket implements SocketConnectionFacade {
    private final Deque<String> lines;

    LinesSocket(List<String> lines) {
      this.lines = new ArrayDeque<>(lines);
    }

    @Override
    public String readLine() {
      return lines.poll();
    }

    @Override
    public void write(String s) {}

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public boolean isConnected() {
      return true;
    }

    @Override
    public InetAddress getLocalAddress() {
      return null;
    }

    @Override
    public int getLocalPort() {
      return 0;
    }

    @Override
    public InetAddress getRemoteAddress() {
      return null;
    }

    @Override
    public int getRemotePort() {
      return 0;
    }
  }
}
