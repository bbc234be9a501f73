package gov.hotline.core.port;

/** The repositories bound to one transaction. */
public interface Repositories {
  TicketRepository tickets();

  UserRepository users();

  ReferenceDataRepository referenceData();
}
