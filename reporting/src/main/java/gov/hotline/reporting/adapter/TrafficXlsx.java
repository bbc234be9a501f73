package gov.hotline.reporting.adapter;

import gov.hotline.reporting.domain.TrafficReport;
import gov.hotline.reporting.service.TrafficTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** XLSX workbook: one sheet per section, bold frozen heading row. */
public final class TrafficXlsx {
  private TrafficXlsx() {
  }

  public static byte[] render(TrafficReport r) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook wb = new Workbook(out, "12345 Hotline", "1.0");
      for (TrafficTable.Section s : TrafficTable.sections(r)) {
        Worksheet ws = wb.newWorksheet(s.title());
        ws.value(0, 0, r.period().title());
        write(ws, 1, s.headings());
        ws.range(1, 0, 1, s.headings().size() - 1).style().bold().fillColor("F2F2F2").set();
        ws.freezePane(0, 2);
        int row = 2;
        for (List<String> cells : s.rows()) {
          write(ws, row++, cells);
        }
        for (int c = 0; c < s.headings().size(); c++) {
          ws.width(c, c == 0 ? 24 : 14);
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
      if (v.matches("\\d+")) {
        ws.value(row, c, Long.parseLong(v)); // counts as numbers, so that sums work in Excel
      } else {
        ws.value(row, c, v);
      }
    }
  }
}
