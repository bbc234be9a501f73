package gov.hotline.telephony.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One message as Asterisk sent it on the AMI socket (事件原文): the raw text exactly as received, and its headers in
 * order. Parsing never fails: lines without a {@code "Name: value"} shape are kept in {@link #raw()} and counted in
 * {@link #malformedLines()}, a message with neither {@code Event} nor {@code Response} is {@link Kind#MALFORMED}, and
 * a message cut off by a disconnect is {@link Kind#PARTIAL}. Header names compare case-insensitively, as in AMI.
 */
public final class AmiMessage {
  /** What kind of message it is. */
  public enum Kind { EVENT, RESPONSE, BANNER, MALFORMED, PARTIAL }

  /** A header value above this many characters counts as oversize (it is still kept raw). */
  public static final int OVERSIZE_VALUE = 8 * 1024;

  private final Kind kind;
  private final String name;
  private final String[] keys;
  private final String[] values;
  private final int malformedLines;
  private final boolean oversize;
  private final boolean truncated;
  private final String raw;

  private AmiMessage(Kind kind, String name, String[] keys, String[] values, int malformedLines, boolean oversize,
                     boolean truncated, String raw) {
    this.kind = kind;
    this.name = name;
    this.keys = keys;
    this.values = values;
    this.malformedLines = malformedLines;
    this.oversize = oversize;
    this.truncated = truncated;
    this.raw = raw;
  }

  /** Parses a complete message (lines separated by CRLF or LF, the terminating empty line optional). */
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
    List<String> ks = new ArrayList<>(24);
    List<String> vs = new ArrayList<>(24);
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
          int valueStart = colon + 1 < lineEnd && raw.charAt(colon + 1) == ' ' ? colon + 2 : colon + 1;
          ks.add(raw.substring(pos, colon));
          vs.add(raw.substring(valueStart, lineEnd));
          oversize |= lineEnd - valueStart > OVERSIZE_VALUE;
        } else {
          malformed++;
        }
      }
      pos = end + 1;
    }
    String[] keys = ks.toArray(String[]::new);
    String[] values = vs.toArray(String[]::new);
    String event = first(keys, values, "Event");
    String response = first(keys, values, "Response");
    Kind kind;
    String name;
    if (partial) {
      kind = Kind.PARTIAL;
      name = event != null ? event : response;
    } else if (keys.length == 0 && raw.startsWith("Asterisk Call Manager/")) {
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
    return new AmiMessage(kind, name, keys, values, malformed, oversize, truncated, raw);
  }

  private static String first(String[] keys, String[] values, String key) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equalsIgnoreCase(key)) {
        return values[i];
      }
    }
    return null;
  }

  public Kind kind() {
    return kind;
  }

  /** The event name ({@code Event:}), or the response value ({@code Response:}); null when there is neither. */
  public String name() {
    return name;
  }

  public boolean isEvent(String eventName) {
    return kind == Kind.EVENT && eventName.equalsIgnoreCase(name);
  }

  /** The first value of a header, or null. */
  public String get(String key) {
    return first(keys, values, key);
  }

  /** The first value of a header, or {@code def} when absent or empty. */
  public String get(String key, String def) {
    String v = get(key);
    return v == null || v.isEmpty() ? def : v;
  }

  /** Every value of a repeated header, in order. */
  public List<String> all(String key) {
    List<String> out = new ArrayList<>(2);
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equalsIgnoreCase(key)) {
        out.add(values[i]);
      }
    }
    return out;
  }

  /** Header names in order (duplicates kept). */
  public List<String> keys() {
    return List.of(keys);
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
    return kind + (name == null ? "" : ":" + name) + "(" + keys.length + " headers)";
  }
}
