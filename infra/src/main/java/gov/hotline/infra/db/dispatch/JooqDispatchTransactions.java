package gov.hotline.infra.db.dispatch;

import gov.hotline.core.port.Repositories;
import gov.hotline.dispatch.port.ClusterRepository;
import gov.hotline.dispatch.port.DecisionRepository;
import gov.hotline.dispatch.port.DirectoryRepository;
import gov.hotline.dispatch.port.DispatchRepositories;
import gov.hotline.dispatch.port.DispatchTransactions;
import gov.hotline.dispatch.port.EscalationRepository;
import gov.hotline.dispatch.port.ScanRepository;
import gov.hotline.infra.db.core.JooqTransactions;
import java.time.Clock;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Transactions of the dispatch context: core's and dispatch's repositories bound to one
 * transaction.
 */
public final class JooqDispatchTransactions implements DispatchTransactions {
  private final DSLContext root;
  private final Clock clock;

  /** {@code clock}: the application's, for the rows' bookkeeping times ({@code updated_at}). */
  public JooqDispatchTransactions(DSLContext root, Clock clock) {
    this.root = root;
    this.clock = clock;
  }

  @Override
  public <T> T inTransaction(Function<DispatchRepositories, T> work) {
    return root.transactionResult(cfg -> work.apply(new Bound(DSL.using(cfg), clock)));
  }

  private record Bound(DSLContext db, Clock clock) implements DispatchRepositories {
    @Override
    public Repositories core() {
      return JooqTransactions.bind(db, clock);
    }

    @Override
    public DirectoryRepository directory() {
      return new JooqDirectoryRepository(db, clock);
    }

    @Override
    public DecisionRepository decisions() {
      return new JooqDecisionRepository(db);
    }

    @Override
    public ClusterRepository clusters() {
      return new JooqClusterRepository(db);
    }

    @Override
    public EscalationRepository escalation() {
      return new JooqEscalationRepository(db);
    }

    @Override
    public ScanRepository scans() {
      return new JooqScanRepository(db, clock);
    }
  }
}
