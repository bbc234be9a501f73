package gov.hotline.core.id;

/** Database identity of a ticket (工单). */
public record TicketId(long value) {
  public static TicketId of(long value) {
    return new TicketId(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
