package gov.hotline.core.ticket;

import static gov.hotline.core.ShanghaiTime.at;
import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.id.UnitId;
import gov.hotline.core.org.Units;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketQueryTest {

  @Test
  void pagesStartAtOne() {
    assertThat(query(0, 20).page()).isEqualTo(1);
  }

  @Test
  void aMissingPageSizeMeansTwenty() {
    assertThat(query(1, 0).size()).isEqualTo(20);
  }

  @Test
  void aPageHoldsAtMostTwoHundredTickets() {
    assertThat(query(1, 10_000).size()).isEqualTo(TicketQuery.MAX_SIZE);
  }

  @Test
  void noStatusFilterIsAnEmptySet() {
    assertThat(query(1, 20).statuses()).isEmpty();
  }

  @Test
  void scopingKeepsTheFiltersAndAddsTheVisibleUnitsAndTheTime() {
    Set<UnitId> units = new HashSet<>(Set.of(Units.STR_QH, Units.STR_QH_C1));
    TicketQuery q =
        new TicketQuery(
            Set.of(TicketStatus.SIGNED),
            null,
            null,
            null,
            null,
            null,
            true,
            "违建",
            2,
            50,
            null,
            null);

    TicketQuery scoped = q.scopedTo(units, at(2025, 10, 10, 9, 0));
    units.clear();

    assertThat(scoped.visibleUnits()).containsExactlyInAnyOrder(Units.STR_QH, Units.STR_QH_C1);
    assertThat(scoped.now()).isEqualTo(at(2025, 10, 10, 9, 0));
    assertThat(scoped)
        .extracting(
            TicketQuery::statuses,
            TicketQuery::overdue,
            TicketQuery::text,
            TicketQuery::page,
            TicketQuery::size)
        .containsExactly(Set.of(TicketStatus.SIGNED), true, "违建", 2, 50);
  }

  private static TicketQuery query(int page, int size) {
    return new TicketQuery(null, null, null, null, null, null, null, null, page, size, null, null);
  }
}
