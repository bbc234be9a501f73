package gov.hotline.core.ticket;

import static gov.hotline.core.org.Units.BUR_CGZF;
import static gov.hotline.core.org.Units.STR_QH;
import static gov.hotline.core.org.Units.STR_QH_C1;
import static gov.hotline.core.org.Units.STR_ZGC;
import static gov.hotline.core.ticket.Tickets.aReceivedTicket;
import static gov.hotline.core.user.Actors.handlerOf;
import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.org.Units;
import gov.hotline.core.user.Actors;
import org.junit.jupiter.api.Test;

/**
 * The list of actions an actor is offered on a ticket now: role, status, lead unit and exclusion
 * state.
 */
class TicketActionsNowTest {
  private final TicketAccess access = new TicketAccess(Units.haidian());

  @Test
  void anAgentIsOfferedIntakeStepsOnAReceivedTicket() {
    assertThat(access.actionsNow(Actors.agent(), aReceivedTicket().build()))
        .containsExactly(TicketAction.DIRECT_CLOSE, TicketAction.SUBMIT);
  }

  @Test
  void aDispatcherIsOfferedDispatchAndSupervisionOnAPendingTicketButNotMerging() {
    Ticket t = aReceivedTicket().status(TicketStatus.PENDING_DISPATCH).build();

    assertThat(access.actionsNow(Actors.dispatcher(), t))
        .containsExactly(TicketAction.DISPATCH, TicketAction.SUPERVISE);
  }

  @Test
  void theLeadUnitIsOfferedSignReturnAndExclusionOnADispatchedTicket() {
    Ticket t = aReceivedTicket().status(TicketStatus.DISPATCHED).ledBy(STR_QH).build();

    assertThat(access.actionsNow(handlerOf(STR_QH), t))
        .containsExactly(TicketAction.SIGN, TicketAction.RETURN, TicketAction.REQUEST_EXCLUSION);
  }

  @Test
  void aStreetActsForTheCommunityItLeadsFor() {
    Ticket t = aReceivedTicket().status(TicketStatus.SIGNED).ledBy(STR_QH_C1).build();

    assertThat(access.actionsNow(handlerOf(STR_QH), t))
        .contains(TicketAction.REPLY, TicketAction.REQUEST_EXTENSION);
  }

  @Test
  void anAssistingUnitSeesTheTicketButIsOfferedNothing() {
    Ticket t = aReceivedTicket().status(TicketStatus.SIGNED).ledBy(STR_ZGC, BUR_CGZF).build();

    assertThat(access.canView(handlerOf(BUR_CGZF), t)).isTrue();
    assertThat(access.actionsNow(handlerOf(BUR_CGZF), t)).isEmpty();
  }

  @Test
  void aUnitThatMayNotSeeTheTicketIsOfferedNothing() {
    Ticket t = aReceivedTicket().status(TicketStatus.DISPATCHED).ledBy(STR_ZGC).build();

    assertThat(access.actionsNow(handlerOf(STR_QH), t)).isEmpty();
  }

  @Test
  void aPendingExclusionRequestIsOfferedForReviewNotAgainForRequest() {
    Ticket requested =
        aReceivedTicket()
            .status(TicketStatus.SIGNED)
            .ledBy(STR_QH)
            .flags(Flags.NONE.withExclusion(ExclusionStatus.REQUESTED))
            .build();

    assertThat(access.actionsNow(handlerOf(STR_QH), requested))
        .doesNotContain(TicketAction.REQUEST_EXCLUSION);
    assertThat(access.actionsNow(Actors.dispatcher(), requested))
        .contains(TicketAction.REVIEW_EXCLUSION)
        .doesNotContain(TicketAction.REVOKE_EXCLUSION);
  }

  @Test
  void anApprovedExclusionMayBeRevokedButNotReviewed() {
    Ticket approved =
        aReceivedTicket()
            .status(TicketStatus.REPLIED)
            .ledBy(STR_QH)
            .flags(Flags.NONE.withExclusion(ExclusionStatus.APPROVED))
            .build();

    assertThat(access.actionsNow(Actors.manager(), approved))
        .containsExactly(TicketAction.REVOKE_EXCLUSION);
  }

  @Test
  void everyActionOfferedIsOneTheLifecycleAccepts() {
    TicketLifecycle lifecycle = Lifecycles.haidianOnTheOfficialCalendar();
    Ticket t =
        aReceivedTicket()
            .status(TicketStatus.DISPATCHED)
            .ledBy(STR_QH)
            .deadlines(
                new Deadlines(
                    Tickets.RECEIVED_AT.plusSeconds(4 * 3600),
                    Tickets.RECEIVED_AT.plusSeconds(15 * 86400),
                    null,
                    null))
            .build();

    for (TicketAction a : access.actionsNow(handlerOf(STR_QH), t)) {
      TicketCommand cmd =
          switch (a) {
            case SIGN -> new TicketCommand.Sign();
            case RETURN -> new TicketCommand.Return(ReturnReason.NOT_DUTY, "不属于本单位职责范围");
            case REQUEST_EXCLUSION -> new TicketCommand.RequestExclusion("诉求人反复无理诉求");
            default -> throw new AssertionError("unexpected " + a);
          };
      assertThat(lifecycle.apply(t, cmd, handlerOf(STR_QH), Tickets.RECEIVED_AT).entry().action())
          .isEqualTo(a);
    }
  }
}
