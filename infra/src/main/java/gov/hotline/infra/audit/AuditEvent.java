package gov.hotline.infra.audit;

import java.time.Instant;

/**
 * One line of the audit log (审计日志): who (id, user name, role; null before login), what ({@code
 * action}, e.g. LOGIN, FORBIDDEN, EXPORT), on what ({@code target}), when, from where, the result
 * and a detail; with its place in the hash chain.
 */
public record AuditEvent(
    long id,
    Instant at,
    Long actorId,
    String actorUsername,
    String actorRole,
    String action,
    String target,
    String clientAddress,
    String result,
    String detail,
    String prevHash,
    String hash) {}
