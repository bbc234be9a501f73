package gov.hotline.infra.audit;

import gov.hotline.infra.config.HotlineConfig;
import gov.hotline.infra.db.Database;
import gov.hotline.infra.db.audit.JooqAuditLog;
import java.io.PrintStream;

/**
 * {@code ./hotline audit-verify}: walks the audit log's hash chain in the database and says whether
 * it holds.
 */
public final class AuditVerifyCommand {
  private AuditVerifyCommand() {}

  /**
   * True when the chain is consistent (exit code 0), false when a row was edited or deleted (exit
   * code 1).
   */
  public static boolean run(HotlineConfig cfg, PrintStream out) {
    try (Database db = Database.open(cfg)) {
      JooqAuditLog.Verdict v = new JooqAuditLog(db.dsl()).verify();
      out.println(
          v.consistent()
              ? "审计日志完整：已核对 " + v.checked() + " 条，哈希链一致"
              : "审计日志被改动：已核对 " + v.checked() + " 条，第 " + v.firstBrokenId() + " 条起哈希链断开（记录被删除或修改）");
      return v.consistent();
    }
  }
}
