package gov.hotline.reporting.adapter;

import gov.hotline.reporting.domain.ReportDocument;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV (UTF-8 with a byte-order mark so that Excel opens Chinese correctly); one block per section.
 */
public final class ReportCsv {
  private ReportCsv() {}

  public static byte[] render(ReportDocument doc) {
    StringBuilder sb = new StringBuilder("\uFEFF").append(escape(doc.title())).append("\r\n");
    for (ReportDocument.Section s : doc.sections()) {
      sb.append("\r\n").append(escape(s.title())).append("\r\n");
      line(sb, s.headings());
      s.rows().forEach(row -> line(sb, row.stream().map(ReportDocument.Cell::text).toList()));
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder sb, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(escape(cells.get(i)));
    }
    sb.append("\r\n");
  }

  private static String escape(String v) {
    String s = v == null ? "" : v;
    // a leading = + - @ would be run as a formula by spreadsheets (CSV injection)
    if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?[0-9.]+%?")) {
      s = "'" + s;
    }
    return s.contains(",") || s.contains("\"") || s.contains("\n")
        ? "\"" + s.replace("\"", "\"\"") + "\""
        : s;
  }
}
