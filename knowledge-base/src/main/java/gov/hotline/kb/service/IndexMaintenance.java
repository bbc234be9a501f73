package gov.hotline.kb.service;

import gov.hotline.core.user.Actor;
import gov.hotline.kb.domain.Article;
import gov.hotline.kb.domain.ArticleFilter;
import gov.hotline.kb.domain.ArticleStatus;
import gov.hotline.kb.domain.KbRules;
import gov.hotline.kb.domain.TicketText;
import gov.hotline.kb.port.KbTransactions;
import gov.hotline.kb.port.KnowledgeIndex;
import gov.hotline.kb.port.TicketTexts;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Rebuilds the search index from the database (the source of truth), in pages. */
public final class IndexMaintenance {
  private static final Logger LOG = LoggerFactory.getLogger(IndexMaintenance.class);
  private static final int PAGE = 500;

  private final KbTransactions tx;
  private final TicketTexts tickets;
  private final KnowledgeIndex index;

  public IndexMaintenance(KbTransactions tx, TicketTexts tickets, KnowledgeIndex index) {
    this.tx = tx;
    this.tickets = tickets;
    this.index = index;
  }

  /** What a rebuild indexed. */
  public record Counts(long articles, long tickets) {}

  /** Rebuilds both indexes on an actor's request (admins only). */
  public Counts reindexAll(Actor actor) {
    KbRules.require(actor, KbRules.Use.REINDEX);
    return reindexAll();
  }

  public Counts reindexAll() {
    return new Counts(reindexArticles(), reindexTickets());
  }

  public long reindexArticles() {
    index.clearArticles();
    long after = 0;
    long n = 0;
    while (true) {
      long from = after;
      List<Article> page = tx.inTransaction(r -> r.articles().after(from, PAGE));
      if (page.isEmpty()) {
        break;
      }
      index.indexArticles(page);
      n += page.size();
      after = page.get(page.size() - 1).id();
    }
    long published = index.articleCount();
    LOG.info(
        "{} index rebuilt: {} articles read, {} published indexed", index.engine(), n, published);
    return published;
  }

  public long reindexTickets() {
    index.clearTickets();
    long after = 0;
    long n = 0;
    while (true) {
      List<TicketText> page = tickets.after(after, PAGE);
      if (page.isEmpty()) {
        break;
      }
      index.indexTickets(page);
      n += page.size();
      after = page.get(page.size() - 1).ticketId();
    }
    LOG.info("{} index rebuilt: {} tickets", index.engine(), n);
    return n;
  }

  /**
   * Gives every article its passage vectors (stored ones, or embedded now and stored), waiting for
   * the model to load if needed; run in the background after start-up — until it is done, searches
   * fall back to the lexical ranking for what has no vectors yet. Returns the articles with
   * vectors.
   */
  public long embedArticles() {
    long t0 = System.nanoTime();
    long after = 0;
    long n = 0;
    while (true) {
      long from = after;
      List<Article> page = tx.inTransaction(r -> r.articles().after(from, PAGE));
      if (page.isEmpty()) {
        break;
      }
      n += index.indexArticleVectors(page);
      after = page.get(page.size() - 1).id();
    }
    LOG.info(
        "{} 语义索引就绪：{} 条知识的段落向量，用时 {} ms", index.engine(), n, (System.nanoTime() - t0) / 1_000_000);
    return n;
  }

  /**
   * At start-up: rebuilds the articles when the index misses some (a new data directory, a new
   * Elasticsearch).
   */
  public void ensureArticlesIndexed() {
    long published =
        tx.inTransaction(
            r ->
                r.articles()
                    .list(new ArticleFilter(ArticleStatus.PUBLISHED, null, null, 1, 1))
                    .total());
    if (index.articleCount() != published) {
      reindexArticles();
    }
  }

  /**
   * The same for tickets; with millions of tickets this takes minutes, so callers run it after
   * start-up, while searches answer from what is indexed so far.
   */
  public void ensureTicketsIndexed() {
    if (index.ticketCount() != tickets.count()) {
      reindexTickets();
    }
  }
}
