package gov.hotline.infra.db.dispatch;

import static gov.hotline.infra.db.schema.core.Tables.TICKET;

import gov.hotline.dispatch.domain.BigramIndex;
import gov.hotline.dispatch.port.SimilarTickets;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * A simple {@link SimilarTickets} until the knowledge base's engine stands behind the port: the
 * most recent {@code capacity} tickets in an in-memory character-bigram index ({@link
 * BigramIndex}), caught up from {@code core.ticket} by id (one index range scan, usually empty)
 * before a search about a ticket it has not seen, and at most every half second otherwise.
 */
public final class RecentTicketIndex implements SimilarTickets {
  private static final int BATCH = 5_000;
  private final DSLContext db;
  private final BigramIndex index;
  private final int capacity;
  private final ReentrantLock catchingUp = new ReentrantLock();
  private static final long CATCH_UP_EVERY_NANOS = 500_000_000L;
  private volatile long lastId = -1;
  private volatile long lastCatchUp;

  public RecentTicketIndex(DSLContext db, int capacity) {
    this.db = db;
    this.capacity = capacity;
    this.index = new BigramIndex(capacity);
  }

  @Override
  public List<Hit> similar(String text, long excludeTicketId, int limit) {
    // the scan asks about a ticket the index may not have yet and must see everything before it; a
    // recommendation
    // is as good with the tickets of half a second ago
    if (excludeTicketId > lastId || System.nanoTime() - lastCatchUp > CATCH_UP_EVERY_NANOS) {
      catchUp();
    }
    return index.similar(text, excludeTicketId, limit, 0.05).stream()
        .map(h -> new Hit(h.id(), h.score()))
        .toList();
  }

  /**
   * Adds the tickets created since the last call (on the first call, the most recent {@code
   * capacity}).
   */
  public void catchUp() {
    catchingUp.lock();
    try {
      if (lastId < 0) {
        Long max = db.select(DSL.max(TICKET.ID)).from(TICKET).fetchOne(0, Long.class);
        lastId = max == null ? 0 : Math.max(0, max - capacity);
      }
      while (true) {
        var rows =
            db.select(TICKET.ID, TICKET.CONTENT)
                .from(TICKET)
                .where(TICKET.ID.gt(lastId))
                .orderBy(TICKET.ID)
                .limit(BATCH)
                .fetch();
        rows.forEach(r -> index.add(r.value1(), r.value2()));
        if (!rows.isEmpty()) {
          lastId = rows.get(rows.size() - 1).value1();
        }
        if (rows.size() < BATCH) {
          lastCatchUp = System.nanoTime();
          return;
        }
      }
    } finally {
      catchingUp.unlock();
    }
  }

  public int size() {
    return index.size();
  }
}
