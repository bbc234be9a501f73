package gov.hotline.kb.domain;

import java.util.List;

/**
 * One article found by a search: {@code title} and {@code snippets} are HTML-escaped with {@code
 * <em>} around the matched terms; {@code score} is the engine's relevance (higher is better,
 * comparable within one result list).
 */
public record SearchHit(
    long articleId,
    String code,
    String title,
    String category,
    double score,
    String highlightedTitle,
    List<String> snippets) {}
