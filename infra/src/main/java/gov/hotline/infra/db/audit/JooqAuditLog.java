package gov.hotline.infra.db.audit;

import static gov.hotline.infra.db.schema.audit.Sequences.AUDIT_EVENT_ID_SEQ;
import static gov.hotline.infra.db.schema.audit.Tables.AUDIT_EVENT;

import gov.hotline.infra.audit.AuditChain;
import gov.hotline.infra.audit.AuditEvent;
import gov.hotline.infra.db.schema.audit.tables.records.AuditEventRecord;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The audit log in schema {@code audit}: appends under a transaction-scoped advisory lock (so the
 * chain has one order across instances), pages through it, and walks the whole chain to verify it.
 */
public final class JooqAuditLog {
  private static final long CHAIN_LOCK = 0x4155444954L; // "AUDIT"
  private final DSLContext root;

  /** Filters of a query; null for any. */
  public record Filter(Instant from, Instant to, String actor, String action) {}

  /**
   * The verdict of a verify: consistent, how many rows were checked, the first row that breaks the
   * chain.
   */
  public record Verdict(boolean consistent, long checked, Long firstBrokenId) {}

  public JooqAuditLog(DSLContext root) {
    this.root = root;
  }

  public AuditEvent append(AuditEvent draft) {
    return root.transactionResult(
        cfg -> {
          DSLContext db = DSL.using(cfg);
          db.execute("SELECT pg_advisory_xact_lock(?)", CHAIN_LOCK);
          String prev =
              db.select(AUDIT_EVENT.HASH)
                  .from(AUDIT_EVENT)
                  .orderBy(AUDIT_EVENT.ID.desc())
                  .limit(1)
                  .fetchOptional(AUDIT_EVENT.HASH)
                  .orElse(AuditChain.GENESIS);
          long id = db.nextval(AUDIT_EVENT_ID_SEQ);
          AuditEvent e =
              new AuditEvent(
                  id,
                  draft.at(),
                  draft.actorId(),
                  draft.actorUsername(),
                  draft.actorRole(),
                  draft.action(),
                  draft.target(),
                  draft.clientAddress(),
                  draft.result(),
                  draft.detail(),
                  prev,
                  null);
          AuditEvent row =
              new AuditEvent(
                  id,
                  e.at(),
                  e.actorId(),
                  e.actorUsername(),
                  e.actorRole(),
                  e.action(),
                  e.target(),
                  e.clientAddress(),
                  e.result(),
                  e.detail(),
                  prev,
                  AuditChain.hash(prev, e));
          AuditEventRecord r = db.newRecord(AUDIT_EVENT);
          r.setId(row.id());
          r.setAt(row.at().atOffset(ZoneOffset.UTC));
          r.setActorId(row.actorId());
          r.setActorUsername(row.actorUsername());
          r.setActorRole(row.actorRole());
          r.setAction(row.action());
          r.setTarget(row.target());
          r.setClientAddress(row.clientAddress());
          r.setResult(row.result());
          r.setDetail(row.detail());
          r.setPrevHash(row.prevHash());
          r.setHash(row.hash());
          r.insert();
          return row;
        });
  }

  public List<AuditEvent> page(Filter f, int page, int size) {
    return root.selectFrom(AUDIT_EVENT)
        .where(where(f))
        .orderBy(AUDIT_EVENT.ID.desc())
        .limit(size)
        .offset((long) (page - 1) * size)
        .fetch(JooqAuditLog::map);
  }

  public long count(Filter f) {
    return root.fetchCount(AUDIT_EVENT, where(f));
  }

  /** Every row matching, oldest first, in batches (for CSV exports). */
  public void each(Filter f, Consumer<AuditEvent> out) {
    try (var cursor =
        root.selectFrom(AUDIT_EVENT)
            .where(where(f))
            .orderBy(AUDIT_EVENT.ID)
            .fetchSize(1000)
            .fetchLazy()) {
      cursor.forEach(r -> out.accept(map(r)));
    }
  }

  /**
   * Walks the chain from the first row: each row's prev_hash must be the hash before it, its hash
   * its content's.
   */
  public Verdict verify() {
    String[] prev = {AuditChain.GENESIS};
    long[] checked = {0};
    List<Long> broken = new ArrayList<>(1);
    try (var cursor =
        root.selectFrom(AUDIT_EVENT).orderBy(AUDIT_EVENT.ID).fetchSize(1000).fetchLazy()) {
      for (AuditEventRecord r : cursor) {
        AuditEvent e = map(r);
        checked[0]++;
        if (!e.prevHash().equals(prev[0]) || !AuditChain.hash(e.prevHash(), e).equals(e.hash())) {
          broken.add(e.id());
          break;
        }
        prev[0] = e.hash();
      }
    }
    return new Verdict(broken.isEmpty(), checked[0], broken.isEmpty() ? null : broken.getFirst());
  }

  private static Condition where(Filter f) {
    Condition c = DSL.noCondition();
    if (f.from() != null) {
      c = c.and(AUDIT_EVENT.AT.ge(f.from().atOffset(ZoneOffset.UTC)));
    }
    if (f.to() != null) {
      c = c.and(AUDIT_EVENT.AT.lt(f.to().atOffset(ZoneOffset.UTC)));
    }
    if (f.actor() != null) {
      c = c.and(AUDIT_EVENT.ACTOR_USERNAME.eq(f.actor()));
    }
    if (f.action() != null) {
      c = c.and(AUDIT_EVENT.ACTION.eq(f.action()));
    }
    return c;
  }

  private static AuditEvent map(AuditEventRecord r) {
    return new AuditEvent(
        r.getId(),
        r.getAt().toInstant(),
        r.getActorId(),
        r.getActorUsername(),
        r.getActorRole(),
        r.getAction(),
        r.getTarget(),
        r.getClientAddress(),
        r.getResult(),
        r.getDetail(),
        r.getPrevHash(),
        r.getHash());
  }
}
