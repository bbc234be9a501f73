package gov.hotline.telephony.service;

import gov.hotline.telephony.domain.QueueLogReconciler;
import java.time.Instant;
import java.util.List;

/**
 * What a reconciliation from queue_log found and fixed, for the log, the API and the command line.
 */
public record ReconcileReport(
    String serverId,
    Instant from,
    Instant to,
    int linesRead,
    int calls,
    List<QueueLogReconciler.Fix> fixes) {
  public long created() {
    return fixes.stream().filter(QueueLogReconciler.Fix::created).count();
  }

  public long repaired() {
    return fixes.size() - created();
  }

  /** One line per fix, in Chinese for operators. */
  public List<String> lines() {
    return fixes.stream()
        .map(
            f ->
                (f.created() ? "补录通话 " : "修复通话 ")
                    + f.callId()
                    + "："
                    + String.join("、", f.repaired()))
        .toList();
  }

  public String summary() {
    return String.format(
        "服务器 %s：读取 queue_log %d 行，涉及 %d 个通话，补录 %d 个，修复 %d 个",
        serverId, linesRead, calls, created(), repaired());
  }
}
