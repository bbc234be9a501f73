package gov.hotline.kb.domain;

/** A title offered while the agent types (search-as-you-type). */
public record Suggestion(long articleId, String code, String title) {}
