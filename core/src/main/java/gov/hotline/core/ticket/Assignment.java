package gov.hotline.core.ticket;

import gov.hotline.core.id.UnitId;
import java.util.List;
import java.util.stream.Stream;

/**
 * The lead unit (主办) and assisting units (协办) a ticket is dispatched to; empty before dispatch.
 * {@code subUnitId} is the community (社区) the lead street passed the ticket down to (分拣转办), null
 * while the street handles it itself; {@code subReply} is that community's reply to its street,
 * which the street reviews before it becomes the unit's reply (反馈).
 */
public record Assignment(
    UnitId leadUnitId, List<UnitId> assistUnitIds, UnitId subUnitId, String subReply) {
  public static final Assignment NONE = new Assignment(null, List.of());

  public Assignment {
    assistUnitIds = List.copyOf(assistUnitIds);
  }

  /** A dispatch: the lead and assisting units, not passed down. */
  public Assignment(UnitId leadUnitId, List<UnitId> assistUnitIds) {
    this(leadUnitId, assistUnitIds, null, null);
  }

  public boolean isAssigned() {
    return leadUnitId != null;
  }

  /** Whether the lead unit has passed the ticket down to one of its communities. */
  public boolean isHandedDown() {
    return subUnitId != null;
  }

  /** Every unit the ticket is with: lead, assisting units and the community handling it. */
  public Stream<UnitId> allUnits() {
    return Stream.concat(
        Stream.concat(Stream.ofNullable(leadUnitId), assistUnitIds.stream()),
        Stream.ofNullable(subUnitId));
  }

  /** Passed down to {@code unit} (分拣转办); a reply of an earlier community is dropped. */
  public Assignment handedDownTo(UnitId unit) {
    return new Assignment(leadUnitId, assistUnitIds, unit, null);
  }

  /** The community's reply to its street. */
  public Assignment withSubReply(String reply) {
    return new Assignment(leadUnitId, assistUnitIds, subUnitId, reply);
  }

  /** Taken back by the lead unit (收回): the community no longer has it. */
  public Assignment takenBack() {
    return new Assignment(leadUnitId, assistUnitIds, null, null);
  }
}
