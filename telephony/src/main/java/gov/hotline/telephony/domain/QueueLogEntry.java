package gov.hotline.telephony.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One line of Asterisk's queue_log: {@code epoch|callid|queue|agent|event|data1|data2|…}. {@code
 * callid} is the Uniqueid of the caller's channel in the queue (or {@code NONE}/{@code MANAGER} for
 * member events), {@code agent} the member name (or the interface for ADDMEMBER/REMOVEMEMBER).
 */
public record QueueLogEntry(
    Instant at, String callId, String queue, String agent, String event, List<String> data) {

  /** Parses a line; blank or broken lines give empty. */
  public static Optional<QueueLogEntry> parse(String line) {
    if (line == null || line.isBlank()) {
      return Optional.empty();
    }
    String[] p = line.strip().split("\\|", -1);
    if (p.length < 5) {
      return Optional.empty();
    }
    try {
      Instant at = Instant.ofEpochSecond(Long.parseLong(p[0].trim()));
      return Optional.of(
          new QueueLogEntry(
              at, p[1], p[2], p[3], p[4], List.of(Arrays.copyOfRange(p, 5, p.length))));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The n-th data field (1-based), or null. */
  public String data(int n) {
    return n >= 1 && n <= data.size() ? data.get(n - 1) : null;
  }

  public Integer intData(int n) {
    String v = data(n);
    try {
      return v == null || v.isBlank() ? null : Integer.valueOf(v.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** True for lines about one call (not member log-ins, pauses …). */
  public boolean isCallEvent() {
    return !callId.isEmpty()
        && !"NONE".equals(callId)
        && !"MANAGER".equals(callId)
        && !"REALTIME".equals(callId);
  }
}
