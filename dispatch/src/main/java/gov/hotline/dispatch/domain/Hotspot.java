package gov.hotline.dispatch.domain;

import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.UnitId;
import java.time.Instant;
import java.util.List;

/**
 * A hotspot alert (集中突发问题预警): related appeals of one category from one community or street ({@code
 * scopeUnitId}) between {@code firstAt} and {@code lastAt}, with the tickets involved.
 */
public record Hotspot(
    long id,
    UnitId scopeUnitId,
    UnitId streetId,
    CategoryId categoryId,
    Instant firstAt,
    Instant lastAt,
    List<Long> ticketIds,
    HotspotStatus status,
    Instant raisedAt) {
  public Hotspot {
    ticketIds = List.copyOf(ticketIds);
  }
}
