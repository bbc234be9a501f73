package gov.hotline.infra.db.telephony;

import gov.hotline.telephony.domain.AmiMessage;
import gov.hotline.telephony.domain.EventTimes;
import gov.hotline.telephony.domain.ReceivedMessage;
import java.time.Instant;

/**
 * Rows of {@code telephony.ami_event} in PostgreSQL's COPY text format: tab-separated columns,
 * {@code \N} for null, backslash escapes for backslash, tab, CR and LF. PostgreSQL text cannot hold
 * NUL: a stray NUL byte from the wire becomes U+FFFD in the log.
 */
final class CopyText {
  private CopyText() {}

  static void row(StringBuilder out, ReceivedMessage rm, short flags) {
    AmiMessage m = rm.message();
    text(out, rm.serverId()).append('\t');
    out.append(rm.receivedAt()).append('\t');
    out.append(rm.sessionId()).append('\t');
    out.append(rm.seq()).append('\t');
    out.append(m.kind().name()).append('\t');
    text(out, m.name()).append('\t');
    text(out, m.get("Linkedid")).append('\t');
    text(out, m.get("Uniqueid")).append('\t');
    Instant at = EventTimes.timestamp(m);
    if (at == null) {
      out.append("\\N");
    } else {
      out.append(at);
    }
    out.append('\t').append(flags).append('\t');
    text(out, m.raw()).append('\n');
  }

  static StringBuilder text(StringBuilder out, String s) {
    if (s == null) {
      return out.append("\\N");
    }
    // copy runs of plain characters at once: character-wise appends were a quarter of the ingestion
    // thread
    int n = s.length();
    int run = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == '\\' || c == '\t' || c == '\n' || c == '\r' || c == '\0') {
        out.append(s, run, i);
        switch (c) {
          case '\\' -> out.append("\\\\");
          case '\t' -> out.append("\\t");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          default -> out.append('\uFFFD');
        }
        run = i + 1;
      }
    }
    return out.append(s, run, n);
  }
}
