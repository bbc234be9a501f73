package gov.hotline.telephony.adapter.agi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.asteriskjava.fastagi.AgiScript;
import org.asteriskjava.fastagi.DefaultAgiServer;
import org.asteriskjava.fastagi.SimpleMappingStrategy;
import org.asteriskjava.util.ServerSocketFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asterisk-Java's FastAGI server serving the platform's scripts (the survey {@link SurveyScript},
 * the service hours {@link ServiceHoursScript}). It accepts on its own platform thread and runs
 * each Asterisk connection on a virtual thread (the scripts block on the socket and the database,
 * never on an event loop), at most {@code maxSessions} at once: beyond that Asterisk gets the
 * connection closed and goes on in the dialplan with {@code AGISTATUS=FAILURE}.
 */
public final class SurveyAgiServer implements AutoCloseable {
  /** The port Asterisk's {@code agi://host/...} uses when the URL names none. */
  public static final int DEFAULT_PORT = 4573;

  private static final Logger LOG = LoggerFactory.getLogger(SurveyAgiServer.class);

  /**
   * A socket silent this long is a half-open connection (the longest command is the question plus
   * the wait).
   */
  private static final int READ_TIMEOUT_MILLIS = 60_000;

  private final Server server;
  private final Thread acceptor;
  private final String address;

  private SurveyAgiServer(Server server, Thread acceptor, String address) {
    this.server = server;
    this.acceptor = acceptor;
    this.address = address;
  }

  /**
   * Binds {@code host:port} and serves {@link SurveyScript#NAME}; fails when the port cannot be
   * bound.
   */
  public static SurveyAgiServer start(String host, int port, AgiScript script, int maxSessions) {
    return start(host, port, Map.of(SurveyScript.NAME, script), maxSessions);
  }

  /**
   * Binds {@code host:port} and serves each script under its name; fails when the port cannot be
   * bound.
   */
  public static SurveyAgiServer start(
      String host, int port, Map<String, AgiScript> scripts, int maxSessions) {
    SimpleMappingStrategy mapping = new SimpleMappingStrategy();
    mapping.setMappings(Map.copyOf(scripts));
    Server server = new Server(mapping, maxSessions);
    try {
      server.setAddress(InetAddress.getByName(host));
    } catch (IOException e) {
      throw new UncheckedIOException("FastAGI address " + host + " cannot be resolved", e);
    }
    server.setPort(port);
    server.setSocketReadTimeout(READ_TIMEOUT_MILLIS);
    Thread acceptor =
        Thread.ofPlatform()
            .daemon()
            .name("fastagi-accept")
            .start(
                () -> {
                  try {
                    server.startup();
                  } catch (IOException | RuntimeException e) {
                    server.bound.completeExceptionally(e);
                  }
                });
    try {
      server.bound.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      server.shutdown();
      throw new UncheckedIOException(
          new IOException(
              "FastAGI cannot listen on "
                  + host
                  + ":"
                  + port
                  + ": "
                  + (e.getCause() == null ? e : e.getCause()).getMessage(),
              e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      server.shutdown();
      throw new IllegalStateException("interrupted while starting FastAGI", e);
    }
    LOG.info("FastAGI listening on {}:{} (scripts {})", host, port, scripts.keySet());
    return new SurveyAgiServer(server, acceptor, host + ":" + port);
  }

  @Override
  public String toString() {
    return address;
  }

  @Override
  public void close() {
    server.shutdown();
    try {
      acceptor.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The library's server with virtual threads instead of its thread pool, and a signal once it is
   * bound.
   */
  private static final class Server extends DefaultAgiServer {
    private final CompletableFuture<Void> bound = new CompletableFuture<>();
    private final Semaphore slots;
    private final int maxSessions;

    Server(SimpleMappingStrategy mapping, int maxSessions) {
      super(mapping);
      this.maxSessions = maxSessions;
      this.slots = new Semaphore(maxSessions);
    }

    @Override
    protected ServerSocketFacade createServerSocket() throws IOException {
      ServerSocketFacade socket = super.createServerSocket();
      bound.complete(null);
      return socket;
    }

    @Override
    protected void execute(Runnable connection) {
      if (isDie()) {
        throw new RejectedExecutionException("FastAGI is shutting down");
      }
      if (!slots.tryAcquire()) {
        throw new RejectedExecutionException(
            "more than " + maxSessions + " FastAGI sessions at once");
      }
      Thread.ofVirtual()
          .name("fastagi-session")
          .start(
              () -> {
                try {
                  connection.run();
                } finally {
                  slots.release();
                }
              });
    }
  }
}
