package gov.hotline.dispatch.service;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.ticket.AppealType;
import gov.hotline.dispatch.domain.ResolutionStatus;
import gov.hotline.dispatch.port.IntakeTicket;
import gov.hotline.dispatch.port.SimilarTickets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The dispatch scan against dispatch's ports in memory, on a fixed clock. */
class ScanServiceTest {
  private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

  private final InMemoryDispatch store = new InMemoryDispatch();
  private final ScanService scan = store.scanService(Clock.fixed(NOW, InMemoryDispatch.SHANGHAI));

  private void intake(long id, Duration ago, String phone, String address, String content) {
    store.intake.add(
        new IntakeTicket(
            id,
            "HD20261123-" + id,
            NOW.minus(ago),
            phone,
            address,
            content,
            "GY04",
            AppealType.COMPLAINT));
  }

  private void similar(long ticketId, long to, double score) {
    store.similar.put(ticketId, List.of(new SimilarTickets.Hit(to, score)));
  }

  @Test
  void theSameCallerSayingTheSameAgainIsFlaggedAsAProbableDuplicateOfTheOpenTicket() {
    intake(1, Duration.ofHours(5), "13800000001", "海淀区定慧北里", "楼下饭店油烟扰民");
    intake(2, Duration.ofHours(1), "13800000001", "海淀区", "楼下饭店油烟很大");
    similar(2, 1, 0.6);

    var result = scan.catchUp();

    assertThat(result.duplicates()).isEqualTo(1);
    assertThat(store.duplicates.get(2L).duplicateOf()).isEqualTo(1L);
    assertThat(store.duplicates.get(2L).reason()).contains("同一来电人");
  }

  @Test
  void aTicketIsNotADuplicateOfOneAlreadyClosed() {
    intake(1, Duration.ofHours(5), "13800000001", "海淀区定慧北里", "楼下饭店油烟扰民");
    intake(2, Duration.ofHours(1), "13800000001", "海淀区", "楼下饭店油烟很大");
    similar(2, 1, 0.6);
    store.closed.add(1L);

    var result = scan.catchUp();

    assertThat(result.duplicates()).isZero();
    assertThat(store.duplicates).isEmpty();
  }

  @Test
  void theThirdOutageCallFromOnePlaceWithinHoursRaisesAHotspotWithAllThree() {
    intake(1, Duration.ofHours(3), "13800000001", "海淀区安宁里5号楼", "小区停电");
    intake(2, Duration.ofHours(2), "13800000002", "海淀区清河街道安宁里", "家里没电了");
    intake(3, Duration.ofHours(1), "13800000003", "海淀区安宁里9号楼", "停电两小时");

    var result = scan.catchUp();

    assertThat(result.hotspotTickets()).isEqualTo(1);
    assertThat(store.hotspots.values())
        .singleElement()
        .satisfies(h -> assertThat(h.ticketIds()).containsExactlyInAnyOrder(1L, 2L, 3L));
  }

  @Test
  void aTicketThatCannotBeProfiledIsStoredUnplacedAndTheScanGoesOn() {
    intake(1, Duration.ofHours(2), "13800000001", "海淀区安宁里5号楼", "小区停电");
    intake(2, Duration.ofHours(1), "13800000002", "海淀区定慧北里", "油烟扰民");
    store.failing.add(1L);

    var result = scan.catchUp();

    assertThat(result.tickets()).isEqualTo(2);
    assertThat(store.profiles.get(1L).where().status()).isEqualTo(ResolutionStatus.UNKNOWN);
    assertThat(store.profiles.get(1L).where().explanation()).isEqualTo("处理失败");
    assertThat(store.profiles).containsKey(2L);
  }

  @Test
  void theScanMovesItsPositionSoThatTheNextScanFindsNothingNew() {
    intake(1, Duration.ofHours(2), "13800000001", "海淀区安宁里5号楼", "小区停电");
    intake(2, Duration.ofHours(1), "13800000002", "海淀区定慧北里", "油烟扰民");

    scan.catchUp();
    var again = scan.catchUp();

    assertThat(store.positions).containsEntry(ScanService.TICKETS, 2L);
    assertThat(again.tickets()).isZero();
  }

  @Test
  void anotherInstanceScanningMeansThisOneSkipsItsTurnAndTellsNoListener() {
    intake(1, Duration.ofHours(1), "13800000001", "海淀区安宁里5号楼", "小区停电");
    store.heldElsewhere = ScanService.JOB;
    List<ScanService.ScanResult> told = new ArrayList<>();
    scan.onScanned(told::add);

    var result = scan.catchUp();

    assertThat(result.ran()).isFalse();
    assertThat(store.profiles).isEmpty();
    assertThat(told).isEmpty();
  }
}
