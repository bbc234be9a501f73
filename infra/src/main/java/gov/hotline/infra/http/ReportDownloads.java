package gov.hotline.infra.http;

import gov.hotline.core.error.DomainException;
import gov.hotline.reporting.domain.ReportFormat;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Reads the {@code format} parameter and sends report files with a Chinese file name. */
final class ReportDownloads {
  private ReportDownloads() {}

  /** The format asked for, or null for JSON. */
  static ReportFormat format(String v) {
    if (v == null || v.equalsIgnoreCase("json")) {
      return null;
    }
    try {
      return ReportFormat.valueOf(v.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(
          "UNKNOWN_FORMAT", "不支持的导出格式：" + v + "（可选：json、html、xlsx、csv、pdf）");
    }
  }

  static void send(RoutingContext ctx, String title, ReportFormat f, byte[] content) {
    Audited.record(ctx, "EXPORT", ctx.request().uri(), "SUCCESS", title + "." + f.extension());
    String name =
        URLEncoder.encode(title + "." + f.extension(), StandardCharsets.UTF_8).replace("+", "%20");
    ctx.response()
        .putHeader("content-type", f.contentType())
        .putHeader(
            "content-disposition",
            (f == ReportFormat.HTML ? "inline" : "attachment")
                + "; filename=\"report."
                + f.extension()
                + "\"; filename*=UTF-8''"
                + name)
        .end(Buffer.buffer(content));
  }
}
