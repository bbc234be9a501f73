package gov.hotline.telephony.simulator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The demo's Asterisk side of the satisfaction survey: after a simulated answered call it connects
 * to the platform's FastAGI port as {@code AGI(agi://host:port/hotline-survey?callid=…)} would, and
 * the simulated caller presses a key (or stays silent). Blocking; run it on a thread of its own.
 */
public final class SimSurveyCaller {
  private SimSurveyCaller() {}

  /**
   * Runs one survey for {@code callId}; {@code key} null means the caller stays silent. Returns
   * whether the platform asked the question; a connection that fails is simply no survey (this is a
   * demo).
   */
  public static boolean survey(
      String host, int port, String script, String callId, String callerNumber, String key) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(host, port), 2000);
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
      String url = script + "?callid=" + callId;
      write(
          out,
          "agi_network: yes\nagi_network_script: "
              + url
              + "\nagi_request: agi://"
              + host
              + ":"
              + port
              + "/"
              + url
              + "\nagi_channel: PJSIP/trunk-sim\nagi_uniqueid: "
              + callId
              + "\nagi_callerid: "
              + callerNumber
              + "\nagi_context: from-trunk\nagi_extension: 12345\n\n");
      boolean asked = false;
      for (String command = in.readLine(); command != null; command = in.readLine()) {
        if (command.startsWith("GET DATA")) {
          asked = true;
          write(out, key == null ? "200 result= (timeout)\n" : "200 result=" + key + "\n");
        } else if (command.startsWith("STREAM FILE")) {
          write(out, "200 result=0 endpos=16000\n");
        } else {
          write(out, "200 result=1\n");
        }
      }
      return asked;
    } catch (IOException e) {
      return false;
    }
  }

  private static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
