package gov.hotline.bench;

import gov.hotline.telephony.simulator.AmiTranscript;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The events of a real AMI capture (the 300-call load run, {@code load.ami}) as templates that can
 * be played again and again as new calls: loop {@code k} moves every Uniqueid/Linkedid (and
 * wherever those ids reappear: file names, call ids) {@code k × 1000} seconds on, so each loop's
 * calls are new to the platform. Every event gets a {@code Timestamp} header (Asterisk's {@code
 * timestampevents = yes}) carrying the bench's send time: the server stores it as {@code event_at},
 * which is how the bench tells which events are persisted.
 */
final class AmiLoadTemplate {
  private static final Set<String> LOGIN_EVENTS = Set.of("FullyBooted", "SuccessfulAuth");
  private static final Pattern ID_HEADER =
      Pattern.compile(
          "(?m)^(?:Uniqueid|Linkedid|DestUniqueid|DestLinkedid|UniqueID): (\\d+\\.\\d+)\r\n");
  private static final String STAMP = "\u0000";

  /** One piece of an event: literal text, an id to move by the loop number, or the timestamp. */
  private record Part(String text, long epoch, String counter) {}

  private final List<Part[]> events;
  private final int[] callsBefore;
  private final long bytes;

  private AmiLoadTemplate(List<Part[]> events, int[] callsBefore, long bytes) {
    this.events = events;
    this.callsBefore = callsBefore;
    this.bytes = bytes;
  }

  static AmiLoadTemplate read(Path transcript) {
    List<String> texts = new ArrayList<>();
    for (AmiTranscript.Block b : AmiTranscript.read(transcript).events()) {
      String event = b.header("Event");
      if (event != null && !LOGIN_EVENTS.contains(event) && b.header("Timestamp") == null) {
        texts.add(b.text());
      }
    }
    Set<String> ids = new LinkedHashSet<>();
    for (String t : texts) {
      Matcher m = ID_HEADER.matcher(t);
      while (m.find()) {
        ids.add(m.group(1));
      }
    }
    Pattern anyId =
        Pattern.compile(
            "(?<![0-9.])("
                + ids.stream()
                    .sorted((a, b) -> b.length() - a.length())
                    .map(Pattern::quote)
                    .collect(Collectors.joining("|"))
                + ")(?![0-9])");
    List<Part[]> events = new ArrayList<>(texts.size());
    int[] callsBefore = new int[texts.size() + 1];
    Set<String> calls = new HashSet<>();
    long bytes = 0;
    for (int i = 0; i < texts.size(); i++) {
      String t = withStampSlot(texts.get(i));
      events.add(parts(t, anyId));
      bytes += texts.get(i).length() + 30;
      callsBefore[i + 1] = callsBefore[i];
      if ("Newchannel".equals(header(t, "Event")) && calls.add(header(t, "Linkedid"))) {
        callsBefore[i + 1]++;
      }
    }
    return new AmiLoadTemplate(List.copyOf(events), callsBefore, bytes);
  }

  /**
   * A {@code Timestamp} header right after {@code Privilege}, where Asterisk puts it (else after
   * the first line).
   */
  private static String withStampSlot(String text) {
    int privilege = text.indexOf("\r\nPrivilege:");
    int at = privilege >= 0 ? text.indexOf("\r\n", privilege + 2) + 2 : text.indexOf("\r\n") + 2;
    return text.substring(0, at) + "Timestamp: " + STAMP + "\r\n" + text.substring(at);
  }

  private static Part[] parts(String text, Pattern anyId) {
    List<Part> out = new ArrayList<>();
    Matcher m = anyId.matcher(text);
    int pos = 0;
    while (m.find()) {
      literal(text.substring(pos, m.start()), out);
      String id = m.group(1);
      int dot = id.indexOf('.');
      out.add(new Part(null, Long.parseLong(id.substring(0, dot)), id.substring(dot)));
      pos = m.end();
    }
    literal(text.substring(pos), out);
    return out.toArray(Part[]::new);
  }

  private static void literal(String s, List<Part> out) {
    int stamp = s.indexOf(STAMP);
    if (stamp < 0) {
      out.add(new Part(s, 0, null));
      return;
    }
    out.add(new Part(s.substring(0, stamp), 0, null));
    out.add(new Part(null, -1, null));
    out.add(new Part(s.substring(stamp + 1), 0, null));
  }

  private static String header(String text, String name) {
    Matcher m = Pattern.compile("(?m)^" + name + ": ([^\r\n]*)").matcher(text);
    return m.find() ? m.group(1) : null;
  }

  /** Events per loop. */
  int size() {
    return events.size();
  }

  /** Average event size on the wire, in bytes (with the Timestamp header). */
  double averageBytes() {
    return (double) bytes / events.size();
  }

  /** Calls begun by the first {@code n} events (over as many loops as that takes). */
  long callsIn(long n) {
    long loops = n / events.size();
    return loops * callsBefore[events.size()] + callsBefore[(int) (n % events.size())];
  }

  /**
   * Appends event number {@code n} (loop {@code n / size()}) with the given Timestamp in epoch
   * microseconds.
   */
  void render(long n, long stampMicros, StringBuilder out) {
    long shift = (n / events.size()) * 1000;
    for (Part p : events.get((int) (n % events.size()))) {
      if (p.text() != null) {
        out.append(p.text());
      } else if (p.epoch() < 0) {
        out.append(stampMicros / 1_000_000).append('.');
        String micros = Long.toString(stampMicros % 1_000_000);
        out.append("000000", 0, 6 - micros.length()).append(micros);
      } else {
        out.append(p.epoch() + shift).append(p.counter());
      }
    }
  }
}
