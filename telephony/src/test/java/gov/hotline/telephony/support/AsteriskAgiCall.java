package gov.hotline.telephony.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Asterisk's side of one FastAGI call, scripted: connects as {@code AGI(agi://127.0.0.1:port/...)}
 * does, sends the {@code agi_*} environment and a blank line, then reads every command the script
 * sends and answers it as Asterisk would. {@code GET DATA} consumes the caller's next action: a key
 * ({@code 200 result=1}), silence ({@code 200 result= (timeout)}), hanging up ({@code HANGUP} then
 * {@code 511 result=-1} for this and every later command) or the connection dropping (the socket is
 * closed without a word). Other commands succeed ({@code STREAM FILE} → {@code 200 result=0
 * endpos=…}, the rest {@code 200 result=1}).
 */
public final class AsteriskAgiCall {
  /** What the caller does when the script waits for a key. */
  public sealed interface Action {}

  public record Key(String digits) implements Action {}

  public record Silence() implements Action {}

  public record HangUp() implements Action {}

  public record Drop() implements Action {}

  private final int port;
  private final Map<String, String> env = new LinkedHashMap<>();
  private final Deque<Action> actions = new ArrayDeque<>();

  private AsteriskAgiCall(int port, String script) {
    this.port = port;
    env.put("agi_network", "yes");
    env.put("agi_network_script", script);
    env.put("agi_request", "agi://127.0.0.1:" + port + "/" + script);
    env.put("agi_channel", "PJSIP/trunk-00000001");
    env.put("agi_language", "zh");
    env.put("agi_type", "PJSIP");
    env.put("agi_uniqueid", "1795290000.1");
    env.put("agi_version", "GIT-main-cfcf5efb1");
    env.put("agi_callerid", "13800138000");
    env.put("agi_calleridname", "Citizen 13800138000");
    env.put("agi_callingpres", "0");
    env.put("agi_callingani2", "0");
    env.put("agi_callington", "0");
    env.put("agi_callingtns", "0");
    env.put("agi_dnid", "12345");
    env.put("agi_rdnis", "unknown");
    env.put("agi_context", "from-trunk");
    env.put("agi_extension", "12345");
    env.put("agi_priority", "11");
    env.put("agi_enhanced", "0.0");
    env.put("agi_accountcode", "");
    env.put("agi_threadid", "140234567890");
  }

  /**
   * A call running {@code script} (the part of the AGI URL after the port, with its {@code
   * ?parameters}).
   */
  public static AsteriskAgiCall to(int port, String script) {
    return new AsteriskAgiCall(port, script);
  }

  public AsteriskAgiCall uniqueid(String uniqueid) {
    env.put("agi_uniqueid", uniqueid);
    return this;
  }

  /** {@code agi_arg_1} …: the arguments after the URL in {@code AGI(url,arg1,arg2)}. */
  public AsteriskAgiCall arguments(String... args) {
    for (int i = 0; i < args.length; i++) {
      env.put("agi_arg_" + (i + 1), args[i]);
    }
    return this;
  }

  public AsteriskAgiCall pressing(String digits) {
    actions.add(new Key(digits));
    return this;
  }

  public AsteriskAgiCall silent() {
    actions.add(new Silence());
    return this;
  }

  public AsteriskAgiCall hangingUp() {
    actions.add(new HangUp());
    return this;
  }

  public AsteriskAgiCall dropping() {
    actions.add(new Drop());
    return this;
  }

  /**
   * Runs the call until the script closes the connection; returns the commands it sent, in order.
   */
  public List<String> run() {
    List<String> commands = new ArrayList<>();
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      socket.setSoTimeout(30_000); // a script that neither talks nor hangs up fails the test
      OutputStream out = socket.getOutputStream();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      StringBuilder head = new StringBuilder();
      env.forEach((k, v) -> head.append(k).append(": ").append(v).append('\n'));
      write(out, head.append('\n').toString());
      boolean dead = false;
      for (String command = in.readLine(); command != null; command = in.readLine()) {
        commands.add(command);
        if (dead) {
          write(out, "511 result=-1\n");
          continue;
        }
        String reply = reply(command);
        if (reply == null) {
          return commands; // the connection drops: Asterisk is gone
        }
        dead = reply.startsWith("HANGUP");
        write(out, reply);
      }
      return commands;
    } catch (IOException e) {
      throw new UncheckedIOException("FastAGI call failed after " + commands, e);
    }
  }

  private String reply(String command) {
    if (command.startsWith("GET DATA")) {
      Action next = actions.isEmpty() ? new Silence() : actions.poll();
      return switch (next) {
        case Key k -> "200 result=" + k.digits() + "\n";
        case Silence s -> "200 result= (timeout)\n";
        case HangUp h -> "HANGUP\n511 result=-1\n";
        case Drop d -> null;
      };
    }
    if (command.startsWith("STREAM FILE")) {
      return "200 result=0 endpos=16000\n";
    }
    return "200 result=1\n";
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
