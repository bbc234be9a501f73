package gov.hotline.infra.db.telephony;

import static gov.hotline.infra.db.schema.telephony.Tables.CALL;

import gov.hotline.core.port.CallbackCallRepository;
import gov.hotline.telephony.domain.Direction;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * jOOQ implementation of {@link CallbackCallRepository} over telephony.call: an outbound call's
 * {@code ticket_ref} is the ticket number the callback call (回访外呼) was originated with.
 */
public final class JooqCallbackCalls implements CallbackCallRepository {
  private final DSLContext db;

  public JooqCallbackCalls(DSLContext db) {
    this.db = db;
  }

  @Override
  public Optional<String> ticketNoOf(String callId) {
    return db.select(CALL.TICKET_REF)
        .from(CALL)
        .where(CALL.ID.eq(callId), CALL.DIRECTION.eq(Direction.CALLBACK.name()))
        .fetchOptional(CALL.TICKET_REF)
        .filter(ref -> !ref.isBlank());
  }
}
