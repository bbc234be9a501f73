package gov.hotline.core.ticket;

import static gov.hotline.core.ShanghaiTime.at;
import static gov.hotline.core.error.DomainErrors.domainErrorOf;
import static gov.hotline.core.org.Units.BUR_CGZF;
import static gov.hotline.core.org.Units.CENTER;
import static gov.hotline.core.org.Units.HD;
import static gov.hotline.core.org.Units.STR_OLD;
import static gov.hotline.core.org.Units.STR_QH;
import static gov.hotline.core.org.Units.STR_QH_C1;
import static gov.hotline.core.org.Units.STR_ZGC;
import static gov.hotline.core.ticket.Tickets.aReceivedTicket;
import static gov.hotline.core.ticket.Timeline.DISPATCHED;
import static gov.hotline.core.ticket.Timeline.SIGNED;
import static gov.hotline.core.ticket.Timeline.SUBMITTED;
import static gov.hotline.core.user.Actors.agent;
import static gov.hotline.core.user.Actors.dispatcher;
import static gov.hotline.core.user.Actors.handlerOf;
import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import gov.hotline.core.id.UnitId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketLifecyclePermissionsTest {

  private static final Instant LATER = at(2025, 9, 30, 11, 30);

  private final TicketLifecycle lifecycle = Lifecycles.haidianOnTheOfficialCalendar();

  @Test
  void anAgentMayNotDispatch() {
    Ticket pending = TicketJourney.of(aReceivedTicket().build()).submit(SUBMITTED).ticket();

    DomainException e =
        domainErrorOf(() -> lifecycle.apply(pending, dispatchTo(STR_QH), agent(), DISPATCHED));

    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
    assertThat(e.code()).isEqualTo("FORBIDDEN");
    assertThat(e.getMessage()).isEqualTo("当前角色（座席员）无权执行“派单”操作");
  }

  @Test
  void aUnitHandlerMayNotCloseATicket() {
    Ticket signed = ledBy(STR_QH).sign(SIGNED).ticket();

    DomainException e =
        domainErrorOf(
            () -> lifecycle.apply(signed, new TicketCommand.Close(null), handlerOf(STR_QH), LATER));

    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
  }

  @Test
  void theDispatcherMayNotSignForTheUnit() {
    Ticket dispatched = ledBy(STR_QH).ticket();

    DomainException e =
        domainErrorOf(
            () -> lifecycle.apply(dispatched, new TicketCommand.Sign(), dispatcher(), LATER));

    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
  }

  @Test
  void aHandlerOfAnotherStreetMayNotActOnTheTicket() {
    Ticket dispatched = ledBy(STR_QH).ticket();

    DomainException e =
        domainErrorOf(
            () -> lifecycle.apply(dispatched, new TicketCommand.Sign(), handlerOf(STR_ZGC), LATER));

    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
    assertThat(e.getMessage()).contains("不属于本单位");
  }

  @Test
  void anAssistingUnitSeesTheTicketButMayNotSignForIt() {
    Ticket dispatched = ledBy(STR_QH, BUR_CGZF).ticket();

    DomainException e =
        domainErrorOf(
            () ->
                lifecycle.apply(dispatched, new TicketCommand.Sign(), handlerOf(BUR_CGZF), LATER));

    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
    assertThat(e.getMessage()).isEqualTo("只有主办单位可以执行“签收”操作");
  }

  @Test
  void aHandlerOfTheParentStreetMayActOnATicketLedByItsCommunity() {
    Transition t =
        lifecycle.apply(
            ledBy(STR_QH_C1).ticket(), new TicketCommand.Sign(), handlerOf(STR_QH), LATER);

    assertThat(t.after().status()).isEqualTo(TicketStatus.SIGNED);
    assertThat(t.entry().actor().unitId()).isEqualTo(STR_QH);
  }

  @Test
  void aHandlerOfTheDistrictMayReplyForAStreet() {
    Transition t =
        lifecycle.apply(
            ledBy(STR_QH).sign(SIGNED).ticket(),
            new TicketCommand.Reply("区里协调处理完毕"),
            handlerOf(HD),
            LATER);

    assertThat(t.after().status()).isEqualTo(TicketStatus.REPLIED);
  }

  @Test
  void aCommunityMayNotActOnATicketLedByItsStreet() {
    Ticket dispatched = ledBy(STR_QH).ticket();

    DomainException e =
        domainErrorOf(
            () ->
                lifecycle.apply(dispatched, new TicketCommand.Sign(), handlerOf(STR_QH_C1), LATER));

    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
  }

  @Test
  void closingADispatchedTicketIsAnIllegalTransitionNamingTheCurrentStatus() {
    Ticket dispatched = ledBy(STR_QH).ticket();

    DomainException e =
        domainErrorOf(
            () -> lifecycle.apply(dispatched, new TicketCommand.Close(null), agent(), LATER));

    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
    assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION");
    assertThat(e.getMessage()).isEqualTo("工单当前状态为“已派单”，不能执行“结案”操作（仅限：已回访）");
  }

  @Test
  void signingTwiceIsAnIllegalTransition() {
    Ticket signed = ledBy(STR_QH).sign(SIGNED).ticket();

    DomainException e =
        domainErrorOf(
            () -> lifecycle.apply(signed, new TicketCommand.Sign(), handlerOf(STR_QH), LATER));

    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
    assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION");
    assertThat(e.getMessage()).contains("已签收", "签收");
  }

  @Test
  void theIllegalTransitionMessageListsEveryStatusTheActionIsAllowedFrom() {
    Ticket received = aReceivedTicket().build();

    DomainException e =
        domainErrorOf(() -> lifecycle.apply(received, dispatchTo(STR_QH), dispatcher(), LATER));

    assertThat(e.getMessage()).endsWith("（仅限：待派单、重办）");
  }

  @Test
  void dispatchingToAnUnknownUnitIsInvalid() {
    DomainException e = dispatchFails(UnitId.of("NO_SUCH_UNIT"));

    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
    assertThat(e.code()).isEqualTo("UNKNOWN_UNIT");
    assertThat(e.getMessage()).isEqualTo("主办单位不存在：NO_SUCH_UNIT");
  }

  @Test
  void dispatchingToTheHotlineCentreIsInvalid() {
    DomainException e = dispatchFails(CENTER);

    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
    assertThat(e.code()).isEqualTo("UNIT_NOT_DISPATCHABLE");
    assertThat(e.getMessage()).contains("12345市民服务热线中心");
  }

  @Test
  void dispatchingToADissolvedUnitIsInvalid() {
    DomainException e = dispatchFails(STR_OLD);

    assertThat(e.code()).isEqualTo("UNIT_NOT_DISPATCHABLE");
  }

  @Test
  void anUnknownAssistingUnitIsInvalid() {
    Ticket pending = TicketJourney.of(aReceivedTicket().build()).submit(SUBMITTED).ticket();

    DomainException e =
        domainErrorOf(
            () ->
                lifecycle.apply(
                    pending,
                    dispatchTo(STR_QH, UnitId.of("NO_SUCH_UNIT")),
                    dispatcher(),
                    DISPATCHED));

    assertThat(e.code()).isEqualTo("UNKNOWN_UNIT");
    assertThat(e.getMessage()).startsWith("协办单位不存在");
  }

  @Test
  void theSameAssistingUnitTwiceIsInvalid() {
    Ticket pending = TicketJourney.of(aReceivedTicket().build()).submit(SUBMITTED).ticket();

    DomainException e =
        domainErrorOf(
            () ->
                lifecycle.apply(
                    pending, dispatchTo(STR_QH, BUR_CGZF, BUR_CGZF), dispatcher(), DISPATCHED));

    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
    assertThat(e.code()).isEqualTo("DUPLICATE_UNIT");
    assertThat(e.getMessage()).contains("BUR_CGZF");
  }

  @Test
  void theLeadUnitCannotAlsoAssist() {
    Ticket pending = TicketJourney.of(aReceivedTicket().build()).submit(SUBMITTED).ticket();

    DomainException e =
        domainErrorOf(
            () -> lifecycle.apply(pending, dispatchTo(STR_QH, STR_QH), dispatcher(), DISPATCHED));

    assertThat(e.code()).isEqualTo("DUPLICATE_UNIT");
  }

  @Test
  void aDispatchWithoutALeadUnitIsRefusedByTheCommand() {
    DomainException e = domainErrorOf(() -> new TicketCommand.Dispatch(null, null, null));

    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
    assertThat(e.code()).isEqualTo("MISSING_FIELD");
    assertThat(e.getMessage()).contains("主办单位");
  }

  private DomainException dispatchFails(UnitId lead) {
    Ticket pending = TicketJourney.of(aReceivedTicket().build()).submit(SUBMITTED).ticket();
    return domainErrorOf(
        () -> lifecycle.apply(pending, dispatchTo(lead), dispatcher(), DISPATCHED));
  }

  private static TicketCommand.Dispatch dispatchTo(UnitId lead, UnitId... assists) {
    return new TicketCommand.Dispatch(lead, List.of(assists), null);
  }

  private static TicketJourney ledBy(UnitId lead, UnitId... assists) {
    return TicketJourney.of(aReceivedTicket().build())
        .submit(SUBMITTED)
        .dispatchTo(lead, DISPATCHED, assists);
  }
}
