package gov.hotline.kb.adapter.search;

import gov.hotline.kb.adapter.search.HotlineAnalyzer.Analysis;
import gov.hotline.kb.domain.TicketText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How tickets are indexed for similar-ticket search: content words, character pairs and concepts
 * decide; the address is indexed for later use (place-based duplicate checks) but never makes a
 * ticket similar on its own.
 */
final class TicketFields {
  static final String INDEX = "tickets";

  private final HotlineAnalyzer analyzer;

  TicketFields(HotlineAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  IndexDocument document(TicketText t, float[] vector) {
    IndexDocument d = document(t);
    if (vector == null) {
      return d;
    }
    Map<String, String> stored = new HashMap<>(d.stored());
    stored.put("s_vec", VectorCodec.encode(vector));
    return new IndexDocument(
        d.id(),
        d.tokens(),
        d.keywords(),
        d.numbers(),
        stored,
        Map.of(AnalyzedKnowledgeIndex.VECTOR, vector));
  }

  IndexDocument document(TicketText t) {
    Analysis content = analyzer.analyze(t.content());
    Map<String, List<String>> tokens = new HashMap<>();
    tokens.put("t_c_w", content.words());
    tokens.put("t_c_g", content.bigrams());
    tokens.put("t_c_con", content.concepts());
    tokens.put("t_addr_g", analyzer.analyze(Objects.toString(t.address(), "")).bigrams());
    Map<String, String> stored = new HashMap<>();
    stored.put("s_id", Long.toString(t.ticketId()));
    stored.put("s_no", t.ticketNo());
    stored.put("s_category", Objects.toString(t.categoryId(), ""));
    stored.put("s_content", t.content());
    stored.put("s_address", Objects.toString(t.address(), ""));
    stored.put("s_created", Long.toString(t.createdAt().toEpochMilli()));
    return new IndexDocument(
        Long.toString(t.ticketId()),
        tokens,
        Map.of("k_category", Objects.toString(t.categoryId(), "")),
        Map.of("n_created", t.createdAt().toEpochMilli()),
        stored);
  }

  record Built(IndexQuery query, List<String> highlightTerms) {}

  Built similarTo(TicketText t, int limit) {
    Analysis content = analyzer.analyzeQuery(t.content(), true);
    List<IndexQuery.Group> clauses = new ArrayList<>();
    ArticleFields.add(clauses, "t_c_w", content.words(), 1.0f);
    ArticleFields.add(clauses, "t_c_g", content.bigrams(), 0.5f);
    ArticleFields.add(clauses, "t_c_con", content.concepts(), 1.5f);
    List<IndexQuery.Filter> filters =
        List.of(
            new IndexQuery.NumberRange(
                "n_created", Long.MIN_VALUE / 2, t.createdAt().toEpochMilli()));
    List<String> highlight =
        new ArrayList<>(content.words().stream().filter(w -> w.length() >= 2).toList());
    for (String c : content.concepts()) {
      highlight.addAll(analyzer.dictionary().members(c));
    }
    return new Built(
        new IndexQuery(clauses, filters, List.of(Long.toString(t.ticketId())), limit), highlight);
  }
}
