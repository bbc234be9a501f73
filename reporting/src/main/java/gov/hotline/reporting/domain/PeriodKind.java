package gov.hotline.reporting.domain;

/**
 * Report periods (日报/周报/月报/季报/年报, and 区间报表 for any chosen dates such as a holiday week); weeks are
 * ISO weeks, Monday first; quarters and years are calendar quarters and years.
 */
public enum PeriodKind {
  DAY("日报"),
  WEEK("周报"),
  MONTH("月报"),
  QUARTER("季报"),
  YEAR("年报"),
  RANGE("报表");

  private final String label;

  PeriodKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
