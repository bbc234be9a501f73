package gov.hotline.infra.db.kb;

import gov.hotline.kb.port.ArticleRepository;
import gov.hotline.kb.port.KbRepositories;
import gov.hotline.kb.port.KbTransactions;
import gov.hotline.kb.port.SynonymRepository;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Transactions of the kb context: repositories bound to one transaction on the kb schema. */
public final class JooqKbTransactions implements KbTransactions {
  private final DSLContext root;

  public JooqKbTransactions(DSLContext root) {
    this.root = root;
  }

  @Override
  public <T> T inTransaction(Function<KbRepositories, T> work) {
    return root.transactionResult(cfg -> work.apply(new Bound(DSL.using(cfg))));
  }

  private record Bound(DSLContext db) implements KbRepositories {
    @Override
    public ArticleRepository articles() {
      return new JooqArticleRepository(db);
    }

    @Override
    public SynonymRepository synonyms() {
      return new JooqSynonymRepository(db);
    }
  }
}
