package gov.hotline.infra.db.core;

import gov.hotline.core.port.AttachmentRepository;
import gov.hotline.core.port.IdempotencyRepository;
import gov.hotline.core.port.ReferenceDataRepository;
import gov.hotline.core.port.Repositories;
import gov.hotline.core.port.TicketRepository;
import gov.hotline.core.port.Transactions;
import gov.hotline.core.port.UserRepository;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The only place that opens transactions: each use case gets repositories bound to one transaction. */
public final class JooqTransactions implements Transactions {
  private final DSLContext root;

  public JooqTransactions(DSLContext root) {
    this.root = root;
  }

  @Override
  public <T> T inTransaction(Function<Repositories, T> work) {
    return root.transactionResult(cfg -> work.apply(new Bound(DSL.using(cfg))));
  }

  /** The core repositories bound to {@code db}, a context another context's transaction opened. */
  public static Repositories bind(DSLContext db) {
    return new Bound(db);
  }

  /** Repositories sharing one transaction-bound context. */
  private record Bound(DSLContext db) implements Repositories {
    @Override
    public TicketRepository tickets() {
      return new JooqTicketRepository(db);
    }

    @Override
    public UserRepository users() {
      return new JooqUserRepository(db);
    }

    @Override
    public ReferenceDataRepository referenceData() {
      return new JooqReferenceDataRepository(db);
    }

    @Override
    public AttachmentRepository attachments() {
      return new JooqAttachmentRepository(db);
    }

    @Override
    public IdempotencyRepository idempotency() {
      return new JooqIdempotencyKeys(db);
    }
  }
}
