package gov.hotline.infra.http;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.ticket.CityReturnReason;
import gov.hotline.core.ticket.ReturnReason;
import gov.hotline.core.ticket.Satisfaction;
import gov.hotline.core.ticket.TicketAction;
import gov.hotline.core.ticket.TicketCommand;

/** Reads {@code POST /tickets/{id}/{action}} bodies into commands. */
final class TicketCommands {
  private TicketCommands() {}

  static TicketCommand parse(String actionCode, JsonInput in) {
    TicketAction action =
        TicketAction.byCode(actionCode)
            .filter(a -> a != TicketAction.CREATE)
            .orElseThrow(
                () -> DomainException.notFound("UNKNOWN_ACTION", "不支持的工单操作：" + actionCode));
    return switch (action) {
      case DIRECT_CLOSE -> new TicketCommand.DirectClose(in.text("answer"));
      case SUBMIT -> new TicketCommand.Submit(in.text("note"));
      case DISPATCH ->
          new TicketCommand.Dispatch(
              unit(in.text("leadUnitId")),
              in.textList("assistUnitIds").stream().map(UnitId::of).toList(),
              in.text("note"));
      case SIGN -> new TicketCommand.Sign();
      case RETURN ->
          new TicketCommand.Return(returnReason(in.text("reasonCode")), in.text("reason"));
      case APPROVE_RETURN -> new TicketCommand.DecideReturn(true, in.text("reason"));
      case REJECT_RETURN -> new TicketCommand.DecideReturn(false, in.text("reason"));
      case ARBITRATE ->
          new TicketCommand.Arbitrate(in.requiredBool("approved", "是否同意退单"), in.text("reason"));
      case REQUEST_EXTENSION ->
          new TicketCommand.RequestExtension(
              in.instant("requestedDueAt", "申请延期至"), in.text("reason"));
      case APPROVE_EXTENSION ->
          new TicketCommand.DecideExtension(true, in.instant("newDueAt", "延期至"), in.text("reason"));
      case REJECT_EXTENSION -> new TicketCommand.DecideExtension(false, null, in.text("reason"));
      case URGE -> new TicketCommand.Urge(in.text("note"));
      case SUPERVISE -> new TicketCommand.Supervise(in.instant("dueAt", "督办期限"), in.text("note"));
      case SUB_ASSIGN -> new TicketCommand.SubAssign(unit(in.text("unitId")), in.text("note"));
      case TAKE_BACK -> new TicketCommand.TakeBack(in.text("reason"));
      case SUB_REPLY -> new TicketCommand.SubReply(in.text("content"));
      case REJECT_SUB_REPLY -> new TicketCommand.RejectSubReply(in.text("reason"));
      case REPLY -> new TicketCommand.Reply(in.text("content"));
      case CALLBACK ->
          new TicketCommand.Callback(
              in.requiredBool("resolved", "是否解决"),
              in.enumValue("satisfaction", Satisfaction.class, "满意度"),
              in.text("note"),
              in.text("callId"));
      case CLOSE -> new TicketCommand.Close(in.text("note"));
      case REOPEN -> new TicketCommand.Reopen(in.text("reason"));
      case RETURN_TO_CITY ->
          new TicketCommand.ReturnToCity(
              in.enumValue("reasonCode", CityReturnReason.class, "退市理由"), in.text("reason"));
      case MERGE ->
          throw DomainException.notFound(
              "UNKNOWN_ACTION", "合并工单请使用 POST /api/v1/dispatch/merge（需指定主工单 masterTicketId）");
      case REQUEST_EXCLUSION -> new TicketCommand.RequestExclusion(in.text("reason"));
      case REVIEW_EXCLUSION ->
          new TicketCommand.ReviewExclusion(in.requiredBool("approved", "是否同意"), in.text("reason"));
      case REVOKE_EXCLUSION -> new TicketCommand.RevokeExclusion(in.text("reason"));
      case RATE, FOLLOW_UP ->
          throw DomainException.notFound(
              "UNKNOWN_ACTION", "不支持的工单操作：" + actionCode + "（评价与整改由回访、满意度测评和群众自评产生）");
      case CREATE -> throw new IllegalStateException("filtered above");
    };
  }

  /**
   * A return reason code (退单原因); missing is left to the command, unknown is refused with the list.
   */
  private static ReturnReason returnReason(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return JsonInput.parseEnum(code.trim(), "reasonCode", ReturnReason.class, "退单原因");
  }

  private static UnitId unit(String id) {
    return id == null || id.isBlank() ? null : UnitId.of(id.trim());
  }
}
