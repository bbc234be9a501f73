package gov.hotline.reporting.adapter;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import gov.hotline.reporting.domain.TrafficReport;
import gov.hotline.reporting.service.TrafficTable;
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
 * The traffic report as a self-contained HTML page (Freemarker, HTML auto-escaping on) with an inline SVG chart of
 * calls by hour, so that it prints and archives without scripts or network.
 */
public final class TrafficHtml {
  private static final int WIDTH = 760;
  private static final int HEIGHT = 200;
  private static final int BASE = 180;
  private final Configuration cfg;

  public TrafficHtml() {
    cfg = new Configuration(Configuration.VERSION_2_3_34);
    cfg.setClassForTemplateLoading(TrafficHtml.class, "/reports");
    cfg.setDefaultEncoding("UTF-8");
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setNewBuiltinClassResolver(freemarker.core.TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setAPIBuiltinEnabled(false);
  }

  public String render(TrafficReport r, Instant generatedAt, ZoneId zone) {
    Map<String, Object> model = new HashMap<>();
    model.put("title", r.period().title().replace(r.period().kind().label(), "话务" + r.period().kind().label()));
    model.put("periodText", r.period().first() + " 至 " + r.period().last());
    model.put("generatedAt", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(generatedAt.atZone(zone)));
    model.put("sections", TrafficTable.sections(r));
    model.put("chart", chart(r));
    try {
      Template t = cfg.getTemplate("traffic.ftlh");
      StringWriter out = new StringWriter();
      t.process(model, out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TemplateException e) {
      throw new IllegalStateException("traffic report template failed", e);
    }
  }

  /** Bar geometry for the hourly chart, scaled to the busiest hour. */
  public record Bar(String label, long offered, long answered, int x, int offeredY, int offeredH, int answeredY,
                    int answeredH) {
  }

  /** The chart model. */
  public record Chart(int width, int height, int base, int barWidth, long max, List<Bar> bars) {
  }

  private static Chart chart(TrafficReport r) {
    long max = Math.max(1, r.byHour().stream().mapToLong(row -> row.kpis().offered()).max().orElse(1));
    int slot = (WIDTH - 40) / Math.max(1, r.byHour().size());
    int barWidth = Math.max(2, slot / 2 - 2);
    List<Bar> bars = new ArrayList<>();
    int i = 0;
    for (TrafficReport.Row row : r.byHour()) {
      int x = 34 + i++ * slot;
      int oh = (int) Math.round((BASE - 10) * (double) row.kpis().offered() / max);
      int ah = (int) Math.round((BASE - 10) * (double) row.kpis().answered() / max);
      bars.add(new Bar(row.label(), row.kpis().offered(), row.kpis().answered(), x, BASE - oh, oh, BASE - ah, ah));
    }
    return new Chart(WIDTH, HEIGHT, BASE, barWidth, max, bars);
  }
}
