package gov.hotline.infra.http;

import static gov.hotline.infra.http.Requests.handle;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.user.Role;
import gov.hotline.infra.audit.AuditEvent;
import gov.hotline.infra.db.audit.JooqAuditLog;
import gov.hotline.reporting.adapter.ReportXlsx;
import gov.hotline.reporting.domain.ReportDocument;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code /api/v1/admin/audit} (ADMIN): the audit log page by page or as CSV or XLSX, and the verify
 * of its hash chain. Mounted after {@link AdminRoutes}, whose guard lets only ADMIN through.
 */
public final class AuditRoutes {
  static final long XLSX_MAX = 100_000;
  private final JooqAuditLog log;
  private final ZoneId zone;

  public AuditRoutes(JooqAuditLog log, ZoneId zone) {
    this.log = log;
    this.zone = zone;
  }

  public void mount(Router api) {
    api.get("/admin/audit/verify").handler(handle(this::verify));
    api.get("/admin/audit").handler(handle(this::list));
  }

  private void list(RoutingContext ctx) {
    Requests.requireRole(ctx, Role.ADMIN);
    var f =
        new JooqAuditLog.Filter(
            Requests.timeQuery(ctx, "from", zone, false),
            Requests.timeQuery(ctx, "to", zone, true),
            Requests.query(ctx, "actor"),
            Requests.query(ctx, "action"));
    if ("csv".equalsIgnoreCase(Requests.query(ctx, "format"))) {
      csv(ctx, f);
      return;
    }
    if ("xlsx".equalsIgnoreCase(Requests.query(ctx, "format"))) {
      xlsx(ctx, f);
      return;
    }
    int page = Math.max(1, Requests.intQuery(ctx, "page", 1));
    int size = Math.max(1, Math.min(500, Requests.intQuery(ctx, "size", 50)));
    Requests.ok(
        ctx,
        new JsonObject()
            .put("total", log.count(f))
            .put("page", page)
            .put("size", size)
            .put("items", Requests.array(log.page(f, page, size), AuditRoutes::json)));
  }

  private void csv(RoutingContext ctx, JooqAuditLog.Filter f) {
    Audited.record(ctx, "EXPORT", "audit.csv", "SUCCESS", null);
    StringBuilder out = new StringBuilder("\uFEFFid,时间,用户,角色,操作,对象,来源地址,结果,详情\r\n");
    log.each(
        f,
        e ->
            out.append(e.id())
                .append(',')
                .append(cell(e.at().toString()))
                .append(',')
                .append(cell(e.actorUsername()))
                .append(',')
                .append(cell(e.actorRole()))
                .append(',')
                .append(cell(e.action()))
                .append(',')
                .append(cell(e.target()))
                .append(',')
                .append(cell(e.clientAddress()))
                .append(',')
                .append(cell(e.result()))
                .append(',')
                .append(cell(e.detail()))
                .append("\r\n"));
    ctx.response()
        .putHeader("content-type", "text/csv; charset=utf-8")
        .putHeader(
            "content-disposition",
            "attachment; filename=\"audit.csv\"; filename*=UTF-8''%E5%AE%A1%E8%AE%A1"
                + "%E6%97%A5%E5%BF%97.csv")
        .end(out.toString());
  }

  /**
   * The same rows as the CSV in a workbook (the report centre's XLSX writer), at most {@link
   * #XLSX_MAX} rows.
   */
  private void xlsx(RoutingContext ctx, JooqAuditLog.Filter f) {
    long total = log.count(f);
    if (total > XLSX_MAX) {
      throw DomainException.invalid(
          "EXPORT_TOO_LARGE",
          "符合条件的审计记录有 " + total + " 条，XLSX 一次最多导出 " + XLSX_MAX + " 条：请缩小时间范围，或导出 CSV");
    }
    Audited.record(ctx, "EXPORT", "audit.xlsx", "SUCCESS", null);
    List<List<String>> rows = new ArrayList<>();
    log.each(
        f,
        e ->
            rows.add(
                Stream.of(
                        Long.toString(e.id()),
                        local(e.at()),
                        e.actorUsername(),
                        e.actorRole(),
                        e.action(),
                        e.target(),
                        e.clientAddress(),
                        e.result(),
                        e.detail())
                    .map(v -> v == null ? "" : v)
                    .toList()));
    var doc =
        new ReportDocument(
            "审计日志",
            "时间为北京时间",
            List.of(
                ReportDocument.Section.ofText(
                    "审计日志", List.of("序号", "时间", "用户", "角色", "操作", "对象", "来源地址", "结果", "详情"), rows)),
            null);
    ctx.response()
        .putHeader(
            "content-type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .putHeader(
            "content-disposition",
            "attachment; filename=\"audit.xlsx\"; filename*=UTF-8''%E5%AE%A1%E8%AE%A1"
                + "%E6%97%A5%E5%BF%97.xlsx")
        .end(Buffer.buffer(ReportXlsx.render(doc)));
  }

  private String local(Instant t) {
    return t.atZone(zone).toLocalDateTime().withNano(0).toString().replace('T', ' ');
  }

  /** A CSV cell, quoted, with spreadsheet formulas neutralised. */
  static String cell(String v) {
    if (v == null) {
      return "";
    }
    String s = !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  private void verify(RoutingContext ctx) {
    Requests.requireRole(ctx, Role.ADMIN);
    var v = log.verify();
    Requests.ok(
        ctx,
        new JsonObject()
            .put("consistent", v.consistent())
            .put("checked", v.checked())
            .put("firstBrokenId", v.firstBrokenId())
            .put(
                "message",
                v.consistent()
                    ? "审计日志完整，哈希链一致"
                    : "审计日志被改动：第 " + v.firstBrokenId() + " 条起哈希链断开（记录被删除或修改）"));
  }

  private static JsonObject json(AuditEvent e) {
    return new JsonObject()
        .put("id", e.id())
        .put("at", e.at().toString())
        .put("actorId", e.actorId())
        .put("actor", e.actorUsername())
        .put("role", e.actorRole())
        .put("action", e.action())
        .put("target", e.target())
        .put("clientAddress", e.clientAddress())
        .put("result", e.result())
        .put("detail", e.detail())
        .put("hash", e.hash());
  }
}
