package gov.hotline.telephony.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One message as Asterisk sent it on the AMI socket (事件原文): the raw text exactly as received, and
 * its headers in order. Parsing never fails: lines without a {@code "Name: value"} shape are kept
 * in {@link #raw()} and counted in {@link #malformedLines()}, a message with neither {@code Event}
 * nor {@code Response} is {@link Kind#MALFORMED}, and a message cut off by a disconnect is {@link
 * Kind#PARTIAL}. Header names compare case-insensitively, as in AMI.
 *
 * <p>Headers are kept as positions in the raw text, not as strings: a message has some twenty
 * headers and ingestion reads three or four of them, at tens of thousands of messages a second. A
 * value becomes a string when asked for.
 */
public final class AmiMessage {
  /** What kind of message it is. */
  public enum Kind {
    EVENT,
    RESPONSE,
    BANNER,
    MALFORMED,
    PARTIAL
  }

  /** A header value above this many characters counts as oversize (it is still kept raw). */
  public static final int OVERSIZE_VALUE = 8 * 1024;

  private final Kind kind;
  private final String name;

  /** Per header: start and end of its name, start and end of its value, in {@link #raw}. */
  private final int[] spans;

  private final int headers;
  private final int malformedLines;
  private final boolean oversize;
  private final boolean truncated;
  private final String raw;

  private AmiMessage(
      Kind kind,
      String name,
      int[] spans,
      int headers,
      int malformedLines,
      boolean oversize,
      boolean truncated,
      String raw) {
    this.kind = kind;
    this.name = name;
    this.spans = spans;
    this.headers = headers;
    this.malformedLines = malformedLines;
    this.oversize = oversize;
    this.truncated = truncated;
    this.raw = raw;
  }

  /**
   * Parses a complete message (lines separated by CRLF or LF, the terminating empty line optional).
   */
  public static AmiMessage parse(String raw) {
    return parse(raw, false, false);
  }

  /** Parses a message; {@code truncated} says the receiver cut it at its size limit. */
  public static AmiMessage parse(String raw, boolean truncated) {
    return parse(raw, truncated, false);
  }

  /** Parses what was left in the buffer when the connection dropped: kept raw, never folded. */
  public static AmiMessage partial(String raw) {
    return parse(raw, false, true);
  }

  private static AmiMessage parse(String raw, boolean truncated, boolean partial) {
    Objects.requireNonNull(raw);
    int[] spans = new int[32 * 4];
    int n = 0;
    int malformed = 0;
    boolean oversize = false;
    int pos = 0;
    int len = raw.length();
    while (pos < len) {
      int eol = raw.indexOf('\n', pos);
      int end = eol < 0 ? len : eol;
      int lineEnd = end > pos && raw.charAt(end - 1) == '\r' ? end - 1 : end;
      if (lineEnd > pos) {
        int colon = raw.indexOf(':', pos);
        if (colon > pos && colon < lineEnd) {
          int valueStart =
              colon + 1 < lineEnd && raw.charAt(colon + 1) == ' ' ? colon + 2 : colon + 1;
          if (n * 4 == spans.length) {
            spans = Arrays.copyOf(spans, spans.length * 2);
          }
          spans[n * 4] = pos;
          spans[n * 4 + 1] = colon;
          spans[n * 4 + 2] = valueStart;
          spans[n * 4 + 3] = lineEnd;
          n++;
          oversize |= lineEnd - valueStart > OVERSIZE_VALUE;
        } else {
          malformed++;
        }
      }
      pos = end + 1;
    }
    String event = first(raw, spans, n, "Event");
    String response = first(raw, spans, n, "Response");
    Kind kind;
    String name;
    if (partial) {
      kind = Kind.PARTIAL;
      name = event != null ? event : response;
    } else if (n == 0 && raw.startsWith("Asterisk Call Manager/")) {
      kind = Kind.BANNER;
      name = raw.strip();
      malformed = 0;
    } else if (event != null && !event.isEmpty()) {
      kind = Kind.EVENT;
      name = event;
    } else if (response != null) {
      kind = Kind.RESPONSE;
      name = response;
    } else {
      kind = Kind.MALFORMED;
      name = null;
    }
    return new AmiMessage(kind, name, spans, n, malformed, oversize, truncated, raw);
  }

  private static int indexOf(String raw, int[] spans, int n, String key, int from) {
    int k = key.length();
    for (int i = from; i < n; i++) {
      int start = spans[i * 4];
      if (spans[i * 4 + 1] - start == k && raw.regionMatches(true, start, key, 0, k)) {
        return i;
      }
    }
    return -1;
  }

  private static String first(String raw, int[] spans, int n, String key) {
    int i = indexOf(raw, spans, n, key, 0);
    return i < 0 ? null : raw.substring(spans[i * 4 + 2], spans[i * 4 + 3]);
  }

  public Kind kind() {
    return kind;
  }

  /**
   * The event name ({@code Event:}), or the response value ({@code Response:}); null when there is
   * neither.
   */
  public String name() {
    return name;
  }

  public boolean isEvent(String eventName) {
    return kind == Kind.EVENT && eventName.equalsIgnoreCase(name);
  }

  /** The first value of a header, or null. */
  public String get(String key) {
    return first(raw, spans, headers, key);
  }

  /** The first value of a header, or {@code def} when absent or empty. */
  public String get(String key, String def) {
    String v = get(key);
    return v == null || v.isEmpty() ? def : v;
  }

  /** Every value of a repeated header, in order. */
  public List<String> all(String key) {
    List<String> out = new ArrayList<>(2);
    for (int i = indexOf(raw, spans, headers, key, 0);
        i >= 0;
        i = indexOf(raw, spans, headers, key, i + 1)) {
      out.add(raw.substring(spans[i * 4 + 2], spans[i * 4 + 3]));
    }
    return out;
  }

  /** Header names in order (duplicates kept). */
  public List<String> keys() {
    List<String> out = new ArrayList<>(headers);
    for (int i = 0; i < headers; i++) {
      out.add(raw.substring(spans[i * 4], spans[i * 4 + 1]));
    }
    return List.copyOf(out);
  }

  public String actionId() {
    return get("ActionID");
  }

  public String raw() {
    return raw;
  }

  public int malformedLines() {
    return malformedLines;
  }

  /** True when a header value is longer than {@link #OVERSIZE_VALUE}. */
  public boolean oversize() {
    return oversize;
  }

  /** True when the receiver cut the raw text at its size limit. */
  public boolean truncated() {
    return truncated;
  }

  @Override
  public String toString() {
    return kind + (name == null ? "" : ":" + name) + "(" + headers + " headers)";
  }
}
