package gov.hotline.core.event;

/** Event-bus addresses of cross-context events, next to their records. */
public final class EventAddresses {
  public static final String TICKET_CREATED = "ticket.evt.created";
  public static final String TICKET_TRANSITIONED = "ticket.evt.transitioned";

  private EventAddresses() {}

  public static String of(Object event) {
    return switch (event) {
      case TicketCreated e -> TICKET_CREATED;
      case TicketTransitioned e -> TICKET_TRANSITIONED;
      default -> throw new IllegalArgumentException("no address for " + event.getClass().getName());
    };
  }
}
