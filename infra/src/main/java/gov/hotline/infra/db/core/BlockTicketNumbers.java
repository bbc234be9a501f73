package gov.hotline.infra.db.core;

import static gov.hotline.infra.db.schema.core.Tables.TICKET_NUMBER_BLOCK;

import gov.hotline.core.port.TicketNumberSequence;
import java.time.LocalDate;
import java.util.concurrent.locks.ReentrantLock;
import org.jooq.DSLContext;

/**
 * Daily ticket numbers handed out from blocks reserved in the database, so that concurrent intakes
 * on several instances never share a number and never wait on one hot row. Numbers restart at 1
 * each day; a crash leaves a gap.
 */
public final class BlockTicketNumbers implements TicketNumberSequence {
  private final DSLContext db;
  private final int blockSize;
  private final ReentrantLock lock =
      new ReentrantLock(); // not synchronized: callers may be virtual threads
  private LocalDate day;
  private long next;
  private long end;

  public BlockTicketNumbers(DSLContext db, int blockSize) {
    this.db = db;
    this.blockSize = blockSize;
  }

  @Override
  public long next(LocalDate today) {
    lock.lock();
    try {
      if (!today.equals(day) || next >= end) {
        reserve(today);
      }
      return next++;
    } finally {
      lock.unlock();
    }
  }

  private void reserve(LocalDate today) {
    long upTo =
        db.insertInto(TICKET_NUMBER_BLOCK)
            .set(TICKET_NUMBER_BLOCK.DAY, today)
            .set(TICKET_NUMBER_BLOCK.NEXT_VALUE, 1L + blockSize)
            .onConflict(TICKET_NUMBER_BLOCK.DAY)
            .doUpdate()
            .set(TICKET_NUMBER_BLOCK.NEXT_VALUE, TICKET_NUMBER_BLOCK.NEXT_VALUE.plus(blockSize))
            .returning(TICKET_NUMBER_BLOCK.NEXT_VALUE)
            .fetchOne(TICKET_NUMBER_BLOCK.NEXT_VALUE);
    day = today;
    next = upTo - blockSize;
    end = upTo;
  }
}
