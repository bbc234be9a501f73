package gov.hotline.core.ticket;

import static gov.hotline.core.ShanghaiTime.at;
import static gov.hotline.core.error.DomainErrors.domainErrorOf;
import static gov.hotline.core.org.Units.BUR_CGZF;
import static gov.hotline.core.org.Units.HD;
import static gov.hotline.core.org.Units.STR_QH;
import static gov.hotline.core.org.Units.STR_QH_C1;
import static gov.hotline.core.org.Units.STR_ZGC;
import static gov.hotline.core.org.Units.haidian;
import static gov.hotline.core.ticket.Tickets.aReceivedTicket;
import static gov.hotline.core.ticket.Timeline.DISPATCHED;
import static gov.hotline.core.ticket.Timeline.HANDLE_DUE;
import static gov.hotline.core.ticket.Timeline.SIGNED;
import static gov.hotline.core.ticket.Timeline.SUBMITTED;
import static gov.hotline.core.user.Actors.dispatcher;
import static gov.hotline.core.user.Actors.handlerOf;
import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import gov.hotline.core.id.UnitId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * 分拣转办 inside the unit tree: 清河街道 passes a signed ticket down to its community 毛纺北小区社区 and takes it
 * back; the community replies to the street, which sends the reply back or makes it the unit's 反馈.
 * Only the street's own handlers pass down, take back and review; only to the street's own
 * communities; only that community replies; other units never see it.
 */
class TicketLifecycleSubAssignTest {

  private static final Instant PASSED = at(2025, 10, 9, 9, 0);
  private static final Instant SUB_REPLIED = at(2025, 10, 10, 16, 0);
  private static final Instant REVIEWED = at(2025, 10, 11, 9, 30);

  private final TicketLifecycle lifecycle = Lifecycles.haidianOnTheOfficialCalendar();
  private final TicketAccess access = new TicketAccess(haidian());

  @Test
  void theStreetPassesASignedTicketDownToItsCommunityWhichThenSeesAndHandlesIt() {
    Transition t =
        lifecycle.apply(
            signed(), new TicketCommand.SubAssign(STR_QH_C1, "请社区上门核实"), handlerOf(STR_QH), PASSED);

    assertThat(t.after().status()).isEqualTo(TicketStatus.SUB_HANDLING);
    assertThat(t.after().assignment().leadUnitId()).isEqualTo(STR_QH);
    assertThat(t.after().assignment().subUnitId()).isEqualTo(STR_QH_C1);
    assertThat(t.after().currentDueAt()).isEqualTo(HANDLE_DUE);
    assertThat(t.entry())
        .extracting(
            HistoryEntry::action,
            HistoryEntry::fromStatus,
            HistoryEntry::toStatus,
            HistoryEntry::reason,
            HistoryEntry::unitId)
        .containsExactly(
            TicketAction.SUB_ASSIGN,
            TicketStatus.SIGNED,
            TicketStatus.SUB_HANDLING,
            "转办至清河街道毛纺北小区社区：请社区上门核实",
            STR_QH);
    assertThat(t.entry().details()).containsEntry("subUnitId", "null→STR_QH_C1");
    assertThat(access.canView(handlerOf(STR_QH_C1), t.after())).isTrue();
    assertThat(access.actionsNow(handlerOf(STR_QH_C1), t.after()))
        .containsExactly(TicketAction.SUB_REPLY);
    assertThat(access.actionsNow(handlerOf(STR_QH), t.after()))
        .contains(TicketAction.TAKE_BACK)
        .doesNotContain(TicketAction.REPLY, TicketAction.SUB_REPLY, TicketAction.SUB_ASSIGN);
    assertThat(access.canView(handlerOf(STR_ZGC), t.after())).isFalse();
  }

  @Test
  void theStreetTakesTheTicketBackAndTheCommunityNoLongerSeesIt() {
    Ticket passed = passedDown();

    Transition t =
        lifecycle.apply(passed, new TicketCommand.TakeBack("社区人手不足"), handlerOf(STR_QH), REVIEWED);

    assertThat(t.after().status()).isEqualTo(TicketStatus.SIGNED);
    assertThat(t.after().assignment().subUnitId()).isNull();
    assertThat(t.entry().reason()).isEqualTo("从清河街道毛纺北小区社区收回，由本单位办理：社区人手不足");
    assertThat(t.entry().details()).containsEntry("subUnitId", "STR_QH_C1→null");
    assertThat(access.canView(handlerOf(STR_QH_C1), t.after())).isFalse();
    assertThat(access.actionsNow(handlerOf(STR_QH), t.after()))
        .contains(TicketAction.REPLY, TicketAction.SUB_ASSIGN);
  }

  @Test
  void theCommunitysReplyGoesUpToTheStreetWhichMakesItTheUnitsReply() {
    Transition sub =
        lifecycle.apply(
            passedDown(),
            new TicketCommand.SubReply("已上门核实并疏通下水管道"),
            handlerOf(STR_QH_C1),
            SUB_REPLIED);
    Transition reply =
        lifecycle.apply(
            sub.after(),
            new TicketCommand.Reply(sub.after().assignment().subReply()),
            handlerOf(STR_QH),
            REVIEWED);

    assertThat(sub.after().status()).isEqualTo(TicketStatus.SUB_REPLIED);
    assertThat(sub.after().assignment().subReply()).isEqualTo("已上门核实并疏通下水管道");
    assertThat(sub.after().progress().reply()).isNull();
    assertThat(sub.entry().unitId()).isEqualTo(STR_QH);
    assertThat(access.actionsNow(handlerOf(STR_QH), sub.after()))
        .contains(TicketAction.REPLY, TicketAction.REJECT_SUB_REPLY, TicketAction.TAKE_BACK);
    assertThat(access.actionsNow(handlerOf(STR_QH_C1), sub.after())).isEmpty();
    assertThat(reply.after().status()).isEqualTo(TicketStatus.REPLIED);
    assertThat(reply.after().progress().reply()).isEqualTo("已上门核实并疏通下水管道");
    assertThat(reply.entry().fromStatus()).isEqualTo(TicketStatus.SUB_REPLIED);
    assertThat(reply.after().deadlines().callbackDueAt()).isNotNull();
  }

  @Test
  void theStreetSendsAnUnsatisfactoryReplyBackToTheCommunity() {
    Ticket subReplied =
        lifecycle
            .apply(
                passedDown(), new TicketCommand.SubReply("已处理"), handlerOf(STR_QH_C1), SUB_REPLIED)
            .after();

    Transition t =
        lifecycle.apply(
            subReplied,
            new TicketCommand.RejectSubReply("未写明处理结果，请补充"),
            handlerOf(STR_QH),
            REVIEWED);

    assertThat(t.after().status()).isEqualTo(TicketStatus.SUB_HANDLING);
    assertThat(t.after().assignment().subReply()).isNull();
    assertThat(t.after().assignment().subUnitId()).isEqualTo(STR_QH_C1);
    assertThat(t.entry().reason()).isEqualTo("未写明处理结果，请补充");
  }

  @Test
  void aUnitAboveTheStreetMayNotPassItsTicketDown() {
    DomainException e =
        domainErrorOf(
            () ->
                lifecycle.apply(
                    signed(), new TicketCommand.SubAssign(STR_QH_C1, null), handlerOf(HD), PASSED));

    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
    assertThat(e.getMessage()).isEqualTo("只有主办单位本级的承办人可以执行“分拣转办”操作");
  }

  @Test
  void theStreetMayPassDownOnlyToItsOwnCommunities() {
    DomainException bureau =
        domainErrorOf(
            () ->
                lifecycle.apply(
                    signed(),
                    new TicketCommand.SubAssign(BUR_CGZF, null),
                    handlerOf(STR_QH),
                    PASSED));
    DomainException otherStreets =
        domainErrorOf(
            () ->
                lifecycle.apply(
                    signedBy(STR_ZGC),
                    new TicketCommand.SubAssign(STR_QH_C1, null),
                    handlerOf(STR_ZGC),
                    PASSED));

    assertThat(bureau.code()).isEqualTo("NOT_A_SUB_UNIT");
    assertThat(otherStreets.code()).isEqualTo("NOT_A_SUB_UNIT");
    assertThat(otherStreets.getMessage()).contains("不属于中关村街道");
  }

  @Test
  void onlyTheCommunityItWasPassedToRepliesAndTheStreetCannotReplyWhileItIsThere() {
    Ticket passed = passedDown();

    DomainException street =
        domainErrorOf(
            () ->
                lifecycle.apply(
                    passed, new TicketCommand.Reply("街道自行反馈"), handlerOf(STR_QH), REVIEWED));
    DomainException other =
        domainErrorOf(
            () ->
                lifecycle.apply(
                    passed, new TicketCommand.SubReply("冒名反馈"), handlerOf(STR_ZGC), REVIEWED));
    DomainException streetAsCommunity =
        domainErrorOf(
            () ->
                lifecycle.apply(
                    passed, new TicketCommand.SubReply("代社区反馈"), handlerOf(STR_QH), REVIEWED));

    assertThat(street.code()).isEqualTo("ILLEGAL_TRANSITION");
    assertThat(other.kind()).isEqualTo(ErrorKind.FORBIDDEN);
    assertThat(streetAsCommunity.kind()).isEqualTo(ErrorKind.FORBIDDEN);
    assertThat(streetAsCommunity.getMessage()).isEqualTo("只有承接转办的社区可以执行“社区反馈”操作");
  }

  @Test
  void theCommunityCannotTakeTheTicketBackNorPassItOn() {
    Ticket passed = passedDown();

    DomainException takeBack =
        domainErrorOf(
            () ->
                lifecycle.apply(
                    passed, new TicketCommand.TakeBack(null), handlerOf(STR_QH_C1), REVIEWED));

    assertThat(takeBack.kind()).isEqualTo(ErrorKind.FORBIDDEN);
    assertThat(TicketRules.of(TicketAction.SUB_ASSIGN).from()).containsExactly(TicketStatus.SIGNED);
  }

  @Test
  void aTicketNotYetSignedForCannotBePassedDown() {
    Ticket dispatched =
        TicketJourney.of(aReceivedTicket().build())
            .submit(SUBMITTED)
            .dispatchTo(STR_QH, DISPATCHED)
            .ticket();

    DomainException e =
        domainErrorOf(
            () ->
                lifecycle.apply(
                    dispatched,
                    new TicketCommand.SubAssign(STR_QH_C1, null),
                    handlerOf(STR_QH),
                    PASSED));

    assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION");
  }

  @Test
  void thePassedDownTicketCanStillBeUrgedAndTheDispatcherCannotActForTheStreet() {
    Ticket passed = passedDown();

    Transition urged =
        lifecycle.apply(passed, new TicketCommand.Urge(null), dispatcher(), REVIEWED);
    DomainException e =
        domainErrorOf(
            () ->
                lifecycle.apply(passed, new TicketCommand.TakeBack(null), dispatcher(), REVIEWED));

    assertThat(urged.after().status()).isEqualTo(TicketStatus.SUB_HANDLING);
    assertThat(urged.after().flags().urgeCount()).isEqualTo(1);
    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
  }

  @Test
  void passingDownWithoutNamingTheCommunityIsRefused() {
    DomainException e = domainErrorOf(() -> new TicketCommand.SubAssign(null, "请办理"));

    assertThat(e.code()).isEqualTo("MISSING_FIELD");
    assertThat(e.getMessage()).contains("转办社区");
  }

  private Ticket passedDown() {
    return lifecycle
        .apply(signed(), new TicketCommand.SubAssign(STR_QH_C1, null), handlerOf(STR_QH), PASSED)
        .after();
  }

  private static Ticket signed() {
    return signedBy(STR_QH);
  }

  private static Ticket signedBy(UnitId unit) {
    return TicketJourney.of(aReceivedTicket().build())
        .submit(SUBMITTED)
        .dispatchTo(unit, DISPATCHED)
        .sign(SIGNED)
        .ticket();
  }
}
