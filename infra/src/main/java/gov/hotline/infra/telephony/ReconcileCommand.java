package gov.hotline.infra.telephony;

import gov.hotline.infra.config.HotlineConfig;
import gov.hotline.infra.config.HotlineConfig.ConfigException;
import gov.hotline.infra.db.Database;
import gov.hotline.infra.db.telephony.JooqTelephonyTransactions;
import gov.hotline.telephony.adapter.queuelog.FileQueueLog;
import gov.hotline.telephony.domain.AmiServerConfig;
import gov.hotline.telephony.domain.CallFolder;
import gov.hotline.telephony.domain.FoldPolicy;
import gov.hotline.telephony.service.IngestionService;
import gov.hotline.telephony.service.ReconcileReport;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./hotline reconcile --from <date|time> --to <date|time> [--server <id>]}: repairs the
 * calls of a period from each server's queue_log and prints what it fixed. Runs against the
 * database directly; while the server runs, it repairs the same way inside the server after every
 * reconnect and every few minutes.
 */
public final class ReconcileCommand {
  private ReconcileCommand() {}

  /** Runs the command; returns the reports (one per server with a queue_log). */
  public static List<ReconcileReport> run(HotlineConfig cfg, List<String> args, PrintStream out) {
    Instant from = null;
    Instant to = null;
    String only = null;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String v = i + 1 < args.size() ? args.get(i + 1) : null;
      switch (a) {
        case "--from" -> from = time(v, "--from", false, cfg.zone());
        case "--to" -> to = time(v, "--to", true, cfg.zone());
        case "--server" -> only = v;
        default ->
            throw new ConfigException(
                "未知参数：" + a + "（用法：reconcile --from 2026-11-21 --to 2026-11-21 [--server pbx1]）");
      }
      i++;
    }
    if (from == null || to == null || !from.isBefore(to)) {
      throw new ConfigException(
          "需要 --from 与 --to（日期如 2026-11-21，或时间如 2026-11-21T09:00:00+08:00），且 from 早于 to");
    }
    List<AmiServerConfig> servers = new ArrayList<>();
    for (AmiServerConfig s : cfg.telephony().servers()) {
      if (s.queueLog() != null && (only == null || only.equals(s.id()))) {
        servers.add(s);
      }
    }
    if (servers.isEmpty()) {
      throw new ConfigException(
          "没有可用的 queue_log：请设置 HOTLINE_AMI_QUEUE_LOG（或 HOTLINE_AMI_<服务器>_QUEUE_LOG）");
    }
    List<ReconcileReport> reports = new ArrayList<>();
    try (Database db = Database.open(cfg)) {
      JooqTelephonyTransactions store = new JooqTelephonyTransactions(db.dsl());
      FoldPolicy policy =
          FoldPolicy.of(cfg.telephony().shortAbandonSeconds(), cfg.telephony().wrapUpSeconds());
      for (AmiServerConfig s : servers) {
        IngestionService service =
            new IngestionService(s.id(), store, new CallFolder(s.id(), policy));
        ReconcileReport r =
            service.reconcile(new FileQueueLog(s.queueLog()).read(from, to), from, to);
        out.println(r.summary());
        r.lines().forEach(l -> out.println("  " + l));
        reports.add(r);
      }
    }
    return reports;
  }

  private static Instant time(String v, String flag, boolean endOfDay, ZoneId zone) {
    if (v == null) {
      throw new ConfigException(flag + " 缺少取值");
    }
    try {
      if (v.length() == 10) {
        LocalDate d = LocalDate.parse(v);
        return (endOfDay ? d.plusDays(1) : d).atStartOfDay(zone).toInstant();
      }
      return OffsetDateTime.parse(v).toInstant();
    } catch (DateTimeParseException e) {
      throw new ConfigException(
          flag + " 时间格式不正确：" + v + "（示例：2026-11-21 或 2026-11-21T09:00:00+08:00）");
    }
  }
}
