package gov.hotline.infra.db.reporting;

import static gov.hotline.infra.db.schema.core.Tables.TICKET_HISTORY;
import static gov.hotline.infra.db.schema.reporting.Tables.ROLLUP_WATERMARK;

import gov.hotline.infra.db.core.JooqTicketRepository;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The exactly-once fold of {@code core.ticket_history} into a rollup, shared by the rollups that
 * read the history. It takes the history writers' lock exclusively for an instant to learn up to
 * which id everything is committed, then folds the slice (watermark, upTo] and moves the watermark
 * in the same transaction, so each entry is counted exactly once; a second instance folding at the
 * same time skips.
 */
final class HistoryFold {
  /**
   * Adds the history entries with {@code fromExclusive < id <= upTo} to the rollup, inside {@code
   * tx}.
   */
  interface Slice {
    void fold(DSLContext tx, long fromExclusive, long upTo);
  }

  private HistoryFold() {}

  /**
   * Folds what is new for the rollup named {@code watermark}; returns how many history ids were
   * passed.
   */
  static long catchUp(DSLContext db, String watermark, long foldLock, Slice slice) {
    Long upTo =
        db.transactionResult(
            cfg -> {
              DSLContext tx = DSL.using(cfg);
              tx.select(
                      DSL.field(
                          "pg_advisory_xact_lock({0})",
                          Object.class, DSL.val(JooqTicketRepository.HISTORY_WRITERS_LOCK)))
                  .fetch();
              return tx.select(DSL.max(TICKET_HISTORY.ID))
                  .from(TICKET_HISTORY)
                  .fetchOne(0, Long.class);
            });
    if (upTo == null) {
      return 0;
    }
    return db.transactionResult(
        cfg -> {
          DSLContext tx = DSL.using(cfg);
          // waits for a fold in progress (the timer's or another instance's) instead of skipping
          // it: a report read
          // right after a change must count that change
          tx.select(DSL.field("pg_advisory_xact_lock({0})", Object.class, DSL.val(foldLock)))
              .fetch();
          long from =
              tx.select(ROLLUP_WATERMARK.LAST_ID)
                  .from(ROLLUP_WATERMARK)
                  .where(ROLLUP_WATERMARK.NAME.eq(watermark))
                  .forUpdate()
                  .fetchOne(ROLLUP_WATERMARK.LAST_ID);
          if (from >= upTo) {
            return 0L;
          }
          slice.fold(tx, from, upTo);
          tx.update(ROLLUP_WATERMARK)
              .set(ROLLUP_WATERMARK.LAST_ID, upTo)
              .where(ROLLUP_WATERMARK.NAME.eq(watermark))
              .execute();
          return upTo - from;
        });
  }
}
