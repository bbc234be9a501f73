package gov.hotline.kb.port;

import gov.hotline.kb.domain.Article;
import gov.hotline.kb.domain.SearchHit;
import gov.hotline.kb.domain.SearchRequest;
import gov.hotline.kb.domain.SimilarTicket;
import gov.hotline.kb.domain.Suggestion;
import gov.hotline.kb.domain.SynonymDictionary;
import gov.hotline.kb.domain.TicketText;
import java.time.LocalDate;
import java.util.List;

/**
 * The search engine of the knowledge base: published articles and tickets, analysed for Chinese.
 * Two implementations behave the same: the embedded Lucene index (default) and Elasticsearch. The
 * database stays the source of truth; the index can always be rebuilt from it. Implementations are
 * thread-safe and blocking.
 */
public interface KnowledgeIndex extends AutoCloseable {
  /** Engine name for logs and health: {@code lucene} or {@code elasticsearch}. */
  String engine();

  /**
   * Adds or replaces articles; only published ones are kept (others are removed). Visible to the
   * next search.
   */
  void indexArticles(List<Article> articles);

  void removeArticle(long articleId);

  /** Drops every article from the index (before a rebuild). */
  void clearArticles();

  long articleCount();

  /**
   * Adds the passage vectors of articles whose vectors were not ready when they were indexed
   * (computing them now, waiting for the model if needed); returns how many articles got vectors. A
   * lexical-only index ignores this.
   */
  default int indexArticleVectors(List<Article> articles) {
    return 0;
  }

  /** Passage vectors in the index (0 for a lexical-only index). */
  default long articleVectorCount() {
    return 0;
  }

  /** Published articles valid on {@code today}, best first. */
  List<SearchHit> search(SearchRequest request, LocalDate today);

  /** Titles starting with (a word of) what was typed, for search-as-you-type. */
  List<Suggestion> suggest(String prefix, int limit, LocalDate today);

  void indexTickets(List<TicketText> tickets);

  void clearTickets();

  long ticketCount();

  /**
   * Tickets created before {@code ticket} with similar content, best first; never the ticket
   * itself.
   */
  List<SimilarTicket> similarTickets(TicketText ticket, int limit);

  /**
   * Switches to a new synonym dictionary; documents indexed before keep their old concepts until
   * re-indexed.
   */
  void useSynonyms(SynonymDictionary dictionary);

  /**
   * True when the engine answers now; while it does not, searches fail with {@code
   * SEARCH_UNAVAILABLE} (an embedded index is always available).
   */
  default boolean available() {
    return true;
  }

  @Override
  void close();
}
