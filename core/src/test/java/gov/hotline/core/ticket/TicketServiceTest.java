package gov.hotline.core.ticket;

import static gov.hotline.core.ShanghaiTime.at;
import static gov.hotline.core.ShanghaiTime.clockAt;
import static gov.hotline.core.error.DomainErrors.domainErrorOf;
import static gov.hotline.core.org.Units.STR_QH;
import static gov.hotline.core.org.Units.STR_QH_C1;
import static gov.hotline.core.org.Units.STR_ZGC;
import static gov.hotline.core.ticket.Tickets.aReceivedTicket;
import static gov.hotline.core.user.Actors.agent;
import static gov.hotline.core.user.Actors.dispatcher;
import static gov.hotline.core.user.Actors.handlerOf;
import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.calendar.OfficialCalendars;
import gov.hotline.core.calendar.WorkCalendar;
import gov.hotline.core.category.Category;
import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import gov.hotline.core.event.TicketCreated;
import gov.hotline.core.event.TicketTransitioned;
import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.TicketId;
import gov.hotline.core.org.OrgTree;
import gov.hotline.core.org.Units;
import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.sla.SlaPolicies;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TicketServiceTest {

  /** 00:30 on National Day in Beijing, still 30 September in UTC. */
  private static final Instant JUST_AFTER_MIDNIGHT = at(2025, 10, 1, 0, 30);

  private static final Instant NOW = at(2025, 9, 30, 10, 0);

  private final InMemoryStore store = new InMemoryStore();
  private final List<LocalDate> numberedDays = new ArrayList<>();

  @Test
  void creatingATicketNumbersItWithTheBeijingDateAndTheDailySequence() {
    TicketService.Outcome<TicketCreated> created =
        serviceAt(JUST_AFTER_MIDNIGHT).create(intake("CJ01"), agent());

    assertThat(created.ticket().no().value()).isEqualTo("HD20251001-000007");
    assertThat(numberedDays).containsExactly(LocalDate.of(2025, 10, 1));
  }

  @Test
  void creatingATicketStoresItAsReceivedAndRecordsWhoTookIt() {
    TicketService.Outcome<TicketCreated> created = serviceAt(NOW).create(intake("CJ01"), agent());

    Ticket stored = store.stored(created.ticket().id());
    assertThat(stored.status()).isEqualTo(TicketStatus.RECEIVED);
    assertThat(stored.createdAt()).isEqualTo(NOW);
    assertThat(stored.createdBy()).isEqualTo(agent().userId());
    assertThat(store.history(created.ticket().id()))
        .singleElement()
        .extracting(
            HistoryEntry::action,
            HistoryEntry::fromStatus,
            HistoryEntry::toStatus,
            HistoryEntry::actor)
        .containsExactly(TicketAction.CREATE, null, TicketStatus.RECEIVED, agent());
  }

  @Test
  void creatingATicketAnnouncesItWithItsCall() {
    TicketService.Outcome<TicketCreated> created = serviceAt(NOW).create(intake("CJ01"), agent());

    assertThat(created.event())
        .isEqualTo(
            new TicketCreated(
                created.ticket().id().value(),
                created.ticket().no().value(),
                "CJ01",
                "PHONE",
                "1750123456.42",
                NOW));
  }

  @Test
  void aUnitHandlerCannotTakeInTickets() {
    DomainException e =
        domainErrorOf(() -> serviceAt(NOW).create(intake("CJ01"), handlerOf(STR_QH)));

    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
  }

  @Test
  void anUnknownCategoryIsInvalid() {
    DomainException e = domainErrorOf(() -> serviceAt(NOW).create(intake("XX99"), agent()));

    assertThat(e.code()).isEqualTo("UNKNOWN_CATEGORY");
  }

  @Test
  void aRetiredCategoryCountsAsUnknown() {
    DomainException e = domainErrorOf(() -> serviceAt(NOW).create(intake("CJ09"), agent()));

    assertThat(e.code()).isEqualTo("UNKNOWN_CATEGORY");
  }

  @Test
  void aCategoryGroupIsNotSpecificEnough() {
    DomainException e = domainErrorOf(() -> serviceAt(NOW).create(intake("CJ"), agent()));

    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
    assertThat(e.code()).isEqualTo("CATEGORY_NOT_LEAF");
    assertThat(e.getMessage()).contains("城乡建设");
  }

  @Test
  void actingStoresTheNextVersionAndItsHistoryAndAnnouncesTheTransition() {
    TicketId id = store.put(aReceivedTicket().status(TicketStatus.PENDING_DISPATCH).build());

    TicketService.Outcome<TicketTransitioned> out =
        serviceAt(NOW).act(id, new TicketCommand.Dispatch(STR_QH, null, null), dispatcher());

    assertThat(store.stored(id).status()).isEqualTo(TicketStatus.DISPATCHED);
    assertThat(out.ticket().version()).isEqualTo(store.stored(id).version());
    assertThat(store.history(id))
        .extracting(HistoryEntry::action)
        .containsExactly(TicketAction.DISPATCH);
    assertThat(out.event())
        .isEqualTo(
            new TicketTransitioned(
                id.value(),
                Tickets.NO.value(),
                "dispatch",
                "PENDING_DISPATCH",
                "DISPATCHED",
                "STR_QH",
                dispatcher().userId().value(),
                NOW,
                List.of("STR_QH")));
  }

  @Test
  void aRefusedActionChangesNothing() {
    TicketId id = store.put(aReceivedTicket().status(TicketStatus.PENDING_DISPATCH).build());
    Ticket before = store.stored(id);

    domainErrorOf(() -> serviceAt(NOW).act(id, new TicketCommand.Close(null), agent()));

    assertThat(store.stored(id)).isEqualTo(before);
    assertThat(store.history(id)).isEmpty();
  }

  @Test
  void actingOnAnUnknownTicketIsNotFound() {
    DomainException e =
        domainErrorOf(
            () ->
                serviceAt(NOW).act(TicketId.of(404), new TicketCommand.Sign(), handlerOf(STR_QH)));

    assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
    assertThat(e.code()).isEqualTo("TICKET_NOT_FOUND");
  }

  @Test
  void aUnitCannotReadTheHistoryOfAnotherUnitsTicket() {
    TicketId id =
        store.put(aReceivedTicket().status(TicketStatus.DISPATCHED).ledBy(STR_QH).build());

    DomainException e = domainErrorOf(() -> serviceAt(NOW).history(id, handlerOf(STR_ZGC)));

    assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
  }

  @Test
  void aUnitsListIsLimitedToItsSubtree() {
    serviceAt(NOW).list(anyTickets(), handlerOf(STR_QH));

    assertThat(store.lastQuery().visibleUnits()).containsExactlyInAnyOrder(STR_QH, STR_QH_C1);
    assertThat(store.lastQuery().now()).isEqualTo(NOW);
  }

  @Test
  void theHotlineStaffListIsNotLimited() {
    serviceAt(NOW).list(anyTickets(), dispatcher());

    assertThat(store.lastQuery().visibleUnits()).isNull();
  }

  private TicketService serviceAt(Instant now) {
    return new TicketService(
        store,
        day -> {
          numberedDays.add(day);
          return 7;
        },
        new Reference(),
        clockAt(now),
        "HD");
  }

  private static NewTicket intake(String category) {
    return NewTicket.of(
        Channel.PHONE,
        "王五",
        "13812345678",
        "清河街道毛纺北小区",
        AppealType.COMPLAINT,
        category,
        null,
        "楼顶违建",
        "1750123456.42",
        false);
  }

  private static TicketQuery anyTickets() {
    return new TicketQuery(null, null, null, null, null, null, null, null, 1, 20, null, null);
  }

  /** Reference data of the tests: the Haidian tree, 城乡建设 with one active and one retired leaf. */
  private static final class Reference implements ReferenceData {
    private final List<Category> categories =
        List.of(
            new Category(CategoryId.of("CJ"), null, "城乡建设", 1, true),
            new Category(CategoryId.of("CJ01"), CategoryId.of("CJ"), "违法建设", 1, true),
            new Category(CategoryId.of("CJ09"), CategoryId.of("CJ"), "旧分类（停用）", 9, false));

    @Override
    public OrgTree orgTree() {
      return Units.haidian();
    }

    @Override
    public List<Category> categories() {
      return categories;
    }

    @Override
    public Optional<Category> category(CategoryId id) {
      return categories.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    @Override
    public WorkCalendar calendar() {
      return OfficialCalendars.china2025And2026();
    }

    @Override
    public SlaPolicies slaPolicies() {
      return new SlaPolicies(List.of(Lifecycles.DEFAULT_POLICY), c -> null);
    }
  }
}
