package gov.hotline.dispatch.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.id.UserId;
import gov.hotline.core.ticket.TicketStatus;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.dispatch.domain.DuplicateCandidate;
import gov.hotline.dispatch.domain.DuplicateStatus;
import gov.hotline.dispatch.domain.Hotspot;
import gov.hotline.dispatch.domain.HotspotStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Duplicates, merging and hotspots against dispatch's ports in memory, on a fixed clock. */
class ClusterServiceTest {
  private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
  private static final Instant EARLIER = NOW.minus(Duration.ofHours(3));

  private final InMemoryDispatch store = new InMemoryDispatch();
  private final Clock clock = Clock.fixed(NOW, InMemoryDispatch.SHANGHAI);
  private final UnitId street = store.aStreet();
  private final Actor dispatcher =
      new Actor(new UserId(3), "dispatcher1", Role.DISPATCHER, UnitId.of("HD_CENTER"));
  private final ClusterService service =
      new ClusterService(store, store, store.scanService(clock), clock);

  private void probableDuplicate(long ticketId, long of) {
    store.duplicates.put(
        ticketId,
        new DuplicateCandidate(ticketId, of, 0.7, "同一来电人", DuplicateStatus.PROBABLE, EARLIER));
  }

  /** An open power-cut hotspot (GY04) of the street, raised earlier, with {@code tickets}. */
  private void openHotspot(long id, Long... tickets) {
    store.hotspots.put(
        id,
        new Hotspot(
            id,
            street,
            street,
            CategoryId.of("GY04"),
            EARLIER,
            EARLIER,
            List.of(tickets),
            HotspotStatus.OPEN,
            EARLIER));
  }

  @Test
  void mergingMovesTheDuplicateToMergedAndRecordsTheLinkAndTheDecision() {
    store.put(1, TicketStatus.DISPATCHED, street, EARLIER);
    store.put(2, TicketStatus.RECEIVED, null, NOW);
    probableDuplicate(2, 1);

    var merged = service.merge(dispatcher, 2, 1, "同一问题");

    assertThat(merged.ticket().status()).isEqualTo(TicketStatus.MERGED);
    assertThat(merged.event().action()).isEqualTo("merge");
    assertThat(store.merges).containsEntry(2L, 1L);
    assertThat(store.duplicates.get(2L).status()).isEqualTo(DuplicateStatus.MERGED);
  }

  @Test
  void aMasterThatIsItselfMergedIsRefusedAndNothingIsWritten() {
    store.put(1, TicketStatus.MERGED, null, EARLIER);
    store.put(2, TicketStatus.RECEIVED, null, NOW);

    assertThatThrownBy(() -> service.merge(dispatcher, 2, 1, null))
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("MASTER_MERGED");
    assertThat(store.ticket(2).status()).isEqualTo(TicketStatus.RECEIVED);
    assertThat(store.merges).isEmpty();
  }

  @Test
  void aDismissedDuplicateCannotBeDismissedAgain() {
    probableDuplicate(2, 1);

    service.dismiss(dispatcher, 2);

    assertThat(store.duplicates.get(2L).status()).isEqualTo(DuplicateStatus.DISMISSED);
    assertThatThrownBy(() -> service.dismiss(dispatcher, 2))
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("DUPLICATE_DECIDED");
  }

  @Test
  void unitHandlersDoNotSeeDuplicates() {
    Actor handler = new Actor(new UserId(5), "handler1", Role.UNIT_HANDLER, street);

    assertThatThrownBy(() -> service.duplicates(handler, DuplicateStatus.PROBABLE, 50))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("无权查看重复工单");
  }

  @Test
  void mergingAHotspotMergesWhatCanStillBeMergedAndLeavesTheRest() {
    store.put(1, TicketStatus.DISPATCHED, street, EARLIER);
    store.put(2, TicketStatus.RECEIVED, null, EARLIER.plusSeconds(600));
    store.put(3, TicketStatus.SIGNED, street, EARLIER.plusSeconds(1200));
    openHotspot(9, 1L, 2L, 3L);

    var merged = service.mergeHotspot(dispatcher, 9, 1, null);

    assertThat(merged).extracting(m -> m.ticket().id().value()).containsExactly(2L);
    assertThat(store.ticket(3).status()).isEqualTo(TicketStatus.SIGNED);
    assertThat(store.history())
        .singleElement()
        .satisfies(h -> assertThat(h.reason()).isEqualTo("集中突发问题合并办理"));
  }

  @Test
  void aClosedHotspotCannotBeClosedAgain() {
    openHotspot(9, 1L);

    service.closeHotspot(dispatcher, 9);

    assertThat(store.hotspots.get(9L).status()).isEqualTo(HotspotStatus.CLOSED);
    assertThatThrownBy(() -> service.closeHotspot(dispatcher, 9))
        .isInstanceOf(DomainException.class)
        .extracting(e -> ((DomainException) e).code())
        .isEqualTo("HOTSPOT_CLOSED");
  }
}
