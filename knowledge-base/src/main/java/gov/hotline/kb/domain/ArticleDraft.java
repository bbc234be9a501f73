package gov.hotline.kb.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * An edit of a published article waiting for review (待审核草稿): the published version stays live and
 * searchable until a reviewer other than {@code author} publishes this content. {@code baseVersion}
 * is the published version the edit started from.
 */
public record ArticleDraft(
    long articleId, int baseVersion, ArticleContent content, String author, Instant at) {
  public ArticleDraft {
    Objects.requireNonNull(content);
    Objects.requireNonNull(author);
    Objects.requireNonNull(at);
  }
}
