package gov.hotline.telephony.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds one AMI block ({@code Name: value} lines ending with an empty line) in header order. */
final class SimBlock {
  private final StringBuilder text = new StringBuilder(256);

  static SimBlock event(String name) {
    return new SimBlock().h("Event", name);
  }

  static SimBlock response(String value, String actionId) {
    SimBlock b = new SimBlock().h("Response", value);
    return actionId == null ? b : b.h("ActionID", actionId);
  }

  SimBlock h(String name, Object value) {
    text.append(name).append(": ").append(value == null ? "" : value).append("\r\n");
    return this;
  }

  SimBlock all(Map<String, String> headers) {
    headers.forEach(this::h);
    return this;
  }

  String end() {
    return text + "\r\n";
  }

  /** Headers of a block's (first) message in order (first value wins for repeated names). */
  static Map<String, String> headers(String block) {
    Map<String, String> out = new LinkedHashMap<>();
    int pos = 0;
    int len = block.length();
    while (pos < len) {
      int eol = block.indexOf('\n', pos);
      int end = eol < 0 ? len : eol;
      String line =
          block.substring(pos, end > pos && block.charAt(end - 1) == '\r' ? end - 1 : end);
      if (line.isEmpty() && !out.isEmpty()) {
        // the end of the first message: a writer may send several at once (the ingestion bench
        // does)
        break;
      }
      int colon = line.indexOf(':');
      if (colon > 0) {
        String v = line.substring(colon + 1);
        out.putIfAbsent(line.substring(0, colon), v.startsWith(" ") ? v.substring(1) : v);
      }
      pos = end + 1;
    }
    return out;
  }
}
