package gov.hotline.infra.support;

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
 * A TCP relay in front of the test PostgreSQL that a test can cut (every connection closed, new
 * ones refused: the database as the server sees it when PostgreSQL stops) and restore.
 */
public final class DatabaseProxy implements AutoCloseable {
  private final String targetHost;
  private final int targetPort;
  private final int port;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile ServerSocket listener;
  private volatile boolean closed;

  private DatabaseProxy(String targetHost, int targetPort) throws IOException {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.port = listener.getLocalPort();
    accept(listener);
  }

  public static DatabaseProxy to(String host, int port) {
    try {
      return new DatabaseProxy(host, port);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public int port() {
    return port;
  }

  /** A JDBC URL of the target's database, through this relay. */
  public String via(String jdbcUrl) {
    return jdbcUrl.replace("//" + targetHost + ":" + targetPort + "/", "//127.0.0.1:" + port + "/");
  }

  /** The database goes away: connections break, new ones are refused. */
  public synchronized void cut() {
    closeQuietly(listener);
    open.forEach(DatabaseProxy::closeQuietly);
    open.clear();
  }

  /** The database is back on the same port. */
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
