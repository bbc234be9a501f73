package gov.hotline.core.port;

import java.time.LocalDate;

/**
 * Hands out the daily sequence of ticket numbers (工单编号); unique across server instances, gaps
 * allowed.
 */
public interface TicketNumberSequence {
  long next(LocalDate day);
}
