package gov.hotline.dispatch.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.id.UserId;
import gov.hotline.core.ticket.TicketAction;
import gov.hotline.core.ticket.TicketStatus;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.dispatch.domain.Alert;
import gov.hotline.dispatch.domain.AlertKind;
import gov.hotline.dispatch.domain.EscalationPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The escalation sweep (督查催办) against dispatch's ports in memory, on a fixed clock. */
class EscalationServiceTest {
  private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
  private static final Instant RECEIVED = NOW.minus(Duration.ofDays(20));

  private final InMemoryDispatch store = new InMemoryDispatch();
  private final UnitId street = store.aStreet();

  private EscalationService service(EscalationPolicy policy, int urgesPerSweep) {
    return new EscalationService(
        store, store, store, policy, Clock.fixed(NOW, InMemoryDispatch.SHANGHAI), urgesPerSweep);
  }

  private void overdue(long alertId, long ticketId, TicketStatus status, UnitId lead) {
    store.put(ticketId, status, lead, RECEIVED);
    store.alerts.put(
        alertId,
        new Alert(
            alertId,
            ticketId,
            AlertKind.OVERDUE,
            NOW.minus(Duration.ofDays(1)),
            lead,
            NOW.minus(Duration.ofHours(1)),
            false));
  }

  @Test
  void anOverdueTicketIsUrgedThroughTheLifecycleAsTheSystem() {
    overdue(1, 7, TicketStatus.SIGNED, street);

    var result = service(EscalationPolicy.DEFAULT, 100).sweep();

    assertThat(result.urged()).isEqualTo(1);
    assertThat(result.events())
        .singleElement()
        .satisfies(e -> assertThat(e.action()).isEqualTo("urge"));
    assertThat(store.ticket(7).flags().urgeCount()).isEqualTo(1);
    assertThat(store.history())
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.action()).isEqualTo(TicketAction.URGE);
              assertThat(h.actor().username()).isEqualTo("system-escalation");
              assertThat(h.reason()).contains("工单已超期");
            });
  }

  @Test
  void aTicketThatMovedOnSinceItsWarningIsLeftAloneAndTheWarningHandled() {
    overdue(1, 7, TicketStatus.REPLIED, street);

    var result = service(EscalationPolicy.DEFAULT, 100).sweep();

    assertThat(result.urged()).isZero();
    assertThat(result.skipped()).isEqualTo(1);
    assertThat(store.alerts.get(1L).urged()).isTrue();
    assertThat(store.history()).isEmpty();
  }

  @Test
  void aSweepUrgesNoMoreThanItsShareAndLeavesTheRestForTheNext() {
    overdue(1, 7, TicketStatus.SIGNED, street);
    overdue(2, 8, TicketStatus.SIGNED, street);
    overdue(3, 9, TicketStatus.SIGNED, street);

    var first = service(EscalationPolicy.DEFAULT, 2).sweep();
    var second = service(EscalationPolicy.DEFAULT, 2).sweep();

    assertThat(first.urged()).isEqualTo(2);
    assertThat(second.urged()).isEqualTo(1);
  }

  @Test
  void withoutAutomaticUrgesTheSweepOnlyRaisesWarnings() {
    overdue(1, 7, TicketStatus.SIGNED, street);

    var result = service(new EscalationPolicy(0.8, 0, false), 100).sweep();

    assertThat(result.raised()).containsEntry(AlertKind.OVERDUE, 1);
    assertThat(result.urged()).isZero();
    assertThat(store.ticket(7).flags().urgeCount()).isZero();
  }

  @Test
  void anotherInstanceSweepingMeansThisOneSkipsItsTurn() {
    overdue(1, 7, TicketStatus.SIGNED, street);
    store.heldElsewhere = EscalationService.JOB;

    var result = service(EscalationPolicy.DEFAULT, 100).sweep();

    assertThat(result.ran()).isFalse();
    assertThat(store.alerts.get(1L).urged()).isFalse();
  }

  @Test
  void aUnitHandlerMayNotAskForTheListOfAUnitOutsideItsOwn() {
    Actor handler = new Actor(new UserId(5), "handler1", Role.UNIT_HANDLER, street);
    UnitId elsewhere =
        store.orgTree().all().stream()
            .map(u -> u.id())
            .filter(id -> !store.orgTree().subtree(street).contains(id))
            .findFirst()
            .orElseThrow();

    assertThatThrownBy(
            () -> service(EscalationPolicy.DEFAULT, 100).due(handler, elsewhere, null, 50))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("无权查看其他单位");
  }
}
