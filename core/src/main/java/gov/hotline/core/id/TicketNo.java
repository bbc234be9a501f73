package gov.hotline.core.id;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Human-readable ticket number (工单编号): prefix, intake date and a daily sequence, e.g. {@code
 * HD20250617-000123}.
 */
public record TicketNo(String value) {
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  public TicketNo {
    Objects.requireNonNull(value, "ticket no");
  }

  public static TicketNo of(String prefix, LocalDate day, long sequence) {
    return new TicketNo(prefix + DAY.format(day) + "-" + String.format("%06d", sequence));
  }

  @Override
  public String toString() {
    return value;
  }
}
