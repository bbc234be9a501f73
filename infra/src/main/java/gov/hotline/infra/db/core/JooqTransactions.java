package gov.hotline.infra.db.core;

import gov.hotline.core.port.AttachmentRepository;
import gov.hotline.core.port.CallbackCallRepository;
import gov.hotline.core.port.CitizenAppealRepository;
import gov.hotline.core.port.CityRepository;
import gov.hotline.core.port.IdempotencyRepository;
import gov.hotline.core.port.NoticeRepository;
import gov.hotline.core.port.RatingRepository;
import gov.hotline.core.port.ReferenceDataRepository;
import gov.hotline.core.port.Repositories;
import gov.hotline.core.port.TicketRepository;
import gov.hotline.core.port.Transactions;
import gov.hotline.core.port.UserRepository;
import gov.hotline.infra.db.city.JooqCityRepository;
import gov.hotline.infra.db.telephony.JooqCallbackCalls;
import java.time.Clock;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The only place that opens transactions: each use case gets repositories bound to one transaction.
 */
public final class JooqTransactions implements Transactions {
  private final DSLContext root;
  private final Clock clock;

  /** {@code clock}: the application's, for the rows' bookkeeping times ({@code updated_at}). */
  public JooqTransactions(DSLContext root, Clock clock) {
    this.root = root;
    this.clock = clock;
  }

  @Override
  public <T> T inTransaction(Function<Repositories, T> work) {
    return root.transactionResult(cfg -> work.apply(new Bound(DSL.using(cfg), clock)));
  }

  /** The core repositories bound to {@code db}, a context another context's transaction opened. */
  public static Repositories bind(DSLContext db, Clock clock) {
    return new Bound(db, clock);
  }

  /** Repositories sharing one transaction-bound context. */
  private record Bound(DSLContext db, Clock clock) implements Repositories {
    @Override
    public TicketRepository tickets() {
      return new JooqTicketRepository(db, clock);
    }

    @Override
    public UserRepository users() {
      return new JooqUserRepository(db);
    }

    @Override
    public ReferenceDataRepository referenceData() {
      return new JooqReferenceDataRepository(db, clock);
    }

    @Override
    public AttachmentRepository attachments() {
      return new JooqAttachmentRepository(db);
    }

    @Override
    public CallbackCallRepository callbackCalls() {
      return new JooqCallbackCalls(db);
    }

    @Override
    public CityRepository city() {
      return new JooqCityRepository(db);
    }

    @Override
    public IdempotencyRepository idempotency() {
      return new JooqIdempotencyKeys(db);
    }

    @Override
    public RatingRepository ratings() {
      return new JooqRatings(db);
    }

    @Override
    public NoticeRepository notices() {
      return new JooqNotices(db);
    }

    @Override
    public CitizenAppealRepository citizenAppeals() {
      return new JooqCitizenAppeals(db);
    }
  }
}
