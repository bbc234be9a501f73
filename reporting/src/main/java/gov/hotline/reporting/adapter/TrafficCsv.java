package gov.hotline.reporting.adapter;

import gov.hotline.reporting.domain.TrafficReport;
import gov.hotline.reporting.service.TrafficTable;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** CSV (UTF-8 with a byte-order mark so that Excel opens Chinese correctly); one block per section. */
public final class TrafficCsv {
  private TrafficCsv() {
  }

  public static byte[] render(TrafficReport r) {
    StringBuilder sb = new StringBuilder("\uFEFF");
    sb.append(escape(r.period().title().replace(r.period().kind().label(), "话务" + r.period().kind().label())))
        .append("\r\n");
    for (TrafficTable.Section s : TrafficTable.sections(r)) {
      sb.append("\r\n").append(escape(s.title())).append("\r\n");
      line(sb, s.headings());
      s.rows().forEach(row -> line(sb, row));
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
    // a leading = + - @ would be run as a formula by spreadsheets
    if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?[0-9.]+%?")) {
      s = "'" + s;
    }
    return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
