package gov.hotline.reporting.domain;

/**
 * One line of the contract panel: the indicator, its target as people read it, the actual value,
 * and whether it passes ({@code null} when the target does not apply or cannot be judged, e.g. no
 * calls).
 */
public record ContractCheck(
    String indicator, String target, String actual, Boolean pass, String note) {

  /** 达标 / 未达标 / 不适用. */
  public String verdict() {
    return pass == null ? "不适用" : pass ? "达标" : "未达标";
  }
}
