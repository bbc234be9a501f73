package gov.hotline.kb.service;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import gov.hotline.kb.domain.Article;
import gov.hotline.kb.domain.SearchHit;
import gov.hotline.kb.domain.SearchRequest;
import gov.hotline.kb.domain.SimilarTicket;
import gov.hotline.kb.domain.Suggestion;
import gov.hotline.kb.domain.SynonymDictionary;
import gov.hotline.kb.domain.TicketText;
import gov.hotline.kb.port.KnowledgeIndex;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index as the services use it while its engine may be out (Elasticsearch down): the database
 * has committed an edit or a ticket before the index hears of it, so a write the engine cannot take
 * is remembered, not failed — the publish or the ticket stands, and {@link SearchRecovery} rebuilds
 * the index once the engine answers. Reads fail with {@code SEARCH_UNAVAILABLE} (503), saying so.
 */
public final class OutageTolerantIndex implements KnowledgeIndex {
  private static final Logger LOG = LoggerFactory.getLogger(OutageTolerantIndex.class);

  private final KnowledgeIndex index;
  private final AtomicBoolean missedWrites = new AtomicBoolean();

  public OutageTolerantIndex(KnowledgeIndex index) {
    this.index = index;
  }

  /** Whether a write was lost to an outage since the last call; clears the mark. */
  public boolean takeMissedWrites() {
    return missedWrites.getAndSet(false);
  }

  /** Marks the index as short of writes (at start-up when the engine could not be checked). */
  public void markMissedWrites() {
    missedWrites.set(true);
  }

  private void write(Runnable w) {
    try {
      w.run();
    } catch (DomainException e) {
      if (e.kind() != ErrorKind.UNAVAILABLE) {
        throw e;
      }
      if (!missedWrites.getAndSet(true)) {
        LOG.warn("检索引擎 {} 暂不可用：索引更新已记下，恢复后自动重建索引", index.engine());
      }
    }
  }

  @Override
  public String engine() {
    return index.engine();
  }

  @Override
  public void indexArticles(List<Article> articles) {
    write(() -> index.indexArticles(articles));
  }

  @Override
  public void removeArticle(long articleId) {
    write(() -> index.removeArticle(articleId));
  }

  @Override
  public void clearArticles() {
    index.clearArticles();
  }

  @Override
  public long articleCount() {
    return index.articleCount();
  }

  @Override
  public int indexArticleVectors(List<Article> articles) {
    return index.indexArticleVectors(articles);
  }

  @Override
  public long articleVectorCount() {
    return index.articleVectorCount();
  }

  @Override
  public List<SearchHit> search(SearchRequest request, LocalDate today) {
    return index.search(request, today);
  }

  @Override
  public List<Suggestion> suggest(String prefix, int limit, LocalDate today) {
    return index.suggest(prefix, limit, today);
  }

  @Override
  public void indexTickets(List<TicketText> tickets) {
    write(() -> index.indexTickets(tickets));
  }

  @Override
  public void clearTickets() {
    index.clearTickets();
  }

  @Override
  public long ticketCount() {
    return index.ticketCount();
  }

  @Override
  public List<SimilarTicket> similarTickets(TicketText ticket, int limit) {
    return index.similarTickets(ticket, limit);
  }

  @Override
  public void useSynonyms(SynonymDictionary dictionary) {
    index.useSynonyms(dictionary);
  }

  @Override
  public boolean available() {
    return index.available();
  }

  @Override
  public void close() {
    index.close();
  }
}
