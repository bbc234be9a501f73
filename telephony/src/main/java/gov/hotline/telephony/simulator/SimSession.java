package gov.hotline.telephony.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One AMI connection to the simulator, speaking the protocol as Asterisk does: banner, {@code
 * Challenge} (MD5) and {@code Login} (MD5 key or plain secret), actions with responses, and events
 * from a {@link Feed} once logged in.
 */
final class SimSession {
  private static final Logger LOG = LoggerFactory.getLogger(SimSession.class);

  private final Socket socket;
  private final AmiSimulator sim;
  private final long id;
  private final OutputStream out;
  private volatile boolean open = true;
  private volatile boolean closing;
  private volatile boolean loggedIn;
  private String challenge;

  SimSession(Socket socket, AmiSimulator sim, long id) throws IOException {
    this.socket = socket;
    this.sim = sim;
    this.id = id;
    this.out = socket.getOutputStream();
  }

  /** Reads actions until the client goes away. Runs on the session's own thread. */
  void run() {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
      write(sim.options().banner() + "\r\n");
      Map<String, String> action = new LinkedHashMap<>();
      String line;
      while (open && (line = in.readLine()) != null) {
        if (!line.isEmpty()) {
          int colon = line.indexOf(':');
          if (colon > 0) {
            action.putIfAbsent(
                line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                line.substring(colon + 1).trim());
          }
          continue;
        }
        if (!action.isEmpty() && !closing) {
          sim.awaitThaw();
          handle(action);
        }
        action = new LinkedHashMap<>();
      }
    } catch (IOException e) {
      LOG.debug("simulator session {} ended: {}", id, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      close();
    }
  }

  private void handle(Map<String, String> a) throws IOException {
    String name = a.getOrDefault("action", "");
    String actionId = a.get("actionid");
    sim.recordAction(name);
    String lower = name.toLowerCase(Locale.ROOT);
    if (!loggedIn && !List.of("challenge", "login", "logoff", "ping").contains(lower)) {
      write(SimBlock.response("Error", actionId).h("Message", "Permission denied").end());
      return;
    }
    switch (lower) {
      case "challenge" -> {
        challenge = Long.toString(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
        write(SimBlock.response("Success", actionId).h("Challenge", challenge).end());
      }
      case "login" -> {
        awaitBack();
        login(a, actionId);
      }
      case "logoff" -> {
        write(
            SimBlock.response("Goodbye", actionId).h("Message", "Thanks for all the fish.").end());
        close();
      }
      default -> {
        List<String> recorded = sim.recordedAnswer(lower, actionId);
        List<String> reply = recorded != null ? recorded : sim.actions().answer(lower, a, actionId);
        for (String block : reply) {
          write(block);
        }
      }
    }
  }

  private void awaitBack() throws IOException {
    try {
      sim.awaitBack();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("simulator stopped");
    }
  }

  private void login(Map<String, String> a, String actionId) throws IOException {
    AmiSimulator.Options o = sim.options();
    boolean userOk = o.username().equals(a.get("username"));
    boolean keyOk =
        a.containsKey("key")
            && challenge != null
            && md5(challenge + o.secret()).equalsIgnoreCase(a.get("key"));
    boolean secretOk = o.secret().equals(a.get("secret"));
    if (!userOk || !(keyOk || secretOk)) {
      write(SimBlock.response("Error", actionId).h("Message", "Authentication failed").end());
      close();
      return;
    }
    write(SimBlock.response("Success", actionId).h("Message", "Authentication accepted").end());
    loggedIn = true;
    write(
        SimBlock.event("FullyBooted")
            .h("Privilege", "system,all")
            .h("Uptime", sim.uptimeSeconds())
            .h("LastReload", sim.uptimeSeconds())
            .h("Status", "Fully Booted")
            .end());
    write(
        SimBlock.event("SuccessfulAuth")
            .h("Privilege", "security,all")
            .h("Severity", "Informational")
            .h("Service", "AMI")
            .h("EventVersion", 1)
            .h("AccountID", o.username())
            .h("SessionID", "0x" + Long.toHexString(0x7f0000000000L + id))
            .h("LocalAddress", "IPV4/TCP/127.0.0.1/" + sim.port())
            .h("RemoteAddress", "IPV4/TCP/127.0.0.1/" + socket.getPort())
            .h("UsingPassword", 0)
            .end());
    sim.loggedIn(this);
  }

  boolean loggedIn() {
    return loggedIn && open && !closing;
  }

  /** Writes the text and cuts before anything else (a pong, an event) can be written. */
  synchronized void writeThenCut(String text) throws IOException {
    write(text);
    cut();
  }

  /**
   * Ends the connection from this side without a goodbye: everything already sent still arrives
   * (FIN, not RST), then the client sees the stream end, as when Asterisk goes away. The session
   * closes once the client hangs up too.
   */
  void cut() {
    closing = true;
    synchronized (this) {
      try {
        socket.shutdownOutput();
      } catch (IOException e) {
        close();
      }
    }
    Thread.ofVirtual()
        .start(
            () -> {
              try {
                Thread.sleep(5000);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              close();
            });
  }

  synchronized void write(String text) throws IOException {
    if (!open || closing) {
      throw new IOException("session closed");
    }
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  void close() {
    if (!open) {
      return;
    }
    open = false;
    try {
      socket.close();
    } catch (IOException e) {
      LOG.debug("closing simulator session {}: {}", id, e.getMessage());
    }
    sim.closed(this);
  }

  static String md5(String s) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
