package gov.hotline.infra.db.telephony;

import static gov.hotline.infra.db.Times.instant;
import static gov.hotline.infra.db.Times.offset;
import static gov.hotline.infra.db.schema.telephony.Tables.AGENT_SEAT;

import gov.hotline.infra.db.schema.telephony.tables.records.AgentSeatRecord;
import gov.hotline.telephony.domain.Seat;
import gov.hotline.telephony.port.AgentSeats;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Seats in {@code telephony.agent_seat}. */
final class JooqAgentSeats implements AgentSeats {
  private final DSLContext db;

  JooqAgentSeats(DSLContext db) {
    this.db = db;
  }

  @Override
  public void seat(Seat s) {
    db.deleteFrom(AGENT_SEAT)
        .where(AGENT_SEAT.INTERFACE.eq(s.iface()).or(AGENT_SEAT.USERNAME.eq(s.username())))
        .execute();
    db.insertInto(
            AGENT_SEAT,
            AGENT_SEAT.USERNAME,
            AGENT_SEAT.USER_ID,
            AGENT_SEAT.INTERFACE,
            AGENT_SEAT.QUEUE,
            AGENT_SEAT.SINCE)
        .values(s.username(), s.userId(), s.iface(), s.queue(), offset(s.since()))
        .execute();
  }

  @Override
  public void release(String username) {
    db.deleteFrom(AGENT_SEAT).where(AGENT_SEAT.USERNAME.eq(username)).execute();
  }

  @Override
  public Optional<Seat> byUsername(String username) {
    return db.selectFrom(AGENT_SEAT)
        .where(AGENT_SEAT.USERNAME.eq(username))
        .fetchOptional(JooqAgentSeats::seat);
  }

  @Override
  public Optional<Seat> byInterface(String iface) {
    return db.selectFrom(AGENT_SEAT)
        .where(AGENT_SEAT.INTERFACE.eq(iface))
        .fetchOptional(JooqAgentSeats::seat);
  }

  @Override
  public List<Seat> all() {
    return db.selectFrom(AGENT_SEAT).orderBy(AGENT_SEAT.INTERFACE).fetch(JooqAgentSeats::seat);
  }

  private static Seat seat(AgentSeatRecord r) {
    return new Seat(
        r.getUsername(), r.getUserId(), r.getInterface(), r.getQueue(), instant(r.getSince()));
  }
}
