package gov.hotline.dispatch.domain;

import gov.hotline.core.id.UnitId;
import java.time.Instant;

/**
 * A warning raised once per ticket, kind and deadline: the ticket became near-due or overdue
 * against {@code dueAt} while {@code unitId} held it. {@code urged} once the automatic urge (催办)
 * was sent or found not applicable.
 */
public record Alert(
    long id,
    long ticketId,
    AlertKind kind,
    Instant dueAt,
    UnitId unitId,
    Instant raisedAt,
    boolean urged) {}
