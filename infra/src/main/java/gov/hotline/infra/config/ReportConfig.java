package gov.hotline.infra.config;

import gov.hotline.reporting.domain.ReportSettings.ContractTargets;

/**
 * Settings of the reporting context, part of {@link HotlineConfig} (same sources, HOTLINE_* keys):
 * the contract targets of the contract panel (合同考核指标). Complaints about agents (座席被投诉) are no
 * longer told by ticket category: they are filed against the complained-about call and reviewed.
 */
public record ReportConfig(ContractTargets targets) {

  static ReportConfig from(HotlineConfig.Settings s) {
    ContractTargets d = ContractTargets.DEFAULT;
    ContractTargets targets =
        new ContractTargets(
            fraction(s, "HOTLINE_CONTRACT_MAX_ABANDON_RATE", d.maxAbandonRate()),
            s.integer(
                "HOTLINE_CONTRACT_ABANDON_APPLIES_UP_TO",
                (int) d.abandonRateAppliesUpTo(),
                0,
                Integer.MAX_VALUE),
            fraction(s, "HOTLINE_CONTRACT_MIN_ANSWER_RATE", d.minAnswerRate()),
            s.integer("HOTLINE_CONTRACT_SERVICE_LEVEL_SECONDS", d.serviceLevelSeconds(), 1, 300),
            fraction(s, "HOTLINE_CONTRACT_MIN_SERVICE_LEVEL", d.minServiceLevel()),
            fraction(s, "HOTLINE_CONTRACT_MAX_AGENT_COMPLAINT_RATE", d.maxAgentComplaintRate()),
            fraction(s, "HOTLINE_CONTRACT_MIN_SATISFACTION", d.minSatisfaction()));
    return new ReportConfig(targets);
  }

  /** A share 0–1, e.g. 0.95 for 95%. */
  private static double fraction(HotlineConfig.Settings s, String key, double def) {
    String v = s.text(key, null);
    if (v == null) {
      return def;
    }
    try {
      double n = Double.parseDouble(v);
      if (n < 0 || n > 1) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new HotlineConfig.ConfigException(key + " 须为 0 到 1 之间的小数（例如 0.95 表示 95%）：" + v);
    }
  }
}
