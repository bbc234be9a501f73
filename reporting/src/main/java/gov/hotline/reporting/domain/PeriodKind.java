package gov.hotline.reporting.domain;

/** Report periods (日报/周报/月报); weeks are ISO weeks, Monday first. */
public enum PeriodKind {
  DAY("日报"),
  WEEK("周报"),
  MONTH("月报");

  private final String label;

  PeriodKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
