package gov.hotline.reporting.adapter;

import gov.hotline.reporting.domain.ReportDocument;
import gov.hotline.reporting.domain.ReportDocument.Cell;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * XLSX workbook: one sheet per section, the title on top, a bold frozen heading row. Figures are
 * numeric cells so that Excel sums, sorts and charts them: counts as integers, rates as fractions
 * formatted {@code 0.0%}, durations as days formatted {@code [h]:mm:ss}, scores formatted {@code
 * 0.0}; an undefined figure stays the text "—" (or 无数据).
 */
public final class ReportXlsx {
  /** The number format of rates. */
  public static final String PERCENT = "0.0%";

  /** The number format of durations (Excel counts time in days). */
  public static final String DURATION = "[h]:mm:ss";

  /** The number format of scores. */
  public static final String DECIMAL = "0.0";

  private static final double SECONDS_PER_DAY = 86_400;

  private ReportXlsx() {}

  public static byte[] render(ReportDocument doc) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook wb = new Workbook(out, "12345 Hotline", "1.0");
      for (ReportDocument.Section s : doc.sections()) {
        Worksheet ws = wb.newWorksheet(s.title());
        ws.value(0, 0, doc.title());
        List<String> headings = s.headings();
        for (int c = 0; c < headings.size(); c++) {
          ws.value(1, c, headings.get(c));
        }
        ws.range(1, 0, 1, s.headings().size() - 1).style().bold().fillColor("F2F2F2").set();
        ws.freezePane(0, 2);
        int row = 2;
        for (List<Cell> cells : s.rows()) {
          write(ws, row++, cells);
        }
        for (int c = 0; c < s.headings().size(); c++) {
          ws.width(c, c <= 1 ? 24 : 14);
        }
      }
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void write(Worksheet ws, int row, List<Cell> cells) {
    for (int c = 0; c < cells.size(); c++) {
      Cell cell = cells.get(c);
      if (cell.kind() == ReportDocument.Kind.TEXT || cell.value() == null) {
        ws.value(row, c, cell.text());
        continue;
      }
      switch (cell.kind()) {
        case COUNT ->
            ws.value(
                row, c, Math.round(cell.value())); // counts as numbers, so that sums work in Excel
        case PERCENT -> {
          ws.value(row, c, cell.value());
          ws.style(row, c).format(PERCENT).set();
        }
        case DURATION -> {
          ws.value(row, c, cell.value() / SECONDS_PER_DAY);
          ws.style(row, c).format(DURATION).set();
        }
        case DECIMAL -> {
          ws.value(row, c, cell.value());
          ws.style(row, c).format(DECIMAL).set();
        }
        default -> ws.value(row, c, cell.text());
      }
    }
  }
}
