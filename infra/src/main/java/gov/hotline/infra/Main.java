package gov.hotline.infra;

import gov.hotline.infra.audit.AuditVerifyCommand;
import gov.hotline.infra.city.CityLink;
import gov.hotline.infra.config.HotlineConfig;
import gov.hotline.infra.config.HotlineConfig.ConfigException;
import gov.hotline.infra.db.Database;
import gov.hotline.infra.demo.DemoData;
import gov.hotline.infra.kb.KnowledgeBase;
import gov.hotline.infra.reporting.ReportVerifyCommand;
import gov.hotline.infra.telephony.ReconcileCommand;
import gov.hotline.infra.telephony.Telephony;
import java.util.Arrays;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Command line entry: {@code demo} or {@code start}. */
public final class Main {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) {
    String command = args.length == 0 ? "start" : args[0].toLowerCase(Locale.ROOT);
    try {
      switch (command) {
        case "demo" -> run(Application.Mode.DEMO);
        case "start" -> run(Application.Mode.START);
        case "kb-reindex" -> reindex();
        case "reconcile" ->
            ReconcileCommand.run(
                HotlineConfig.load(), Arrays.asList(args).subList(1, args.length), System.out);
        case "report-verify" ->
            System.exit(
                ReportVerifyCommand.run(
                        HotlineConfig.load(),
                        Arrays.asList(args).subList(1, args.length),
                        System.out)
                    ? 0
                    : 1);
        case "audit-verify" ->
            System.exit(AuditVerifyCommand.run(HotlineConfig.load(), System.out) ? 0 : 1);
        default -> {
          System.err.println(
              "用法: hotline demo | start | kb-reindex | reconcile --from … --to … | report-verify --period … --date … | audit-verify   (unknown command: "
                  + command
                  + ")");
          System.exit(2);
        }
      }
    } catch (ConfigException e) {
      System.err.println("启动失败：" + e.getMessage());
      System.exit(1);
    }
  }

  /**
   * Rebuilds the knowledge-base index (articles and tickets) of the configured engine from the
   * database.
   */
  private static void reindex() {
    HotlineConfig cfg = HotlineConfig.load();
    try (Database db = Database.open(cfg);
        KnowledgeBase kb = KnowledgeBase.open(cfg, db, cfg.clock())) {
      long t0 = System.nanoTime();
      var counts = kb.maintenance().reindexAll();
      System.out.printf(
          "知识库索引已重建（%s）：%d 条已发布知识，%d 张工单，用时 %.1f 秒%n",
          kb.engine(), counts.articles(), counts.tickets(), (System.nanoTime() - t0) / 1e9);
    } catch (IllegalStateException e) {
      throw new ConfigException(e.getMessage());
    }
  }

  private static String cityLine(Application app) {
    var city = app.context(CityLink.class);
    if (city.simulator() != null) {
      return "模拟市级 12345 平台 "
          + city.simulator().url()
          + "（已推送 "
          + city.config().demoCases()
          + " 件演示市级派单）";
    }
    return city.config().linked() ? city.config().url() : "未配置（设置 HOTLINE_CITY_URL 接入市级平台）";
  }

  private static void run(Application.Mode mode) {
    HotlineConfig cfg = HotlineConfig.load();
    LOG.info("starting hotline ({}) with {}", mode, cfg);
    Application app = Application.start(cfg, mode);
    Runtime.getRuntime().addShutdownHook(new Thread(app::close, "shutdown"));
    String url = "http://localhost:" + cfg.httpPort();
    StringBuilder banner =
        new StringBuilder()
            .append("\n==== 12345 政务服务便民热线平台 已启动 ====\n")
            .append("  地址 URL:     ")
            .append(url)
            .append('\n')
            .append("  API:          ")
            .append(url)
            .append("/api/v1  (POST /api/v1/auth/login)\n")
            .append("  健康检查:     ")
            .append(url)
            .append("/health   指标: ")
            .append(url)
            .append("/metrics\n");
    var sim = app.context(Telephony.class).simulator();
    banner
        .append("  话务 AMI:     ")
        .append(
            sim != null
                ? "模拟 Asterisk（AMI 模拟器 127.0.0.1:"
                    + sim.port()
                    + "，演示来电 "
                    + cfg.telephony().simulatorCallsPerMinute()
                    + " 通/分钟）"
                : cfg.telephony().servers().isEmpty()
                    ? "未配置（设置 HOTLINE_AMI_HOST 接入 Asterisk）"
                    : cfg.telephony().servers().toString())
        .append('\n')
        .append("  市级平台:     ")
        .append(cityLine(app))
        .append('\n')
        .append("  实时监控:     ")
        .append(url)
        .append("/api/v1/live/queues   推送: /api/v1/live/stream (SSE)\n");
    if (mode == Application.Mode.DEMO) {
      banner.append("  演示账号 (密码均为 ").append(DemoData.DEMO_PASSWORD).append("):\n");
      DemoData.USERS.forEach(
          u -> banner.append(String.format("    %-12s %s（%s）%n", u[0], u[1], u[2])));
    }
    System.out.println(banner);
  }
}
