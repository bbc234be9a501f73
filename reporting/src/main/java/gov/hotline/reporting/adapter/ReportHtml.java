package gov.hotline.reporting.adapter;

import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import gov.hotline.reporting.domain.ReportDocument;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A report as one self-contained HTML page (Freemarker, HTML auto-escaping on, sandboxed) with an
 * inline SVG chart, so that it prints and archives without scripts or network.
 */
public final class ReportHtml {
  private static final int WIDTH = 760;
  private static final int BASE = 180;
  private final Configuration cfg;

  public ReportHtml() {
    cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setClassForTemplateLoading(ReportHtml.class, "/reports");
    cfg.setDefaultEncoding("UTF-8");
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
  }

  public String render(ReportDocument doc, Instant generatedAt, ZoneId zone) {
    Map<String, Object> model = new HashMap<>();
    model.put("doc", doc);
    model.put(
        "generatedAt",
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(generatedAt.atZone(zone)));
    if (doc.chart() != null) {
      model.put("chart", chart(doc.chart()));
    }
    try {
      StringWriter out = new StringWriter();
      cfg.getTemplate("report.ftlh").process(model, out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TemplateException e) {
      throw new IllegalStateException("report template failed", e);
    }
  }

  /** Bar geometry scaled to the largest value. */
  public record Bar(String label, long a, long b, int x, int aY, int aH, int bY, int bH) {}

  /** The chart model the template draws. */
  public record Chart(
      ReportDocument.Chart source,
      int width,
      int height,
      int base,
      int barWidth,
      long max,
      List<Bar> bars) {}

  private static Chart chart(ReportDocument.Chart c) {
    long max =
        Math.max(1, c.bars().stream().mapToLong(b -> Math.max(b.a(), b.b())).max().orElse(1));
    int slot = (WIDTH - 40) / Math.max(1, c.bars().size());
    int barWidth = Math.max(2, slot / 2 - 2);
    List<Bar> bars = new ArrayList<>();
    int i = 0;
    for (ReportDocument.Bar b : c.bars()) {
      int x = 34 + i++ * slot;
      int ah = (int) Math.round((BASE - 10) * (double) b.a() / max);
      int bh = (int) Math.round((BASE - 10) * (double) b.b() / max);
      bars.add(new Bar(b.label(), b.a(), b.b(), x, BASE - ah, ah, BASE - bh, bh));
    }
    return new Chart(c, WIDTH, BASE + 20, BASE, barWidth, max, bars);
  }
}
