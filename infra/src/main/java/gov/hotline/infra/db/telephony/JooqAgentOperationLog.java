package gov.hotline.infra.db.telephony;

import static gov.hotline.infra.db.Times.instant;
import static gov.hotline.infra.db.Times.offset;
import static gov.hotline.infra.db.schema.telephony.Tables.AGENT_OPERATION;

import gov.hotline.telephony.domain.AgentOperation;
import gov.hotline.telephony.port.AgentOperationLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * The agent operation log in {@code telephony.agent_operation} (the database refuses edits and
 * deletes).
 */
final class JooqAgentOperationLog implements AgentOperationLog {
  private final DSLContext db;

  JooqAgentOperationLog(DSLContext db) {
    this.db = db;
  }

  @Override
  public void append(AgentOperation op) {
    db.insertInto(
            AGENT_OPERATION,
            AGENT_OPERATION.AT,
            AGENT_OPERATION.USER_ID,
            AGENT_OPERATION.USERNAME,
            AGENT_OPERATION.ROLE,
            AGENT_OPERATION.ACTION,
            AGENT_OPERATION.INTERFACE,
            AGENT_OPERATION.QUEUE,
            AGENT_OPERATION.REASON,
            AGENT_OPERATION.TARGET,
            AGENT_OPERATION.SUCCESS,
            AGENT_OPERATION.MESSAGE)
        .values(
            offset(op.at()),
            op.userId(),
            op.username(),
            op.role(),
            op.action(),
            op.iface(),
            op.queue(),
            op.reason(),
            op.target(),
            op.success(),
            op.message())
        .execute();
  }

  @Override
  public List<AgentOperation> search(String username, Instant from, Instant to, int limit) {
    List<Condition> c = new ArrayList<>();
    if (username != null) {
      c.add(AGENT_OPERATION.USERNAME.eq(username));
    }
    if (from != null) {
      c.add(AGENT_OPERATION.AT.ge(offset(from)));
    }
    if (to != null) {
      c.add(AGENT_OPERATION.AT.lt(offset(to)));
    }
    return db.selectFrom(AGENT_OPERATION)
        .where(c)
        .orderBy(AGENT_OPERATION.AT.desc(), AGENT_OPERATION.ID.desc())
        .limit(limit)
        .fetch(
            r ->
                new AgentOperation(
                    instant(r.getAt()),
                    r.getUserId(),
                    r.getUsername(),
                    r.getRole(),
                    r.getAction(),
                    r.getInterface(),
                    r.getQueue(),
                    r.getReason(),
                    r.getTarget(),
                    r.getSuccess(),
                    r.getMessage()));
  }

  @Override
  public Optional<String> loggedInAt(String iface, Instant at) {
    return db.select(AGENT_OPERATION.USERNAME)
        .from(AGENT_OPERATION)
        .where(
            AGENT_OPERATION.INTERFACE.eq(iface),
            AGENT_OPERATION.ACTION.eq("LOGIN"),
            AGENT_OPERATION.SUCCESS.isTrue(),
            AGENT_OPERATION.AT.le(offset(at)))
        .orderBy(AGENT_OPERATION.AT.desc(), AGENT_OPERATION.ID.desc())
        .limit(1)
        .fetchOptional(AGENT_OPERATION.USERNAME);
  }
}
