package gov.hotline.kb.domain;

import java.time.Instant;

/**
 * One stored version of an article: its content and status as the author left it. Versions are
 * never changed.
 */
public record ArticleVersion(
    long articleId,
    int version,
    ArticleContent content,
    ArticleStatus status,
    String author,
    Instant at) {}
