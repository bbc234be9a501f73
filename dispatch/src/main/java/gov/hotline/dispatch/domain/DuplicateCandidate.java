package gov.hotline.dispatch.domain;

import java.time.Instant;

/**
 * A ticket flagged as a probable duplicate (疑似重复) of an earlier open one, with the similarity and
 * why.
 */
public record DuplicateCandidate(
    long ticketId,
    long duplicateOf,
    double similarity,
    String reason,
    DuplicateStatus status,
    Instant detectedAt) {}
