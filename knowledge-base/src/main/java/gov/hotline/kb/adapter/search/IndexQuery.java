package gov.hotline.kb.adapter.search;

import java.util.List;

/**
 * A ranked query both backends execute the same way: the sum, over the {@code should} groups, of
 * each group's best weighted BM25 term score (plus {@code tieBreaker} times the others' — Lucene's
 * DisjunctionMaxQuery, Elasticsearch's dis_max), restricted by {@code filters} that do not score,
 * without the ids in {@code excludeIds}.
 */
public record IndexQuery(
    List<Group> should, List<Filter> filters, List<String> excludeIds, int limit) {

  /** Alternatives for one piece of the query (the same word in title, keywords and body …). */
  public record Group(List<Clause> alternatives, float tieBreaker) {
    public static Group of(Clause c) {
      return new Group(List.of(c), 0f);
    }
  }

  /** One term of one field with its weight. */
  public record Clause(String field, String term, float boost) {}

  /** A non-scoring restriction. */
  public sealed interface Filter permits KeywordIs, KeywordIn, NumberRange {}

  /** {@code field} equals {@code value} exactly. */
  public record KeywordIs(String field, String value) implements Filter {}

  /** {@code field} equals one of {@code values} exactly. */
  public record KeywordIn(String field, List<String> values) implements Filter {}

  /** {@code min <= field <= max}. */
  public record NumberRange(String field, long min, long max) implements Filter {}
}
