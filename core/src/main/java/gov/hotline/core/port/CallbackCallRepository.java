package gov.hotline.core.port;

import java.util.Optional;

/**
 * The recorded calls (通话) as far as tickets need them: for which ticket an outbound callback call
 * (回访外呼, {@code callback-call}) was placed, so that a callback result (回访) is tied only to a call
 * of its own ticket.
 */
public interface CallbackCallRepository {
  /**
   * The number of the ticket the outbound call {@code callId} was originated for; empty when there
   * is no such call, or it is not a callback call of any ticket.
   */
  Optional<String> ticketNoOf(String callId);
}
