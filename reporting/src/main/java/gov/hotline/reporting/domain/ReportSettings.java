package gov.hotline.reporting.domain;

import java.util.List;

/**
 * How traffic is reported: the short-abandon threshold, the service-level thresholds N (N 秒接通率),
 * and the contract targets checked in the contract panel.
 */
public record ReportSettings(
    int shortAbandonSeconds, List<Integer> serviceLevelSeconds, ContractTargets targets) {
  public static final ReportSettings DEFAULT =
      new ReportSettings(10, List.of(15, 20), ContractTargets.DEFAULT);

  public ReportSettings {
    serviceLevelSeconds = List.copyOf(serviceLevelSeconds);
    if (shortAbandonSeconds < 0 || shortAbandonSeconds > WaitHistogram.MAX_SECONDS) {
      throw new IllegalArgumentException(
          "short-abandon threshold outside 0.." + WaitHistogram.MAX_SECONDS);
    }
  }

  /**
   * Contract targets (服务合同考核指标): monthly abandon rate at most {@code maxAbandonRate} while monthly
   * inbound is at most {@code abandonRateAppliesUpTo}; answer rate at least {@code minAnswerRate};
   * answered within {@code serviceLevelSeconds} s at least {@code minServiceLevel} (GB/T
   * 33358-2016); complaints about agents at most {@code maxAgentComplaintRate} of answered calls;
   * citizen satisfaction at least {@code minSatisfaction}.
   */
  public record ContractTargets(
      double maxAbandonRate,
      long abandonRateAppliesUpTo,
      double minAnswerRate,
      int serviceLevelSeconds,
      double minServiceLevel,
      double maxAgentComplaintRate,
      double minSatisfaction) {
    public static final ContractTargets DEFAULT =
        new ContractTargets(0.20, 4000, 0.95, 15, 0.95, 0.01, 0.95);
  }
}
