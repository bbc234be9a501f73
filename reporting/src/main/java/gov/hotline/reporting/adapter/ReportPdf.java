package gov.hotline.reporting.adapter;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import gov.hotline.reporting.domain.ReportDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A report as a printable PDF: A4 landscape pages headed 「12345 政务服务便民热线」 with the report's title,
 * numbered 「第 N 页 / 共 M 页」, tables whose heading row repeats on every page, and the chart as bars.
 * Rendered from the same {@link ReportDocument} as HTML, XLSX and CSV (Freemarker XHTML →
 * openhtmltopdf), with a CJK TrueType font embedded (subset) so that every reader shows the Chinese
 * text, and copying or {@code pdftotext} extracts it.
 *
 * <p>The font is a file on the machine, not part of the build: Debian's {@code
 * fonts-droid-fallback} ({@value #DEFAULT_FONT}), or any TrueType (.ttf) font given to the
 * constructor. Noto CJK, which browsers use, is OpenType with CFF outlines, which PDFBox cannot
 * embed.
 */
public final class ReportPdf {
  /** Where Debian's fonts-droid-fallback puts its CJK TrueType font. */
  public static final String DEFAULT_FONT =
      "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";

  /** The heading on every page. */
  public static final String HOTLINE = "12345 政务服务便民热线";

  private static final String FAMILY = "HotlineCJK";
  private static final int CHART_HEIGHT = 120;
  private final Configuration cfg;
  private final Path font;

  public ReportPdf(Path font) {
    this.font = font;
    cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setClassForTemplateLoading(ReportPdf.class, "/reports");
    cfg.setDefaultEncoding("UTF-8");
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
  }

  /** With the default font, or the one named by {@code HOTLINE_REPORT_FONT} when set. */
  public static ReportPdf withDefaultFont() {
    String configured = System.getenv("HOTLINE_REPORT_FONT");
    return new ReportPdf(
        Path.of(configured == null || configured.isBlank() ? DEFAULT_FONT : configured));
  }

  /** Whether the font is there, i.e. whether PDFs can be made on this machine. */
  public boolean available() {
    return Files.isReadable(font);
  }

  public Path font() {
    return font;
  }

  public byte[] render(ReportDocument doc, Instant generatedAt, ZoneId zone) {
    if (!available()) {
      throw new DomainException(
          ErrorKind.UNAVAILABLE,
          "PDF_FONT_MISSING",
          "无法生成 PDF：本机缺少中文字体文件 "
              + font
              + "。请安装 Debian 软件包 fonts-droid-fallback（apt-get install fonts-droid-fallback），"
              + "或以环境变量 HOTLINE_REPORT_FONT 指定一个 TrueType（.ttf）中文字体；HTML、XLSX、CSV 格式不受影响。");
    }
    String xhtml = xhtml(doc, generatedAt, zone);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder b = new PdfRendererBuilder();
      b.useFont(font.toFile(), FAMILY);
      b.withHtmlContent(xhtml, null);
      b.withProducer("12345 Hotline");
      b.toStream(out);
      b.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The XHTML the PDF is made from (also what a test may read). */
  String xhtml(ReportDocument doc, Instant generatedAt, ZoneId zone) {
    Map<String, Object> model = new HashMap<>();
    model.put("doc", doc);
    model.put("hotline", HOTLINE);
    model.put("family", FAMILY);
    model.put(
        "generatedAt",
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(generatedAt.atZone(zone)));
    if (doc.chart() != null) {
      model.put("chart", chart(doc.chart()));
    }
    try {
      StringWriter out = new StringWriter();
      cfg.getTemplate("report-pdf.ftlx").process(model, out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TemplateException e) {
      throw new IllegalStateException("PDF report template failed", e);
    }
  }

  /** One slot of the chart: the two bars' heights in points. */
  public record Bar(String label, long a, long b, int aH, int bH, boolean labelled) {}

  /** The chart the template draws. */
  public record Chart(ReportDocument.Chart source, long max, int height, List<Bar> bars) {}

  private static Chart chart(ReportDocument.Chart c) {
    long max =
        Math.max(1, c.bars().stream().mapToLong(b -> Math.max(b.a(), b.b())).max().orElse(1));
    List<Bar> bars = new ArrayList<>();
    int every = Math.max(1, (int) Math.ceil(c.bars().size() / 12.0));
    int i = 0;
    for (ReportDocument.Bar b : c.bars()) {
      bars.add(
          new Bar(
              b.label(), b.a(), b.b(), height(b.a(), max), height(b.b(), max), i++ % every == 0));
    }
    return new Chart(c, max, CHART_HEIGHT, bars);
  }

  private static int height(long v, long max) {
    return v == 0 ? 0 : Math.max(1, (int) Math.round(CHART_HEIGHT * (double) v / max));
  }
}
