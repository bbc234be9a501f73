package gov.hotline.kb.domain;

import gov.hotline.core.error.DomainException;

/**
 * A knowledge-base search as an agent types it. Empty and over-long queries are refused with a
 * clear message; any characters are allowed (query syntax such as {@code "(*?:\} has no special
 * meaning here).
 */
public record SearchRequest(String query, int limit, String category) {
  public static final int QUERY_MAX = 500;
  public static final int LIMIT_MAX = 50;
  public static final int LIMIT_DEFAULT = 10;

  public static SearchRequest of(String query, Integer limit, String category) {
    if (query == null || query.isBlank()) {
      throw DomainException.invalid("EMPTY_QUERY", "请输入检索词（q）");
    }
    String q = query.strip();
    if (q.codePointCount(0, q.length()) > QUERY_MAX) {
      throw DomainException.invalid("QUERY_TOO_LONG", "检索词过长：最多 " + QUERY_MAX + " 个字符，请精简后再查");
    }
    int n = limit == null ? LIMIT_DEFAULT : limit;
    if (n < 1 || n > LIMIT_MAX) {
      throw DomainException.invalid("INVALID_LIMIT", "参数 limit 取值应在 1 到 " + LIMIT_MAX + " 之间");
    }
    String c = category == null || category.isBlank() ? null : category.strip();
    return new SearchRequest(q, n, c);
  }
}
