package gov.hotline.infra.reporting;

import gov.hotline.core.error.DomainException;
import gov.hotline.infra.config.HotlineConfig;
import gov.hotline.infra.config.HotlineConfig.ConfigException;
import gov.hotline.infra.db.Database;
import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.service.RollupVerification;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code ./hotline report-verify --period day|week|month --date YYYY-MM-DD}: folds what is pending,
 * recomputes the traffic, unit and ticket figures of the period from the raw calls and ticket
 * history, and prints them beside the rollups with a verdict. Runs against the database directly,
 * also while the server runs (figures that change in between — today's, under live traffic — may
 * show as a difference; run it again or on a finished period).
 */
public final class ReportVerifyCommand {
  private static final int MAX_LISTED = 20;

  private ReportVerifyCommand() {}

  private static final String USAGE =
      "（用法：report-verify --period day|week|month|quarter|year --date 2026-11-01，或 --period range --from 2026-10-01 --to 2026-10-07）";

  /** Runs the command; returns true when every report's rollups equal the recomputation. */
  public static boolean run(HotlineConfig cfg, List<String> args, PrintStream out) {
    String kind = null;
    String date = null;
    String from = null;
    String to = null;
    for (int i = 0; i < args.size(); i += 2) {
      String v = i + 1 < args.size() ? args.get(i + 1) : null;
      switch (args.get(i)) {
        case "--period" -> kind = v;
        case "--date" -> date = v;
        case "--from" -> from = v;
        case "--to" -> to = v;
        default -> throw new ConfigException("未知参数：" + args.get(i) + USAGE);
      }
    }
    Period period;
    try {
      period = Period.parse(kind, date, from, to, null, LocalDate.now(cfg.clock()), cfg.zone());
    } catch (DomainException e) {
      throw new ConfigException(e.getMessage() + USAGE);
    }
    try (Database db = Database.open(cfg)) {
      List<RollupVerification.Result> results = Reporting.verification(cfg, db).all(period);
      print(period, results, out);
      return results.stream().allMatch(RollupVerification.Result::consistent);
    }
  }

  static void print(Period period, List<RollupVerification.Result> results, PrintStream out) {
    out.println(
        "核对 " + period.title() + "（" + period.first() + " 至 " + period.last() + "）：汇总表 与 原始数据重算");
    boolean all = true;
    for (RollupVerification.Result r : results) {
      out.println();
      out.println("【" + r.label() + "】");
      out.println(String.format("  %-20s %14s %14s", "指标", "汇总表", "重算"));
      for (RollupVerification.Figure f : r.totals()) {
        out.println(
            String.format(
                "  %-20s %14s %14s  %s",
                f.name(), f.rollup(), f.recomputed(), f.same() ? "一致" : "不一致"));
      }
      out.println("  明细 " + r.compared() + " 项，差异 " + r.differences().size() + " 项");
      r.differences().stream()
          .limit(MAX_LISTED)
          .forEach(
              d -> out.println("    " + d.name() + "：汇总表 " + d.rollup() + "；重算 " + d.recomputed()));
      if (r.differences().size() > MAX_LISTED) {
        out.println("    ……另有 " + (r.differences().size() - MAX_LISTED) + " 项差异");
      }
      out.println("  结论：" + (r.consistent() ? "一致" : "不一致"));
      all &= r.consistent();
    }
    out.println();
    out.println(all ? "总结论：全部一致" : "总结论：发现差异");
  }
}
