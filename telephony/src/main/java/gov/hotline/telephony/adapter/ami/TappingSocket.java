package gov.hotline.telephony.adapter.ami;

import java.io.IOException;
import java.net.InetAddress;
import org.asteriskjava.util.SocketConnectionFacade;

/**
 * The socket Asterisk-Java reads from, with every line also given to a {@link RawMessageAssembler}: the raw event
 * log keeps exactly what Asterisk sent, including events Asterisk-Java has no class for and lines it cannot parse.
 * The tap never throws into the reader.
 */
final class TappingSocket implements SocketConnectionFacade {
  private final SocketConnectionFacade delegate;
  private final RawMessageAssembler assembler;
  private boolean ended;

  TappingSocket(SocketConnectionFacade delegate, RawMessageAssembler assembler) {
    this.delegate = delegate;
    this.assembler = assembler;
  }

  @Override
  public String readLine() throws IOException {
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
