package gov.hotline.kb.adapter.search;

import gov.hotline.kb.domain.Article;
import gov.hotline.kb.domain.ArticleStatus;
import gov.hotline.kb.domain.SearchHit;
import gov.hotline.kb.domain.SearchRequest;
import gov.hotline.kb.domain.SimilarTicket;
import gov.hotline.kb.domain.Snippets;
import gov.hotline.kb.domain.Suggestion;
import gov.hotline.kb.domain.SynonymDictionary;
import gov.hotline.kb.domain.TicketText;
import gov.hotline.kb.port.KnowledgeIndex;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The knowledge index on any {@link IndexBackend}: the application analyses text and builds the ranked queries, the
 * backend only stores tokens and sums BM25 scores. This is why the embedded Lucene engine and Elasticsearch rank
 * alike: they receive the same tokens and the same weighted terms.
 */
public final class AnalyzedKnowledgeIndex implements KnowledgeIndex {
  private static final int SNIPPETS_PER_HIT = 2;

  private final IndexBackend backend;
  private final HotlineAnalyzer analyzer;
  private final ArticleFields articles;
  private final TicketFields tickets;

  public AnalyzedKnowledgeIndex(IndexBackend backend, SynonymDictionary synonyms) {
    this(backend, synonyms, AnalysisOptions.FULL);
  }

  public AnalyzedKnowledgeIndex(IndexBackend backend, SynonymDictionary synonyms, AnalysisOptions options) {
    this.backend = backend;
    this.analyzer = new HotlineAnalyzer(synonyms);
    this.articles = new ArticleFields(analyzer, options);
    this.tickets = new TicketFields(analyzer);
  }

  @Override
  public String engine() {
    return backend.name();
  }

  @Override
  public void indexArticles(List<Article> list) {
    List<IndexDocument> docs = new ArrayList<>();
    for (Article a : list) {
      if (a.status() == ArticleStatus.PUBLISHED) {
        docs.add(articles.document(a));
      } else {
        backend.delete(ArticleFields.INDEX, Long.toString(a.id()));
      }
    }
    if (!docs.isEmpty()) {
      backend.upsert(ArticleFields.INDEX, docs);
    }
  }

  @Override
  public void removeArticle(long articleId) {
    backend.delete(ArticleFields.INDEX, Long.toString(articleId));
  }

  @Override
  public void clearArticles() {
    backend.deleteAll(ArticleFields.INDEX);
  }

  @Override
  public long articleCount() {
    return backend.count(ArticleFields.INDEX);
  }

  @Override
  public List<SearchHit> search(SearchRequest request, LocalDate today) {
    ArticleFields.Built built = articles.query(request.query(), request.category(), today, request.limit());
    if (built.query().should().isEmpty()) {
      return List.of();
    }
    List<SearchHit> out = new ArrayList<>();
    for (IndexBackend.Hit h : backend.search(ArticleFields.INDEX, built.query())) {
      var s = h.stored();
      out.add(new SearchHit(Long.parseLong(s.get("s_id")), s.get("s_code"), s.get("s_title"), s.get("s_category"),
          h.score(), Snippets.highlight(s.get("s_title"), built.highlightTerms()),
          Snippets.snippets(s.get("s_body"), built.highlightTerms(), SNIPPETS_PER_HIT)));
    }
    return out;
  }

  @Override
  public List<Suggestion> suggest(String prefix, int limit, LocalDate today) {
    if (prefix == null || prefix.isBlank()) {
      return List.of();
    }
    return backend.search(ArticleFields.INDEX, articles.suggest(prefix, today, limit)).stream()
        .map(h -> new Suggestion(Long.parseLong(h.stored().get("s_id")), h.stored().get("s_code"),
            h.stored().get("s_title")))
        .toList();
  }

  @Override
  public void indexTickets(List<TicketText> list) {
    if (!list.isEmpty()) {
      backend.upsert(TicketFields.INDEX, list.stream().map(tickets::document).toList());
    }
  }

  @Override
  public void clearTickets() {
    backend.deleteAll(TicketFields.INDEX);
  }

  @Override
  public long ticketCount() {
    return backend.count(TicketFields.INDEX);
  }

  @Override
  public List<SimilarTicket> similarTickets(TicketText ticket, int limit) {
    TicketFields.Built built = tickets.similarTo(ticket, limit);
    if (built.query().should().isEmpty()) {
      return List.of();
    }
    return backend.search(TicketFields.INDEX, built.query()).stream().map(h -> {
      var s = h.stored();
      List<String> snippet = Snippets.snippets(s.get("s_content"), built.highlightTerms(), 1);
      return new SimilarTicket(Long.parseLong(s.get("s_id")), s.get("s_no"),
          s.get("s_category").isEmpty() ? null : s.get("s_category"),
          Instant.ofEpochMilli(Long.parseLong(s.get("s_created"))), h.score(),
          snippet.isEmpty() ? "" : snippet.get(0));
    }).toList();
  }

  @Override
  public void useSynonyms(SynonymDictionary dictionary) {
    analyzer.dictionary(dictionary);
  }

  @Override
  public void close() {
    backend.close();
  }
}
