package gov.hotline.kb.adapter.search;

import gov.hotline.core.text.Embedder;
import gov.hotline.kb.domain.Article;
import gov.hotline.kb.domain.ArticleChunks;
import gov.hotline.kb.domain.ArticleStatus;
import gov.hotline.kb.domain.Fusion;
import gov.hotline.kb.domain.SearchHit;
import gov.hotline.kb.domain.SearchRequest;
import gov.hotline.kb.domain.SimilarTicket;
import gov.hotline.kb.domain.Snippets;
import gov.hotline.kb.domain.Suggestion;
import gov.hotline.kb.domain.SynonymDictionary;
import gov.hotline.kb.domain.TextNormalizer;
import gov.hotline.kb.domain.TicketText;
import gov.hotline.kb.port.KnowledgeIndex;
import gov.hotline.kb.service.ArticleEmbeddings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The knowledge index on any {@link IndexBackend}: the application analyses text and builds the
 * ranked queries, the backend only stores tokens and sums BM25 scores. This is why the embedded
 * Lucene engine and Elasticsearch rank alike: they receive the same tokens and the same weighted
 * terms.
 *
 * <p>With {@link ArticleEmbeddings} the index is hybrid: every published article's passages are
 * also stored as vectors (index {@code article_chunks}, field {@code v_text}, HNSW), a query is
 * embedded and its nearest passages found; the engine only proposes candidates, their cosines are
 * computed here from the stored vectors, and {@link Fusion} merges the two rankings in Java — so
 * both engines give the same list. Until the model is ready (or for a query in latin letters only,
 * such as pinyin initials) search stays lexical.
 */
public final class AnalyzedKnowledgeIndex implements KnowledgeIndex {
  private static final int SNIPPETS_PER_HIT = 2;

  private final IndexBackend backend;
  private final HotlineAnalyzer analyzer;
  private final ArticleFields articles;
  private final TicketFields tickets;
  private final ArticleEmbeddings semantics;
  private final Fusion fusion;

  /**
   * Document counts of the two article indexes, refreshed after every write (searches need them,
   * cheaply).
   */
  private volatile long[] counts;

  /** Lexical candidates fused per search at least. */
  static final int LEXICAL_DEPTH = 30;

  /** Nearest passages asked from the engine per search. */
  static final int VECTOR_DEPTH = 60;

  static final String CHUNKS = "article_chunks";
  static final String VECTOR = "v_text";

  public AnalyzedKnowledgeIndex(IndexBackend backend, SynonymDictionary synonyms) {
    this(backend, synonyms, AnalysisOptions.FULL);
  }

  public AnalyzedKnowledgeIndex(
      IndexBackend backend, SynonymDictionary synonyms, AnalysisOptions options) {
    this(backend, synonyms, options, null, Fusion.LEXICAL);
  }

  /** The hybrid index: lexical analysis plus passage vectors, fused by {@code fusion}. */
  public AnalyzedKnowledgeIndex(
      IndexBackend backend, SynonymDictionary synonyms, ArticleEmbeddings semantics) {
    this(backend, synonyms, AnalysisOptions.FULL, semantics, DEFAULT_FUSION);
  }

  /** The fusion (and relevance floor) in production, chosen on the evaluation sets. */
  public static final Fusion DEFAULT_FUSION = Fusion.HYBRID;

  public AnalyzedKnowledgeIndex(
      IndexBackend backend,
      SynonymDictionary synonyms,
      AnalysisOptions options,
      ArticleEmbeddings semantics,
      Fusion fusion) {
    this.semantics = semantics;
    this.fusion = fusion;
    this.backend = backend;
    this.analyzer = new HotlineAnalyzer(synonyms);
    this.articles = new ArticleFields(analyzer, options);
    this.tickets = new TicketFields(analyzer);
    // load smartcn's dictionaries and the pinyin table now rather than in the first agent's search
    analyzer.queryPieces("社保卡怎么补办", true);
  }

  @Override
  public String engine() {
    return backend.name();
  }

  @Override
  public boolean available() {
    return backend.available();
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
    indexPassages(list, false);
    counts = null;
  }

  @Override
  public int indexArticleVectors(List<Article> list) {
    int n = indexPassages(list, true);
    counts = null;
    return n;
  }

  private long[] counts() {
    long[] c = counts;
    if (c == null) {
      c =
          new long[] {
            backend.count(ArticleFields.INDEX), semantics == null ? 0 : backend.count(CHUNKS)
          };
      counts = c;
    }
    return c;
  }

  /**
   * The passage vectors of published articles (stored ones; computed ones when {@code compute} or
   * ready).
   */
  private int indexPassages(List<Article> list, boolean compute) {
    if (semantics == null) {
      return 0;
    }
    List<IndexDocument> docs = new ArrayList<>();
    List<String> stale = new ArrayList<>();
    int embedded = 0;
    for (Article a : list) {
      var passages =
          a.status() == ArticleStatus.PUBLISHED
              ? semantics.passages(a, compute)
              : Optional.<ArticleEmbeddings.Passages>empty();
      int n = 0;
      if (passages.isPresent()) {
        embedded++;
        var p = passages.get();
        n = p.texts().size();
        for (int i = 0; i < n; i++) {
          docs.add(articles.passage(a, i, p.texts().get(i), p.vectors().get(i)));
        }
      }
      for (int i = n; i < ArticleChunks.MAX_CHUNKS; i++) {
        stale.add(ArticleFields.passageId(a.id(), i));
      }
    }
    if (!docs.isEmpty()) {
      backend.upsert(CHUNKS, docs);
    }
    if (!stale.isEmpty()) {
      backend.deleteAll(CHUNKS, stale);
    }
    return embedded;
  }

  @Override
  public void removeArticle(long articleId) {
    backend.delete(ArticleFields.INDEX, Long.toString(articleId));
    if (semantics != null) {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < ArticleChunks.MAX_CHUNKS; i++) {
        ids.add(ArticleFields.passageId(articleId, i));
      }
      backend.deleteAll(CHUNKS, ids);
    }
    counts = null;
  }

  @Override
  public void clearArticles() {
    backend.deleteAll(ArticleFields.INDEX);
    if (semantics != null) {
      backend.deleteAll(CHUNKS);
    }
    counts = null;
  }

  @Override
  public long articleVectorCount() {
    return semantics == null ? 0 : backend.count(CHUNKS);
  }

  @Override
  public long articleCount() {
    return backend.count(ArticleFields.INDEX);
  }

  @Override
  public List<SearchHit> search(SearchRequest request, LocalDate today) {
    return search(request, today, fusion);
  }

  /** A search with another fusion (the evaluation compares them on one index). */
  public List<SearchHit> search(SearchRequest request, LocalDate today, Fusion how) {
    ArticleFields.Built built =
        articles.query(request.query(), request.category(), today, request.limit());
    boolean semantic =
        how.mode() != Fusion.Mode.LEXICAL
            && semantics != null
            && semantics.ready()
            && request.query().chars().anyMatch(TextNormalizer::isCjk)
            && counts()[1] > 0;
    if (!semantic) {
      if (built.query().should().isEmpty() || how.mode() == Fusion.Mode.VECTOR) {
        return List.of();
      }
      List<SearchHit> out = new ArrayList<>();
      for (IndexBackend.Hit h : backend.search(ArticleFields.INDEX, built.query())) {
        out.add(hit(h.stored(), h.score(), built, null));
      }
      return out;
    }
    IndexQuery q = built.query();
    List<IndexBackend.Hit> lexicalHits =
        q.should().isEmpty()
            ? List.of()
            : backend.search(
                ArticleFields.INDEX,
                new IndexQuery(
                    q.should(),
                    q.filters(),
                    q.excludeIds(),
                    Math.max(LEXICAL_DEPTH, request.limit())));
    float[] qv = semantics.query(request.query());
    Map<Long, Double> cosines = new HashMap<>();
    Map<Long, Map<String, String>> bestPassage = new HashMap<>();
    List<Fusion.Scored> vector = new ArrayList<>();
    for (IndexBackend.Hit h : backend.nearest(CHUNKS, VECTOR, qv, VECTOR_DEPTH, q.filters())) {
      passage(h, qv, cosines, bestPassage);
    }
    cosines.entrySet().stream()
        .sorted(
            Map.Entry.<Long, Double>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> vector.add(new Fusion.Scored(e.getKey(), e.getValue())));
    // the lexical candidates the nearest passages missed: their cosines from their own passages
    List<String> missing =
        lexicalHits.stream()
            .map(h -> h.stored().get("s_id"))
            .filter(id -> !cosines.containsKey(Long.parseLong(id)))
            .toList();
    if (!missing.isEmpty()) {
      List<IndexQuery.Filter> only = List.of(new IndexQuery.KeywordIn("k_article", missing));
      for (IndexBackend.Hit h :
          backend.nearest(CHUNKS, VECTOR, qv, missing.size() * ArticleChunks.MAX_CHUNKS, only)) {
        passage(h, qv, cosines, bestPassage);
      }
    }
    Map<Long, IndexBackend.Hit> byId = new HashMap<>();
    List<Fusion.Scored> lexical = new ArrayList<>();
    for (IndexBackend.Hit h : lexicalHits) {
      long id = Long.parseLong(h.stored().get("s_id"));
      byId.put(id, h);
      lexical.add(new Fusion.Scored(id, h.score()));
    }
    List<SearchHit> out = new ArrayList<>();
    long documents = counts()[0];
    for (Fusion.Ranked r : how.fuse(lexical, vector, cosines, documents)) {
      if (out.size() >= request.limit()) {
        break;
      }
      IndexBackend.Hit lh = byId.get(r.id());
      Map<String, String> p = bestPassage.get(r.id());
      if (lh != null) {
        out.add(hit(lh.stored(), r.score(), built, lh.stored().get("s_body")));
      } else if (p != null) {
        out.add(hit(p, r.score(), built, p.get("s_text")));
      }
    }
    return out;
  }

  /**
   * Records a nearest passage: the exact cosine from its stored vector, the best one per article.
   */
  private static void passage(
      IndexBackend.Hit h,
      float[] qv,
      Map<Long, Double> cosines,
      Map<Long, Map<String, String>> best) {
    long id = Long.parseLong(h.stored().get("s_article"));
    double cos = Embedder.dot(qv, VectorCodec.decode(h.stored().get("s_vec")));
    Double was = cosines.get(id);
    if (was == null || cos > was) {
      cosines.put(id, cos);
      best.put(id, h.stored());
    }
  }

  private static SearchHit hit(
      Map<String, String> s, double score, ArticleFields.Built built, String body) {
    String text = body == null ? s.get("s_body") : body;
    String id = s.containsKey("s_article") ? s.get("s_article") : s.get("s_id");
    return new SearchHit(
        Long.parseLong(id),
        s.get("s_code"),
        s.get("s_title"),
        s.get("s_category"),
        score,
        Snippets.highlight(s.get("s_title"), built.highlightTerms()),
        Snippets.snippets(text, built.highlightTerms(), SNIPPETS_PER_HIT));
  }

  @Override
  public List<Suggestion> suggest(String prefix, int limit, LocalDate today) {
    if (prefix == null || prefix.isBlank()) {
      return List.of();
    }
    return backend.search(ArticleFields.INDEX, articles.suggest(prefix, today, limit)).stream()
        .map(
            h ->
                new Suggestion(
                    Long.parseLong(h.stored().get("s_id")),
                    h.stored().get("s_code"),
                    h.stored().get("s_title")))
        .toList();
  }

  @Override
  public void indexTickets(List<TicketText> list) {
    if (list.isEmpty()) {
      return;
    }
    if (semantics != null && semantics.ready()) {
      List<float[]> vectors = semantics.texts(list.stream().map(TicketText::content).toList());
      List<IndexDocument> docs = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        docs.add(tickets.document(list.get(i), vectors.get(i)));
      }
      backend.upsert(TicketFields.INDEX, docs);
    } else {
      backend.upsert(TicketFields.INDEX, list.stream().map(tickets::document).toList());
    }
  }

  /**
   * A ticket found only by meaning must be this close (two wordings of one problem score about 0.8
   * and more).
   */
  static final double TICKET_COSINE = 0.80;

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
    List<IndexBackend.Hit> lexical =
        built.query().should().isEmpty()
            ? List.of()
            : backend.search(TicketFields.INDEX, built.query());
    if (semantics == null
        || !semantics.ready()
        || ticket.content() == null
        || ticket.content().chars().noneMatch(TextNormalizer::isCjk)) {
      return lexical.stream().map(h -> similar(h, h.score(), built)).toList();
    }
    // the same wording-independent vectors: an appeal about the same problem in other words
    // (another caller)
    float[] qv = semantics.texts(List.of(ticket.content())).get(0);
    String self = Long.toString(ticket.ticketId());
    Map<String, IndexBackend.Hit> byId = new HashMap<>();
    List<Fusion.Scored> lex = new ArrayList<>();
    List<Fusion.Scored> vec = new ArrayList<>();
    Map<Long, Double> cosines = new HashMap<>();
    for (IndexBackend.Hit h : lexical) {
      byId.put(h.stored().get("s_id"), h);
      lex.add(new Fusion.Scored(Long.parseLong(h.stored().get("s_id")), h.score()));
    }
    for (IndexBackend.Hit h :
        backend.nearest(
            TicketFields.INDEX, VECTOR, qv, Math.max(20, 2 * limit), built.query().filters())) {
      String id = h.stored().get("s_id");
      if (id.equals(self) || h.stored().get("s_vec") == null) {
        continue;
      }
      double cos = Embedder.dot(qv, VectorCodec.decode(h.stored().get("s_vec")));
      cosines.put(Long.parseLong(id), cos);
      if (cos >= TICKET_COSINE) {
        vec.add(new Fusion.Scored(Long.parseLong(id), cos));
        byId.putIfAbsent(id, h);
      }
    }
    List<SimilarTicket> out = new ArrayList<>();
    for (Fusion.Ranked r : Fusion.RRF.fuse(lex, vec, cosines, 0)) {
      IndexBackend.Hit h = byId.get(Long.toString(r.id()));
      if (h != null && out.size() < limit) {
        out.add(similar(h, r.score() * 100, built));
      }
    }
    return out;
  }

  private static SimilarTicket similar(IndexBackend.Hit h, double score, TicketFields.Built built) {
    var s = h.stored();
    List<String> snippet = Snippets.snippets(s.get("s_content"), built.highlightTerms(), 1);
    return new SimilarTicket(
        Long.parseLong(s.get("s_id")),
        s.get("s_no"),
        s.get("s_category").isEmpty() ? null : s.get("s_category"),
        Instant.ofEpochMilli(Long.parseLong(s.get("s_created"))),
        score,
        snippet.isEmpty() ? "" : snippet.get(0));
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
