package gov.hotline.reporting.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.PeriodKind;
import gov.hotline.reporting.domain.QueueLogOracle;
import gov.hotline.reporting.domain.ReportSettings;
import gov.hotline.reporting.domain.TrafficReport;
import gov.hotline.reporting.service.TrafficDocument;
import gov.hotline.reporting.service.TrafficReports;
import gov.hotline.reporting.service.TrafficSlices;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The traffic workbook read back with Apache POI: rates and durations are numeric cells with a
 * number format (so that Excel sums, sorts and charts them), not text. The load fixture (300 calls,
 * 49 answered on 2026-11-22).
 */
class ReportXlsxCellsTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Period DAY = Period.of(PeriodKind.DAY, LocalDate.of(2026, 11, 22), SHANGHAI);

  private static TrafficReport report() {
    return new TrafficReports(ReportSettings.DEFAULT)
        .build(DAY, TrafficSlices.of(QueueLogOracle.read("load"), SHANGHAI));
  }

  private static int column(Row headings, String name) {
    for (Cell c : headings) {
      if (c.getStringCellValue().equals(name)) {
        return c.getColumnIndex();
      }
    }
    throw new AssertionError("no column " + name);
  }

  @Test
  void ratesAndDurationsAreNumbersWithANumberFormat() throws Exception {
    TrafficReport r = report();
    byte[] xlsx = ReportXlsx.render(TrafficDocument.of(r));

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = wb.getSheet("汇总");
      Row headings = sheet.getRow(1);
      Row totals = sheet.getRow(2);
      DataFormatter shown = new DataFormatter();

      Cell offered = totals.getCell(column(headings, "呼入总数"));
      assertThat(offered.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(offered.getNumericCellValue()).isEqualTo(300);

      Cell abandonRate = totals.getCell(column(headings, "呼损率"));
      assertThat(abandonRate.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(abandonRate.getNumericCellValue()).isEqualTo(251 / 300.0);
      assertThat(abandonRate.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
      assertThat(shown.formatCellValue(abandonRate)).isEqualTo("83.7%");

      Cell answerRate = totals.getCell(column(headings, "接通率"));
      assertThat(answerRate.getNumericCellValue()).isEqualTo(49 / 300.0);

      Cell asa = totals.getCell(column(headings, "平均应答时长"));
      assertThat(asa.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(asa.getCellStyle().getDataFormatString()).isEqualTo("[h]:mm:ss");
      assertThat(asa.getNumericCellValue() * 86_400)
          .isCloseTo(r.totals().asaSeconds(), Offset.offset(1e-6));

      Cell longest = totals.getCell(column(headings, "最长等待"));
      assertThat(longest.getNumericCellValue() * 86_400)
          .isCloseTo(r.totals().longestWaitSeconds(), Offset.offset(1e-6));

      // an hour nobody called has no rate: the cell says so in text instead of a made-up zero
      Sheet hours = wb.getSheet("分时段");
      int offeredCol = column(hours.getRow(1), "呼入总数");
      Row quiet = null;
      for (int i = 2; i <= hours.getLastRowNum() && quiet == null; i++) {
        if (hours.getRow(i).getCell(offeredCol).getNumericCellValue() == 0) {
          quiet = hours.getRow(i);
        }
      }
      assertThat(quiet).as("an hour without calls in the fixture").isNotNull();
      Cell noRate = quiet.getCell(column(hours.getRow(1), "呼损率"));
      assertThat(noRate.getCellType()).isEqualTo(CellType.STRING);
      assertThat(noRate.getStringCellValue()).isEqualTo("—");
    }
  }
}
