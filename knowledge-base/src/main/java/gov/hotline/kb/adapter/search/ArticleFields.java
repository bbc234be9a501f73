package gov.hotline.kb.adapter.search;

import gov.hotline.kb.adapter.search.HotlineAnalyzer.Analysis;
import gov.hotline.kb.adapter.search.IndexQuery.Clause;
import gov.hotline.kb.adapter.search.IndexQuery.Group;
import gov.hotline.kb.domain.Article;
import gov.hotline.kb.domain.ArticleContent;
import gov.hotline.kb.domain.QueryRewriter;
import gov.hotline.kb.domain.TextNormalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How articles are indexed and queried: which analysed forms go into which field, and how much a
 * match in each field weighs. Titles and keywords (the "head") weigh more than the body; exact
 * words more than character pairs; single characters and pinyin only break ties and rescue typos.
 */
final class ArticleFields {
  static final String INDEX = "articles";
  static final long OPEN_START = -1_000_000L;
  static final long OPEN_END = 100_000_000L;

  /**
   * Terms per field in one query; keeps a rambling 500-character story well under the engines'
   * clause limits.
   */
  private static final int MAX_TERMS_PER_FIELD = 48;

  private static final int SUGGEST_PREFIX_MAX = 12;

  /** How much the other fields of a group add to its best one. */
  static final float TIE = 0.3f;

  private final HotlineAnalyzer analyzer;
  private final AnalysisOptions options;

  ArticleFields(HotlineAnalyzer analyzer, AnalysisOptions options) {
    this.analyzer = analyzer;
    this.options = options;
  }

  IndexDocument document(Article a) {
    ArticleContent c = a.content();
    String keywords = String.join(" ， ", c.keywords());
    Map<String, List<String>> t = new HashMap<>();
    Analysis title = analyzer.analyze(c.title());
    Analysis kw = analyzer.analyze(keywords);
    Analysis body = analyzer.analyze(c.body());
    if (options.fields()) {
      // title and keywords form the "head": what an editor chose to name the article by
      t.put("t_head_w", concat(title.words(), kw.words()));
      t.put("t_head_g", concat(title.bigrams(), kw.bigrams()));
      t.put("t_body_w", body.words());
      t.put("t_body_g", body.bigrams());
      t.put("t_body_c", body.chars());
      t.put("t_head_con", concat(title.concepts(), kw.concepts()));
      t.put("t_body_con", body.concepts());
      t.put("t_head_py", concat(title.pinyin(), kw.pinyin()));
      t.put("t_head_ini", concat(title.initials(), kw.initials()));
    } else {
      t.put("t_all_w", concat(concat(title.words(), kw.words()), body.words()));
    }
    t.put("t_suggest", suggestTokens(c.title(), title));
    Map<String, String> stored = new HashMap<>();
    stored.put("s_id", Long.toString(a.id()));
    stored.put("s_code", a.code());
    stored.put("s_title", c.title());
    stored.put("s_category", c.category());
    stored.put("s_body", c.body());
    return new IndexDocument(
        Long.toString(a.id()),
        t,
        Map.of("k_category", c.category()),
        Map.of(
            "n_valid_from",
            c.validFrom() == null ? OPEN_START : c.validFrom().toEpochDay(),
            "n_valid_to",
            c.validTo() == null ? OPEN_END : c.validTo().toEpochDay()),
        stored);
  }

  /** One passage of an article with its vector, filtered like the article (validity, category). */
  IndexDocument passage(Article a, int no, String text, float[] vector) {
    ArticleContent c = a.content();
    Map<String, String> stored = new HashMap<>();
    stored.put("s_article", Long.toString(a.id()));
    stored.put("s_code", a.code());
    stored.put("s_title", c.title());
    stored.put("s_category", c.category());
    stored.put("s_text", text);
    stored.put("s_vec", VectorCodec.encode(vector));
    return new IndexDocument(
        passageId(a.id(), no),
        Map.of(),
        Map.of("k_category", c.category(), "k_article", Long.toString(a.id())),
        Map.of(
            "n_valid_from",
            c.validFrom() == null ? OPEN_START : c.validFrom().toEpochDay(),
            "n_valid_to",
            c.validTo() == null ? OPEN_END : c.validTo().toEpochDay()),
        stored,
        Map.of(AnalyzedKnowledgeIndex.VECTOR, vector));
  }

  static String passageId(long articleId, int no) {
    return articleId + "-" + no;
  }

  /** The ranked query of a search, and the terms to highlight in what it finds. */
  record Built(IndexQuery query, Set<String> highlightTerms) {}

  Built query(String q, String category, LocalDate today, int limit) {
    HotlineAnalyzer.QueryPieces pieces = analyzer.queryPieces(q, options.rewrite());
    List<Group> groups = new ArrayList<>();
    if (options.fields()) {
      groups.addAll(new QueryPlan(pieces, options).groups());
    } else {
      for (String w : unique(pieces.words().stream().map(QueryRewriter.Word::text).toList())) {
        groups.add(Group.of(new Clause("t_all_w", w, 1.0f)));
      }
    }
    List<IndexQuery.Filter> filters = new ArrayList<>();
    long day = today.toEpochDay();
    filters.add(new IndexQuery.NumberRange("n_valid_from", OPEN_START, day));
    filters.add(new IndexQuery.NumberRange("n_valid_to", day, OPEN_END));
    if (category != null) {
      filters.add(new IndexQuery.KeywordIs("k_category", category));
    }
    return new Built(new IndexQuery(groups, filters, List.of(), limit), highlightTerms(pieces));
  }

  private static Group group(Clause... alternatives) {
    return new Group(List.of(alternatives), TIE);
  }

  private static List<String> unique(List<String> terms) {
    return new ArrayList<>(new LinkedHashSet<>(terms))
        .subList(0, Math.min(MAX_TERMS_PER_FIELD, new LinkedHashSet<>(terms).size()));
  }

  IndexQuery suggest(String prefix, LocalDate today, int limit) {
    String p = TextNormalizer.normalize(prefix).replaceAll("\\s+", "");
    if (p.length() > SUGGEST_PREFIX_MAX) {
      p = p.substring(0, SUGGEST_PREFIX_MAX);
    }
    long day = today.toEpochDay();
    return new IndexQuery(
        List.of(Group.of(new Clause("t_suggest", p, 1.0f))),
        List.of(
            new IndexQuery.NumberRange("n_valid_from", OPEN_START, day),
            new IndexQuery.NumberRange("n_valid_to", day, OPEN_END)),
        List.of(),
        limit);
  }

  /**
   * What to mark in the hits: the query's words and pairs, and every term of its synonym concepts.
   */
  Set<String> highlightTerms(HotlineAnalyzer.QueryPieces pieces) {
    Set<String> terms = new LinkedHashSet<>();
    pieces.words().stream()
        .map(QueryRewriter.Word::text)
        .filter(w -> w.length() >= 2)
        .forEach(terms::add);
    pieces.pairs().stream()
        .map(HotlineAnalyzer.Pair::text)
        .filter(p -> p.length() == 2)
        .forEach(terms::add);
    for (var o : pieces.concepts()) {
      terms.addAll(analyzer.dictionary().members(o.concept()));
    }
    if (terms.isEmpty()) {
      pieces.pairs().forEach(p -> terms.add(p.text()));
    }
    return terms;
  }

  /**
   * Prefixes of the title and of the title from each word on, plus pinyin initials from each word
   * on.
   */
  private static List<String> suggestTokens(String title, Analysis analysis) {
    String n = TextNormalizer.normalize(title).replaceAll("\\s+", "");
    Set<String> out = new LinkedHashSet<>();
    for (int start = 0; start < n.length(); start++) {
      boolean wordStart =
          start == 0 || !TextNormalizer.isCjk(n.charAt(start)) || startsWord(n, start, analysis);
      if (!wordStart) {
        continue;
      }
      for (int end = start + 1; end <= Math.min(n.length(), start + SUGGEST_PREFIX_MAX); end++) {
        out.add(n.substring(start, end));
      }
    }
    String initials = String.join("", analysis.initials());
    for (int end = 2; end <= Math.min(initials.length(), SUGGEST_PREFIX_MAX); end++) {
      out.add(initials.substring(0, end));
    }
    return new ArrayList<>(out);
  }

  private static boolean startsWord(String n, int at, Analysis analysis) {
    int pos = 0;
    for (String w : analysis.words()) {
      int found = n.indexOf(w, pos);
      if (found == at) {
        return true;
      }
      if (found > at) {
        return false;
      }
      if (found >= 0) {
        pos = found + w.length();
      }
    }
    return false;
  }

  /** One single-term group per distinct term, at most {@link #MAX_TERMS_PER_FIELD}. */
  static void add(List<Group> groups, String field, List<String> terms, float boost) {
    for (String term : unique(terms)) {
      groups.add(Group.of(new Clause(field, term, boost)));
    }
  }

  static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a.size() + b.size());
    out.addAll(a);
    out.addAll(b);
    return out;
  }
}
