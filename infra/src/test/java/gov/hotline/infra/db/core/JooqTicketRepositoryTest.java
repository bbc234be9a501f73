package gov.hotline.infra.db.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.hotline.core.category.Category;
import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.TicketId;
import gov.hotline.core.id.TicketNo;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.id.UserId;
import gov.hotline.core.org.OrgUnit;
import gov.hotline.core.org.UnitType;
import gov.hotline.core.ticket.Appeal;
import gov.hotline.core.ticket.AppealType;
import gov.hotline.core.ticket.Assignment;
import gov.hotline.core.ticket.Caller;
import gov.hotline.core.ticket.Channel;
import gov.hotline.core.ticket.Deadlines;
import gov.hotline.core.ticket.HistoryEntry;
import gov.hotline.core.ticket.Ticket;
import gov.hotline.core.ticket.TicketAction;
import gov.hotline.core.ticket.TicketQuery;
import gov.hotline.core.ticket.TicketStatus;
import gov.hotline.core.ticket.Urgency;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.infra.support.TestClock;
import gov.hotline.infra.support.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("db")
class JooqTicketRepositoryTest {
  private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
  private static final UnitId STREET = UnitId.of("STR_QH");
  private static final UnitId OTHER_STREET = UnitId.of("STR_ZGC");
  private static final UnitId WATER = UnitId.of("ENT_WATER");
  private static final Actor AGENT =
      new Actor(new UserId(7), "agent1", Role.AGENT, UnitId.of("HD"));

  private static TestDatabase db;
  private static JooqTransactions tx;

  @BeforeAll
  static void migrate() {
    db = TestDatabase.migrated("ticket_repo");
    tx = new JooqTransactions(db.dsl(), TestClock.clock());
    tx.inTransaction(
        r -> {
          var ref = r.referenceData();
          ref.upsertUnit(
              new OrgUnit(UnitId.of("HD"), null, "海淀区", UnitType.DISTRICT, List.of(), true));
          for (UnitId u : List.of(STREET, OTHER_STREET, WATER)) {
            ref.upsertUnit(
                new OrgUnit(u, UnitId.of("HD"), u.value(), UnitType.STREET, List.of(), true));
          }
          ref.upsertCategory(new Category(CategoryId.of("GY"), null, "公用事业", 0, true));
          ref.upsertCategory(
              new Category(CategoryId.of("GY02"), CategoryId.of("GY"), "供水", 1, true));
          return null;
        });
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  private static Ticket aTicket(String no, String content) {
    return Ticket.received(
        new TicketNo(no),
        new Caller("张三", "13812345678", false),
        new Appeal(
            Channel.PHONE,
            AppealType.COMPLAINT,
            CategoryId.of("GY02"),
            Urgency.NORMAL,
            "清河安宁里",
            content,
            "1700000000.1"),
        NOW,
        new UserId(7),
        UnitId.of("HD"));
  }

  private static Ticket stored(Ticket t) {
    return tx.inTransaction(r -> r.tickets().find(r.tickets().insert(t)).orElseThrow());
  }

  @Test
  void aStoredTicketReadsBackFieldForField() {
    Ticket t = aTicket("HD20261120-000001", "停水三天");

    Ticket back = stored(t);

    assertThat(back.withId(new TicketId(0))).isEqualTo(t);
    assertThat(back.id().value()).isPositive();
  }

  @Test
  void updatingAStaleVersionIsRefusedAsAConflict() {
    Ticket mine = stored(aTicket("HD20261120-000002", "路灯不亮"));
    tx.inTransaction(
        r -> {
          r.tickets().update(mine.withStatus(TicketStatus.PENDING_DISPATCH));
          return null;
        });

    assertThatThrownBy(
            () ->
                tx.inTransaction(
                    r -> {
                      r.tickets().update(mine.withStatus(TicketStatus.DIRECT_CLOSED));
                      return null;
                    }))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
              assertThat(e.code()).isEqualTo("STALE_TICKET");
            });
  }

  @Test
  void historyIsReadBackInOrderAndTheDatabaseRefusesToChangeIt() {
    Ticket t = stored(aTicket("HD20261120-000003", "噪音扰民"));
    tx.inTransaction(
        r -> {
          r.tickets()
              .appendHistory(
                  new HistoryEntry(
                      t.id(),
                      NOW,
                      AGENT,
                      TicketAction.CREATE,
                      null,
                      TicketStatus.RECEIVED,
                      null,
                      Map.of("channel", "PHONE")));
          r.tickets()
              .appendHistory(
                  new HistoryEntry(
                      t.id(),
                      NOW.plusSeconds(5),
                      AGENT,
                      TicketAction.SUBMIT,
                      TicketStatus.RECEIVED,
                      TicketStatus.PENDING_DISPATCH,
                      "请派单",
                      Map.of()));
          return null;
        });

    List<HistoryEntry> history = tx.inTransaction(r -> r.tickets().history(t.id()));

    assertThat(history)
        .extracting(HistoryEntry::action)
        .containsExactly(TicketAction.CREATE, TicketAction.SUBMIT);
    assertThat(history.get(0).details()).containsEntry("channel", "PHONE");
    assertThat(history.get(1).reason()).isEqualTo("请派单");
    assertThatThrownBy(
            () ->
                db.dsl()
                    .execute(
                        "UPDATE core.ticket_history SET reason = 'x' WHERE ticket_id = "
                            + t.id().value()))
        .hasMessageContaining("append-only");
    assertThatThrownBy(
            () ->
                db.dsl()
                    .execute("DELETE FROM core.ticket_history WHERE ticket_id = " + t.id().value()))
        .hasMessageContaining("append-only");
  }

  @Test
  void aUnitScopedSearchFindsTicketsWhereTheUnitLeadsOrAssists() {
    Ticket led =
        stored(
            aTicket("HD20261120-000010", "scope-lead")
                .withStatus(TicketStatus.DISPATCHED)
                .withAssignment(new Assignment(STREET, List.of())));
    Ticket assisted =
        stored(
            aTicket("HD20261120-000011", "scope-assist")
                .withStatus(TicketStatus.DISPATCHED)
                .withAssignment(new Assignment(OTHER_STREET, List.of(STREET))));
    stored(
        aTicket("HD20261120-000012", "scope-other")
            .withStatus(TicketStatus.DISPATCHED)
            .withAssignment(new Assignment(OTHER_STREET, List.of(WATER))));

    var page =
        tx.inTransaction(
            r ->
                r.tickets()
                    .search(
                        new TicketQuery(
                            Set.of(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            "scope-",
                            1,
                            20,
                            Set.of(STREET),
                            NOW)));

    assertThat(page.items())
        .extracting(Ticket::id)
        .containsExactlyInAnyOrder(led.id(), assisted.id());
    assertThat(page.total()).isEqualTo(2);
  }

  @Test
  void theOverdueFilterComparesTheCurrentDeadlineWithNow() {
    Ticket late =
        aTicket("HD20261120-000020", "overdue-late")
            .withStatus(TicketStatus.DISPATCHED)
            .withAssignment(new Assignment(STREET, List.of()))
            .withDeadlines(
                new Deadlines(NOW.minus(Duration.ofHours(1)), NOW.plusSeconds(9999), null, null));
    Ticket early =
        aTicket("HD20261120-000021", "overdue-early")
            .withStatus(TicketStatus.DISPATCHED)
            .withAssignment(new Assignment(STREET, List.of()))
            .withDeadlines(
                new Deadlines(NOW.plus(Duration.ofHours(1)), NOW.plusSeconds(9999), null, null));
    Ticket lateId = stored(late);
    Ticket earlyId = stored(early);

    var overdue =
        tx.inTransaction(
            r ->
                r.tickets()
                    .search(
                        new TicketQuery(
                            Set.of(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            true,
                            "overdue-",
                            1,
                            20,
                            null,
                            NOW)));
    var onTime =
        tx.inTransaction(
            r ->
                r.tickets()
                    .search(
                        new TicketQuery(
                            Set.of(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            false,
                            "overdue-",
                            1,
                            20,
                            null,
                            NOW)));

    assertThat(overdue.items()).extracting(Ticket::id).containsExactly(lateId.id());
    assertThat(onTime.items()).extracting(Ticket::id).containsExactly(earlyId.id());
  }

  @Test
  void twoServerInstancesNeverHandOutTheSameTicketNumber() {
    var first = new BlockTicketNumbers(db.dsl(), 5);
    var second = new BlockTicketNumbers(db.dsl(), 5);
    LocalDate day = LocalDate.of(2026, 11, 20);
    Set<Long> seen = new HashSet<>();

    for (int i = 0; i < 23; i++) {
      assertThat(seen.add(first.next(day))).isTrue();
      assertThat(seen.add(second.next(day))).isTrue();
    }

    assertThat(seen).hasSize(46).allMatch(n -> n >= 1 && n <= 50);
    assertThat(first.next(LocalDate.of(2026, 11, 21))).as("numbers restart each day").isEqualTo(1);
  }
}
