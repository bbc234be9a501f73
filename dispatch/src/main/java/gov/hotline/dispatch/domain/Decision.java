package gov.hotline.dispatch.domain;

import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.UnitId;
import java.time.Instant;

/**
 * A dispatcher's decision (派单决定): the unit a ticket was sent to as lead, the catalogue reference
 * that unit stood for ({@code @territory} when it was the ticket's own street), and the first
 * recommendation at that moment — a decision that differs from it is a correction the recommender
 * learns from. {@code historyId} is the ticket history entry of the dispatch.
 */
public record Decision(
    long historyId,
    long ticketId,
    String ticketNo,
    CategoryId categoryId,
    UnitId leadUnitId,
    UnitRef leadRef,
    UnitId recommendedUnitId,
    long decidedBy,
    Instant decidedAt) {
  public boolean followedRecommendation() {
    return leadUnitId.equals(recommendedUnitId);
  }
}
