package gov.hotline.kb.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A knowledge-base article (知识条目) at its current version. {@code code} is unique and stable (kept
 * from imports, e.g. KB0001); every edit makes a new {@link ArticleVersion}.
 */
public record Article(
    long id,
    String code,
    ArticleContent content,
    ArticleStatus status,
    int version,
    Instant createdAt,
    Instant updatedAt,
    String updatedBy) {
  public Article {
    Objects.requireNonNull(code);
    Objects.requireNonNull(content);
    Objects.requireNonNull(status);
  }

  public Article withId(long newId) {
    return new Article(newId, code, content, status, version, createdAt, updatedAt, updatedBy);
  }

  /** The next version: new content and/or status, edited by {@code author} at {@code at}. */
  public Article next(ArticleContent c, ArticleStatus s, String author, Instant at) {
    return new Article(id, code, c, s, version + 1, createdAt, at, author);
  }

  public ArticleVersion asVersion() {
    return new ArticleVersion(id, version, content, status, updatedBy, updatedAt);
  }
}
