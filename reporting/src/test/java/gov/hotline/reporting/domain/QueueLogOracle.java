package gov.hotline.reporting.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The independent oracle: Asterisk's own queue_log read line by line
 * (time|callid|queue|agent|event|data…) into call facts. ENTERQUEUE = offered; CONNECT = answered
 * with HoldTime as wait; ABANDON / EXITWITHTIMEOUT / EXITEMPTY = not answered with their wait;
 * COMPLETECALLER / COMPLETEAGENT / (BLIND|ATTENDED)TRANSFER give the talk time.
 */
public final class QueueLogOracle {
  private QueueLogOracle() {}

  private static final class Call {
    String id;
    String queue;
    String agent;
    Instant entered;
    boolean answered;
    long waitSeconds;
    long talkSeconds;
  }

  public static List<CallFact> read(String fixture) {
    Map<String, Call> calls = new LinkedHashMap<>();
    for (String line : lines(fixture)) {
      String[] f = line.split("\\|", -1);
      if (f.length < 5 || "NONE".equals(f[1]) || "MANAGER".equals(f[1])) {
        continue; // member events (PAUSE, ADDMEMBER …) are not calls
      }
      Call c = calls.computeIfAbsent(f[1], id -> new Call());
      c.id = f[1];
      c.queue = f[2];
      switch (f[4]) {
        case "ENTERQUEUE" -> c.entered = Instant.ofEpochSecond(Long.parseLong(f[0]));
        case "CONNECT" -> {
          c.answered = true;
          c.agent = f[3];
          c.waitSeconds = Long.parseLong(f[5]);
        }
        case "ABANDON", "EXITWITHTIMEOUT", "EXITEMPTY" -> c.waitSeconds = Long.parseLong(f[7]);
        case "COMPLETECALLER", "COMPLETEAGENT" -> c.talkSeconds = Long.parseLong(f[6]);
        case "BLINDTRANSFER", "ATTENDEDTRANSFER" -> c.talkSeconds = Long.parseLong(f[8]);
        default -> {}
      }
    }
    List<CallFact> out = new ArrayList<>();
    for (Call c : calls.values()) {
      out.add(
          new CallFact(
              c.id,
              c.queue,
              c.agent,
              c.entered,
              c.answered,
              c.waitSeconds * 1000,
              c.talkSeconds * 1000,
              0,
              0,
              false,
              null));
    }
    return out;
  }

  private static List<String> lines(String fixture) {
    try (InputStream in =
        QueueLogOracle.class.getResourceAsStream("/fixtures/ami/" + fixture + ".queue_log")) {
      if (in == null) {
        throw new IllegalArgumentException("no queue_log for " + fixture);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank())
          .toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
