package gov.hotline.core.ticket;

import gov.hotline.core.id.UnitId;
import java.util.List;
import java.util.stream.Stream;

/** The lead unit (主办) and assisting units (协办) a ticket is dispatched to; empty before dispatch. */
public record Assignment(UnitId leadUnitId, List<UnitId> assistUnitIds) {
  public static final Assignment NONE = new Assignment(null, List.of());

  public Assignment {
    assistUnitIds = List.copyOf(assistUnitIds);
  }

  public boolean isAssigned() {
    return leadUnitId != null;
  }

  public Stream<UnitId> allUnits() {
    return Stream.concat(Stream.ofNullable(leadUnitId), assistUnitIds.stream());
  }
}
