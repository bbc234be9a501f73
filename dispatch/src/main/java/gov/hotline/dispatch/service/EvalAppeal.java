package gov.hotline.dispatch.service;

import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.ticket.AppealType;
import java.time.Instant;
import java.util.List;

/**
 * One appeal of an evaluation set (the schema of appeals.jsonl): the appeal as taken, the unit that
 * should lead ({@code alternatives}: other defensible leads of hard cases), how it is routed
 * (territorial, functional, hard), the earlier appeal it repeats and the sudden-event cluster it
 * belongs to, if any.
 */
public record EvalAppeal(
    String id,
    Instant at,
    String text,
    String address,
    AppealType appealType,
    CategoryId category,
    UnitId lead,
    List<UnitId> alternatives,
    String routing,
    String dupOf,
    String cluster) {
  public EvalAppeal {
    alternatives = List.copyOf(alternatives);
  }
}
