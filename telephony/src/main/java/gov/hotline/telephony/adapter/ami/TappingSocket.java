package gov.hotline.telephony.adapter.ami;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.asteriskjava.util.SocketConnectionFacade;

/**
 * The socket Asterisk-Java reads from, with every line also given to a {@link RawMessageAssembler}:
 * the raw event log keeps exactly what Asterisk sent, including events Asterisk-Java has no class
 * for and lines it cannot parse. The tap never throws into the reader.
 *
 * <p>Broadcast events (an {@code Event:} message without an {@code ActionID}) are kept from
 * Asterisk-Java: the platform ingests them from the raw text, and nobody listens to Asterisk-Java's
 * event objects, which it builds by reflection, header by header, on this very reader thread, the
 * one thread every message of the server passes through. Measured with {@code ./hotline bench-ami},
 * that building was a third of the server's CPU at 12,000 events/s. Everything else reaches it as
 * before: the banner, responses, and events answering our own actions (they carry our ActionID;
 * Asterisk-Java completes the action with them), so login, pings and actions work alike.
 */
final class TappingSocket implements SocketConnectionFacade {
  private enum State {
    START,
    PASS,
    HOLD
  }

  private final SocketConnectionFacade delegate;
  private final RawMessageAssembler assembler;
  private final ArrayDeque<String> forClient = new ArrayDeque<>();
  private final List<String> held = new ArrayList<>();
  private State state = State.START;
  private boolean ended;

  TappingSocket(SocketConnectionFacade delegate, RawMessageAssembler assembler) {
    this.delegate = delegate;
    this.assembler = assembler;
  }

  @Override
  public String readLine() throws IOException {
    while (forClient.isEmpty()) {
      String line = tapped();
      if (line == null) {
        return null;
      }
      route(line);
    }
    return forClient.poll();
  }

  /**
   * Forwards a line to Asterisk-Java, or holds it until its message turns out to be a broadcast
   * event.
   */
  private void route(String line) {
    switch (state) {
      case START -> {
        if (startsWith(line, "Event:")) {
          held.add(line);
          state = State.HOLD;
        } else {
          forClient.add(line);
          state =
              line.isEmpty() || line.startsWith("Asterisk Call Manager") ? State.START : State.PASS;
        }
      }
      case PASS -> {
        forClient.add(line);
        state = line.isEmpty() ? State.START : State.PASS;
      }
      case HOLD -> {
        if (line.isEmpty()) {
          held.clear();
          state = State.START;
        } else if (startsWith(line, "ActionID:")) {
          forClient.addAll(held);
          forClient.add(line);
          held.clear();
          state = State.PASS;
        } else {
          held.add(line);
        }
      }
    }
  }

  private static boolean startsWith(String line, String prefix) {
    return line.regionMatches(true, 0, prefix, 0, prefix.length());
  }

  private String tapped() throws IOException {
    String line;
    try {
      line = delegate.readLine();
    } catch (IOException | RuntimeException e) {
      end();
      throw e;
    }
    if (line == null) {
      end();
    } else {
      try {
        assembler.line(line);
      } catch (RuntimeException e) {
        // the tap must never take the reader down; the message is lost from the raw log only
      }
    }
    return line;
  }

  private void end() {
    if (!ended) {
      ended = true;
      try {
        assembler.end();
      } catch (RuntimeException e) {
        // as above
      }
    }
  }

  @Override
  public void write(String s) throws IOException {
    delegate.write(s);
  }

  @Override
  public void flush() throws IOException {
    delegate.flush();
  }

  @Override
  public void close() throws IOException {
    delegate.close();
  }

  @Override
  public boolean isConnected() {
    return delegate.isConnected();
  }

  @Override
  public InetAddress getLocalAddress() {
    return delegate.getLocalAddress();
  }

  @Override
  public int getLocalPort() {
    return delegate.getLocalPort();
  }

  @Override
  public InetAddress getRemoteAddress() {
    return delegate.getRemoteAddress();
  }

  @Override
  public int getRemotePort() {
    return delegate.getRemotePort();
  }
}
