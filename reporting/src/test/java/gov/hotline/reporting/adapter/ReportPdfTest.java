package gov.hotline.reporting.adapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.PeriodKind;
import gov.hotline.reporting.domain.QueueLogOracle;
import gov.hotline.reporting.domain.ReportDocument;
import gov.hotline.reporting.domain.ReportFormat;
import gov.hotline.reporting.domain.ReportSettings;
import gov.hotline.reporting.service.TrafficDocument;
import gov.hotline.reporting.service.TrafficReports;
import gov.hotline.reporting.service.TrafficSlices;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The traffic report as PDF, read back with PDFBox: a PDF file, paginated, headed with the
 * hotline's name on every page, its Chinese text extractable (the font is embedded). Needs the CJK
 * font of Debian's fonts-droid-fallback, which .ci/run installs; a machine without it fails here
 * with the message that says what to install.
 */
class ReportPdfTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Period DAY = Period.of(PeriodKind.DAY, LocalDate.of(2026, 11, 22), SHANGHAI);
  private static final Instant AT = Instant.parse("2026-11-23T01:00:00Z");

  private static byte[] pdf() {
    var doc =
        TrafficDocument.of(
            new TrafficReports(ReportSettings.DEFAULT)
                .build(DAY, TrafficSlices.of(QueueLogOracle.read("load"), SHANGHAI)));
    return new DocumentRenderer(Clock.fixed(AT, SHANGHAI)).render(doc, ReportFormat.PDF);
  }

  @Test
  void theFontIsOnThisMachine() {
    ReportPdf pdf = ReportPdf.withDefaultFont();
    assertThat(Files.isReadable(pdf.font()))
        .as("CJK font %s (apt-get install fonts-droid-fallback)", pdf.font())
        .isTrue();
  }

  @Test
  void aPdfWithPagesHeadedByTheHotlineAndExtractableChineseText() throws Exception {
    byte[] bytes = pdf();
    Files.createDirectories(Path.of("target"));
    Files.write(
        Path.of("target/report-sample.pdf"),
        bytes); // to look at: pdftoppm -png target/report-sample.pdf

    assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument d = Loader.loadPDF(bytes)) {
      assertThat(d.getNumberOfPages()).isGreaterThan(1);
      String all = new PDFTextStripper().getText(d);
      assertThat(all)
          .contains("2026年11月22日 话务日报")
          .contains("呼入总数")
          .contains("呼损率")
          .contains("83.7%")
          .contains("分时段")
          .contains("合同考核指标")
          .contains("未达标")
          .contains("生成时间：2026-11-23 09:00");
      PDFTextStripper lastPage = new PDFTextStripper();
      lastPage.setStartPage(d.getNumberOfPages());
      lastPage.setEndPage(d.getNumberOfPages());
      String last = lastPage.getText(d);
      assertThat(last)
          .contains(ReportPdf.HOTLINE)
          .contains("第 " + d.getNumberOfPages() + " 页 / 共 " + d.getNumberOfPages() + " 页");
      assertThat(d.getPage(0).getMediaBox().getWidth())
          .isGreaterThan(d.getPage(0).getMediaBox().getHeight());
    }
  }

  @Test
  void withoutTheFontThePdfIsRefusedWithAChineseMessageAndTheOtherFormatsStillRender() {
    ReportPdf missing = new ReportPdf(Path.of("/nonexistent/font.ttf"));
    var doc = new ReportDocument("测试", "", List.of(), null);
    DocumentRenderer renderer = new DocumentRenderer(Clock.fixed(AT, SHANGHAI), missing);

    assertThat(renderer.renders(ReportFormat.PDF)).isFalse();
    assertThat(renderer.renders(ReportFormat.XLSX)).isTrue();
    assertThatThrownBy(() -> renderer.render(doc, ReportFormat.PDF))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
              assertThat(e.getMessage()).contains("缺少中文字体文件").contains("fonts-droid-fallback");
            });
    assertThat(renderer.render(doc, ReportFormat.CSV)).isNotEmpty();
  }
}
