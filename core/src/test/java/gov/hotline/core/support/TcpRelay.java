package gov.hotline.core.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay in front of a real service (PostgreSQL, Elasticsearch) that a test can cut (every
 * connection closed, new ones refused: the service as its client sees it when it stops) and restore
 * on the same port.
 */
public class TcpRelay implements AutoCloseable {
  private final String targetHost;
  private final int targetPort;
  private final int port;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile ServerSocket listener;
  private volatile boolean closed;

  protected TcpRelay(String targetHost, int targetPort) {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    try {
      this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    this.port = listener.getLocalPort();
    accept(listener);
  }

  public static TcpRelay to(String host, int port) {
    return new TcpRelay(host, port);
  }

  public int port() {
    return port;
  }

  /** {@code url} (JDBC or HTTP) of the target with its host and port replaced by this relay's. */
  public String via(String url) {
    return url.replace("//" + targetHost + ":" + targetPort, "//127.0.0.1:" + port);
  }

  /** The service goes away: connections break, new ones are refused. */
  public synchronized void cut() {
    closeQuietly(listener);
    open.forEach(TcpRelay::closeQuietly);
    open.clear();
  }

  /** The service is back on the same port. */
  public synchronized void restore() {
    if (!listener.isClosed()) {
      return;
    }
    try {
      ServerSocket again = new ServerSocket();
      again.setReuseAddress(true);
      again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
      listener = again;
    } catch (IOException e) {
      throw new IllegalStateException("cannot listen on " + port + " again", e);
    }
    accept(listener);
  }

  @Override
  public void close() {
    closed = true;
    cut();
  }

  private void accept(ServerSocket server) {
    Thread.ofVirtual()
        .start(
            () -> {
              while (!closed && !server.isClosed()) {
                try {
                  Socket client = server.accept();
                  Socket upstream = new Socket(targetHost, targetPort);
                  open.add(client);
                  open.add(upstream);
                  pipe(client, upstream);
                  pipe(upstream, client);
                } catch (IOException e) {
                  return; // the listener was closed: cut or closed
                }
              }
            });
  }

  private void pipe(Socket from, Socket to) {
    Thread.ofVirtual()
        .start(
            () -> {
              byte[] buf = new byte[16 * 1024];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buf)) >= 0; ) {
                  out.write(buf, 0, n);
                  out.flush();
                }
              } catch (IOException e) {
                // one side went away; close both below
              }
              closeQuietly(from);
              closeQuietly(to);
            });
  }

  private static void closeQuietly(AutoCloseable c) {
    try {
      if (c != null) {
        c.close();
      }
    } catch (Exception e) {
      // already closed
    }
  }
}
