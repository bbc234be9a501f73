package gov.hotline.infra.http;

import gov.hotline.core.error.DomainException;
import gov.hotline.reporting.adapter.ReportCsv;
import gov.hotline.reporting.adapter.ReportHtml;
import gov.hotline.reporting.adapter.ReportXlsx;
import gov.hotline.reporting.domain.ReportDocument;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

/** Sends a report document as HTML, XLSX or CSV, with a Chinese file name for downloads. */
public final class ReportDownloads {
  /** Output formats of reports. */
  public enum Format {
    HTML("text/html; charset=utf-8", "html"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    CSV("text/csv; charset=utf-8", "csv");

    final String contentType;
    final String extension;

    Format(String contentType, String extension) {
      this.contentType = contentType;
      this.extension = extension;
    }

    public String extension() {
      return extension;
    }

    public String contentType() {
      return contentType;
    }
  }

  private final ReportHtml html = new ReportHtml();
  private final Clock clock;

  public ReportDownloads(Clock clock) {
    this.clock = clock;
  }

  /** The format asked for, or null for JSON. */
  public static Format format(String v) {
    if (v == null || v.equalsIgnoreCase("json")) {
      return null;
    }
    try {
      return Format.valueOf(v.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid("UNKNOWN_FORMAT", "不支持的导出格式：" + v + "（可选：json、html、xlsx、csv）");
    }
  }

  public byte[] render(ReportDocument doc, Format f) {
    return switch (f) {
      case HTML -> html.render(doc, clock.instant(), clock.getZone()).getBytes(StandardCharsets.UTF_8);
      case XLSX -> ReportXlsx.render(doc);
      case CSV -> ReportCsv.render(doc);
    };
  }

  public static void send(RoutingContext ctx, String title, Format f, byte[] content) {
    String name = URLEncoder.encode(title + "." + f.extension, StandardCharsets.UTF_8).replace("+", "%20");
    ctx.response().putHeader("content-type", f.contentType)
        .putHeader("content-disposition", (f == Format.HTML ? "inline" : "attachment")
            + "; filename=\"report." + f.extension + "\"; filename*=UTF-8''" + name)
        .end(Buffer.buffer(content));
  }
}
