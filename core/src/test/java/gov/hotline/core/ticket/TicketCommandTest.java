package gov.hotline.core.ticket;

import static gov.hotline.core.error.DomainErrors.domainErrorOf;
import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.error.ErrorKind;
import gov.hotline.core.org.Units;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketCommandTest {

  @Test
  void aReplyNeedsContent() {
    assertThat(domainErrorOf(() -> new TicketCommand.Reply(null)).getMessage())
        .isEqualTo("缺少必填项：反馈内容（content）");
  }

  @Test
  void aDirectCloseNeedsTheAnswerGiven() {
    assertThat(domainErrorOf(() -> new TicketCommand.DirectClose(" ")).getMessage())
        .contains("答复内容");
  }

  @Test
  void aCallbackNeedsTheCitizensSatisfaction() {
    assertThat(domainErrorOf(() -> new TicketCommand.Callback(true, null, "已回访")).getMessage())
        .contains("满意度");
  }

  @Test
  void anExtensionRequestNeedsTheDateAskedFor() {
    assertThat(domainErrorOf(() -> new TicketCommand.RequestExtension(null, "需协调")).getMessage())
        .contains("申请延期至");
  }

  @Test
  void anExclusionRequestNeedsAReason() {
    assertThat(domainErrorOf(() -> new TicketCommand.RequestExclusion(null)).code())
        .isEqualTo("MISSING_FIELD");
  }

  @Test
  void aReasonOverAThousandCharactersIsTooLong() {
    var e =
        domainErrorOf(
            () ->
                new TicketCommand.Return(ReturnReason.OTHER, "理".repeat(TextRules.REASON_MAX + 1)));

    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
    assertThat(e.code()).isEqualTo("FIELD_TOO_LONG");
  }

  @Test
  void approvingNeedsNoReason() {
    assertThat(new TicketCommand.DecideReturn(true, "  ").reason()).isNull();
    assertThat(new TicketCommand.DecideExtension(true, null, null).reason()).isNull();
    assertThat(new TicketCommand.ReviewExclusion(true, null).reason()).isNull();
  }

  @Test
  void aDecisionNamesTheActionByItsOutcome() {
    assertThat(new TicketCommand.DecideReturn(true, null).action())
        .isEqualTo(TicketAction.APPROVE_RETURN);
    assertThat(new TicketCommand.DecideReturn(false, "不同意").action())
        .isEqualTo(TicketAction.REJECT_RETURN);
    assertThat(new TicketCommand.DecideExtension(true, null, null).action())
        .isEqualTo(TicketAction.APPROVE_EXTENSION);
    assertThat(new TicketCommand.DecideExtension(false, null, "不同意").action())
        .isEqualTo(TicketAction.REJECT_EXTENSION);
  }

  @Test
  void aDispatchWithoutAssistingUnitsHasAnEmptyList() {
    assertThat(new TicketCommand.Dispatch(Units.STR_QH, null, null).assistUnitIds())
        .isEqualTo(List.of());
  }

  @Test
  void theNoteOfAnUrgeIsRecordedAsItsReason() {
    assertThat(new TicketCommand.Urge(" 请尽快处理 ").reason()).isEqualTo("请尽快处理");
  }

  @Test
  void everyActionIsFoundByItsUrlCodeAndNoOtherCodeIs() {
    for (TicketAction a : TicketAction.values()) {
      assertThat(TicketAction.byCode(a.code())).contains(a);
    }
    assertThat(TicketAction.byCode("delete")).isEmpty();
  }

  @Test
  void everyCommandActionHasARuleInTheTable() {
    for (TicketAction a : TicketAction.values()) {
      if (a != TicketAction.CREATE) {
        assertThat(TicketRules.of(a).roles()).as(a.name()).isNotEmpty();
      }
    }
  }
}
