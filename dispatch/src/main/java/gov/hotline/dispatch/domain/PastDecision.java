package gov.hotline.dispatch.domain;

import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.UnitId;

/**
 * A similar earlier ticket and where the dispatcher sent it: the unit, and the catalogue reference
 * that unit was for that ticket ({@code @territory} when it was the ticket's own street), so the
 * choice carries over to a new address.
 */
public record PastDecision(
    long ticketId,
    String ticketNo,
    double similarity,
    CategoryId categoryId,
    UnitId leadUnitId,
    UnitRef leadRef) {}
