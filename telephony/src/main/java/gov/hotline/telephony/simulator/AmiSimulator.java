package gov.hotline.telephony.simulator;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TCP server that speaks the Asterisk Manager Interface like a real Asterisk: banner, MD5
 * challenge and login, actions with their responses, and events. What happens on the simulated PBX
 * comes from {@link Feed}s played one after another by a single "PBX" thread and broadcast to every
 * logged-in session, as Asterisk does: transcript replays for tests, the call generator for the
 * demo. A feed waits while nobody is logged in, so a replay loses nothing unless it says so ({@link
 * Replay#afterGapFrom}). Faults for tests: {@link #freeze} (a half-open socket: nothing is read or
 * written) and {@link #cutAll}.
 */
public final class AmiSimulator implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AmiSimulator.class);

  /** Port (0 = any free port), credentials, banner and version the simulated Asterisk reports. */
  public record Options(
      String host,
      int port,
      String username,
      String secret,
      String banner,
      String asteriskVersion) {
    public Options {
      Objects.requireNonNull(username);
      Objects.requireNonNull(secret);
    }

    public static Options defaults() {
      return new Options(
          "127.0.0.1",
          0,
          "hotline",
          "hotline-secret",
          "Asterisk Call Manager/13.0.0",
          "GIT-main-cfcf5efb1");
    }

    public Options port(int p) {
      return new Options(host, p, username, secret, banner, asteriskVersion);
    }

    public Options credentials(String user, String pass) {
      return new Options(host, port, user, pass, banner, asteriskVersion);
    }
  }

  record PendingFeed(Feed feed, CompletableFuture<Void> done, boolean repeat) {}

  private final Options options;
  private final ServerSocket server;
  private final SimModel model = new SimModel();
  private final SimActions actions = new SimActions(this);
  private final RecordedAnswers recorded = new RecordedAnswers();
  private final List<SimSession> sessions = new CopyOnWriteArrayList<>();
  private final LinkedBlockingQueue<PendingFeed> feeds = new LinkedBlockingQueue<>();
  private final List<String> actionLog = new CopyOnWriteArrayList<>();
  private final AtomicInteger logins = new AtomicInteger();
  private final AtomicLong sessionIds = new AtomicLong();
  private final Object gate = new Object();
  private final Object broadcasting = new Object();
  private final long startedAt = System.currentTimeMillis();
  private final Thread acceptor;
  private final Thread player;
  private volatile boolean frozen;
  private volatile boolean away;
  private volatile boolean closed;
  private volatile SimPbx pbx = SimPbx.NONE;

  private AmiSimulator(Options options) throws IOException {
    this.options = options;
    this.server = new ServerSocket(options.port(), 50, InetAddress.getByName(options.host()));
    this.acceptor =
        Thread.ofPlatform()
            .daemon()
            .name("ami-sim-accept-" + server.getLocalPort())
            .start(this::accept);
    this.player =
        Thread.ofPlatform()
            .daemon()
            .name("ami-sim-pbx-" + server.getLocalPort())
            .start(this::playFeeds);
  }

  public static AmiSimulator start(Options options) {
    try {
      AmiSimulator sim = new AmiSimulator(options);
      LOG.info("AMI simulator listening on {}:{}", options.host(), sim.port());
      return sim;
    } catch (IOException e) {
      throw new IllegalStateException(
          "AMI simulator cannot listen on port " + options.port() + ": " + e.getMessage(), e);
    }
  }

  public int port() {
    return server.getLocalPort();
  }

  /** Queues a feed; it plays after the ones before it, once a client is logged in. */
  public CompletableFuture<Void> play(Feed feed) {
    PendingFeed p = new PendingFeed(feed, new CompletableFuture<>(), false);
    feeds.add(p);
    return p.done();
  }

  /** Queues a feed that starts again whenever it ends (the demo's call generator). */
  public void playForever(Feed feed) {
    feeds.add(new PendingFeed(feed, new CompletableFuture<>(), true));
  }

  /** Who reacts to Originate actions (the call generator in the demo). */
  public void pbx(SimPbx reaction) {
    this.pbx = Objects.requireNonNull(reaction);
  }

  /**
   * Stops reading, writing and answering without closing anything: what a half-open TCP connection
   * looks like.
   */
  public void freeze() {
    frozen = true;
  }

  public void thaw() {
    synchronized (gate) {
      frozen = false;
      gate.notifyAll();
    }
  }

  /**
   * Ends every connection at once, without a goodbye (what was sent still arrives, then the stream
   * ends).
   */
  public void cutAll() {
    sessions.forEach(SimSession::cut);
  }

  /** How many logins succeeded so far. */
  public int logins() {
    return logins.get();
  }

  public int connectedSessions() {
    return (int) sessions.stream().filter(SimSession::loggedIn).count();
  }

  /** The names of the actions clients sent, in order. */
  public List<String> actionsReceived() {
    return new ArrayList<>(actionLog);
  }

  /** Sends an event to every logged-in session (and lets the simulated PBX state follow it). */
  public void broadcast(String event) {
    // one event at a time from reading the model to the last write: a status event planned before a
    // pause must not reach the client after it, nor put the model back to unpaused
    synchronized (broadcasting) {
      String block = model.withMemberPause(event);
      model.apply(block, System.currentTimeMillis());
      for (SimSession s : sessions) {
        if (s.loggedIn()) {
          try {
            s.write(block);
          } catch (IOException e) {
            s.close();
          }
        }
      }
    }
  }

  /** Reads the model and broadcasts what follows from it, with no other event in between. */
  <T> T atomically(Supplier<T> readThenBroadcast) {
    synchronized (broadcasting) {
      return readThenBroadcast.get();
    }
  }

  @Override
  public void close() {
    closed = true;
    thaw();
    try {
      server.close();
    } catch (IOException e) {
      LOG.debug("closing simulator socket: {}", e.getMessage());
    }
    sessions.forEach(SimSession::close);
    player.interrupt();
    acceptor.interrupt();
  }

  private void accept() {
    while (!closed) {
      try {
        Socket s = server.accept();
        s.setTcpNoDelay(true);
        SimSession session = new SimSession(s, this, sessionIds.incrementAndGet());
        sessions.add(session);
        Thread.ofPlatform()
            .daemon()
            .name("ami-sim-session-" + session.hashCode())
            .start(session::run);
      } catch (IOException e) {
        if (!closed) {
          LOG.warn("AMI simulator accept failed: {}", e.getMessage());
        }
      }
    }
  }

  private void playFeeds() {
    Feed.Out out = new PlayerOut();
    try {
      while (!closed) {
        PendingFeed next = feeds.take();
        if (next.feed() instanceof Replay r) {
          recorded.position(r.transcript(), r.startIndex() - 1);
        }
        try {
          awaitSession();
          next.feed().play(out);
        } catch (IOException e) {
          LOG.debug("simulator feed {} stopped: {}", next.feed(), e.getMessage());
        } catch (RuntimeException e) {
          LOG.warn("simulator feed {} failed", next.feed(), e);
        } finally {
          next.done().complete(null);
          if (next.repeat() && !closed) {
            feeds.add(next);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Blocks a login while the simulated PBX lives through a gap (see {@link Replay#awayUntil}). */
  void awaitBack() throws InterruptedException {
    synchronized (gate) {
      while (away && !closed) {
        gate.wait(10);
      }
    }
  }

  /** Blocks while the simulator is frozen. */
  void awaitThaw() throws InterruptedException {
    synchronized (gate) {
      while (frozen && !closed) {
        gate.wait(100);
      }
    }
  }

  private void awaitSession() throws InterruptedException {
    synchronized (gate) {
      while (!closed && sessions.stream().noneMatch(SimSession::loggedIn)) {
        gate.wait(20);
      }
    }
  }

  /** The feed side: sends to all logged-in sessions, waiting for one when nobody listens. */
  private final class PlayerOut implements Feed.Out {
    @Override
    public void send(String block) throws IOException {
      try {
        awaitThaw();
        awaitSession();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("simulator stopped");
      }
      if (!model.operatedBreak(block)) {
        broadcast(block);
      }
    }

    @Override
    public void sendThenCut(String text) throws IOException {
      try {
        awaitThaw();
        awaitSession();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("simulator stopped");
      }
      for (SimSession s : sessions) {
        if (s.loggedIn()) {
          s.writeThenCut(text);
        }
      }
    }

    @Override
    public void whileAway(Runnable work) {
      away = true;
      try {
        work.run();
      } finally {
        synchronized (gate) {
          away = false;
          gate.notifyAll();
        }
      }
    }

    @Override
    public void skip(String block) {
      model.apply(block, System.currentTimeMillis());
    }

    @Override
    public void position(AmiTranscript transcript, int index) {
      recorded.position(transcript, index);
    }

    @Override
    public void cut() {
      cutAll();
    }

    @Override
    public boolean open() {
      return !closed;
    }

    @Override
    public long nowMillis() {
      return System.currentTimeMillis();
    }
  }

  Options options() {
    return options;
  }

  SimModel model() {
    return model;
  }

  SimActions actions() {
    return actions;
  }

  SimPbx pbx() {
    return pbx;
  }

  List<String> recordedAnswer(String action, String actionId) {
    return recorded.take(action, actionId);
  }

  void recordAction(String name) {
    actionLog.add(name);
  }

  long uptimeSeconds() {
    return (System.currentTimeMillis() - startedAt) / 1000;
  }

  void loggedIn(SimSession s) {
    logins.incrementAndGet();
    synchronized (gate) {
      gate.notifyAll();
    }
  }

  void closed(SimSession s) {
    sessions.remove(s);
  }
}
