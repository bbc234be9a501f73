package gov.hotline.kb.domain;

import java.time.Instant;

/**
 * A question the knowledge base could not answer (检索盲点): a query, as logged, that found nothing at
 * least once in the period — how often it was asked, how often in vain, when last. Editors read the
 * list to know which articles to write.
 */
public record SearchGap(String query, long searches, long misses, Instant lastAt) {}
