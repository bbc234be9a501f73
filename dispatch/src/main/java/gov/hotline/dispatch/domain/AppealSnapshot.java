package gov.hotline.dispatch.domain;

import gov.hotline.core.id.CategoryId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What duplicate and hotspot detection compare of a ticket: when it came, who called, where it is
 * (street, community and the place names its address gave) and its category.
 */
public record AppealSnapshot(
    long ticketId,
    String ticketNo,
    Instant at,
    String callerPhone,
    Jurisdiction where,
    CategoryId categoryId) {
  public AppealSnapshot {
    Objects.requireNonNull(at);
    Objects.requireNonNull(where);
  }

  /** The places the address named, without street names: 安宁里（小区）, 北坞村（村） … */
  public List<String> places() {
    return where.matched().stream()
        .filter(m -> !m.endsWith("（街镇）") && !m.endsWith("（街镇简称）"))
        .toList();
  }
}
