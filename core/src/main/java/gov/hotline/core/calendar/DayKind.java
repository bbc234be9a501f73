package gov.hotline.core.calendar;

/** How an explicitly listed day differs from the Monday–Friday rule. */
public enum DayKind {
  /** Statutory holiday (法定节假日及调休休息日): no work although it may be a weekday. */
  HOLIDAY,
  /** Make-up workday (调休上班): a Saturday or Sunday that is a working day. */
  WORKDAY
}
