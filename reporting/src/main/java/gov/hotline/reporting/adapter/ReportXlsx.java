package gov.hotline.reporting.adapter;

import gov.hotline.reporting.domain.ReportDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** XLSX workbook: one sheet per section, the title on top, a bold frozen heading row, counts as numbers. */
public final class ReportXlsx {
  private ReportXlsx() {
  }

  public static byte[] render(ReportDocument doc) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook wb = new Workbook(out, "12345 Hotline", "1.0");
      for (ReportDocument.Section s : doc.sections()) {
        Worksheet ws = wb.newWorksheet(s.title());
        ws.value(0, 0, doc.title());
        write(ws, 1, s.headings());
        ws.range(1, 0, 1, s.headings().size() - 1).style().bold().fillColor("F2F2F2").set();
        ws.freezePane(0, 2);
        int row = 2;
        for (List<String> cells : s.rows()) {
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

  private static void write(Worksheet ws, int row, List<String> cells) {
    for (int c = 0; c < cells.size(); c++) {
      String v = cells.get(c);
      if (v.matches("\\d{1,15}")) {
        ws.value(row, c, Long.parseLong(v)); // counts as numbers, so that sums work in Excel
      } else {
        ws.value(row, c, v);
      }
    }
  }
}
