package gov.hotline.core.rating;

import static gov.hotline.core.ShanghaiTime.at;
import static gov.hotline.core.ShanghaiTime.clockAt;
import static gov.hotline.core.ShanghaiTime.endOf;
import static gov.hotline.core.ticket.Tickets.aReceivedTicket;
import static gov.hotline.core.user.Actors.agent;
import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.calendar.OfficialCalendars;
import gov.hotline.core.calendar.WorkCalendar;
import gov.hotline.core.category.Category;
import gov.hotline.core.city.CityUpdate;
import gov.hotline.core.city.CityUpdateKind;
import gov.hotline.core.id.CategoryId;
import gov.hotline.core.notice.NoticeItem;
import gov.hotline.core.notice.NoticeKind;
import gov.hotline.core.notice.OneTimeNotice;
import gov.hotline.core.org.OrgTree;
import gov.hotline.core.org.Units;
import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.sla.SlaPolicies;
import gov.hotline.core.ticket.HistoryEntry;
import gov.hotline.core.ticket.InMemoryStore;
import gov.hotline.core.ticket.Lifecycles;
import gov.hotline.core.ticket.Satisfaction;
import gov.hotline.core.ticket.Ticket;
import gov.hotline.core.ticket.TicketAction;
import gov.hotline.core.ticket.TicketCommand;
import gov.hotline.core.ticket.TicketStatus;
import gov.hotline.core.ticket.TicketStep;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RatingsTest {
  /** Monday 3 November 2025, 10:00 in Beijing. */
  private static final Instant MONDAY = at(2025, 11, 3, 10, 0);

  private final InMemoryStore store = new InMemoryStore();
  private final TicketStep step =
      new TicketStep(
          Lifecycles.haidianOnTheOfficialCalendar(), new Ratings(Lifecycles.deadlines()));

  @Test
  void aCallbackStoresItsRatingLocallyWithItsSourceAndNotYetSynced() {
    Ticket t = store.keep(replied());

    step.run(
        store,
        t.id(),
        new TicketCommand.Callback(true, Satisfaction.SATISFIED, "满意"),
        agent(),
        MONDAY);

    assertThat(store.ratings().ofTicket(t.id()))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.rating()).isEqualTo(Rating.SATISFIED);
              assertThat(r.source()).isEqualTo(RatingSource.CALLBACK);
              assertThat(r.synced()).isFalse();
              assertThat(r.ratedAt()).isEqualTo(MONDAY);
            });
    assertThat(store.ratings().followUpsOf(t.id())).isEmpty();
  }

  @Test
  void everyRatingIsPutInTheOutboxForTheCitysRatingSystemInTheSameTransaction() {
    Ticket t = store.keep(replied());

    step.run(
        store,
        t.id(),
        new TicketCommand.Callback(false, Satisfaction.DISSATISFIED, "未解决"),
        agent(),
        MONDAY);

    long ratingId = store.ratings().ofTicket(t.id()).get(0).id();
    assertThat(store.cityOutbox().updates())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.kind()).isEqualTo(CityUpdateKind.RATING);
              // a district's own ticket goes under its ticket number
              assertThat(u.caseNo()).isEqualTo(t.no().value());
              assertThat(u.idempotencyKey()).isEqualTo(t.no().value() + ":rating:" + ratingId);
              assertThat(CityUpdate.ratingIdOf(u.idempotencyKey())).isEqualTo(ratingId);
              assertThat(u.fields())
                  .containsEntry("rating", "DISSATISFIED")
                  .containsEntry("source", "CALLBACK")
                  .containsEntry("bad", "true")
                  .containsEntry("districtTicket", "true");
            });
  }

  @Test
  void aDissatisfiedCallbackOpensAFollowUpDueAfterTheTicketsHandlingLimit() {
    Ticket t = store.keep(replied());

    step.run(
        store,
        t.id(),
        new TicketCommand.Callback(false, Satisfaction.DISSATISFIED, "未解决"),
        agent(),
        MONDAY);

    // 城乡建设 is handled within 7 working days: Tuesday 4 to Wednesday 12 November
    assertThat(store.ratings().followUpsOf(t.id()))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.dueAt()).isEqualTo(endOf(2025, 11, 12));
              assertThat(f.openedAt()).isEqualTo(MONDAY);
              assertThat(f.reason()).contains("差评").contains("不满意");
            });
    assertThat(store.history(t.id()))
        .extracting(HistoryEntry::action)
        .containsExactly(TicketAction.CALLBACK, TicketAction.FOLLOW_UP);
    assertThat(store.history(t.id()).getLast().details())
        .containsEntry("followUpDueAt", endOf(2025, 11, 12).toString());
  }

  @Test
  void onlyTheTwoLowestLevelsAreBadRatings() {
    assertThat(List.of(Rating.values()).stream().filter(Rating::bad))
        .containsExactly(Rating.DISSATISFIED, Rating.VERY_DISSATISFIED);
  }

  @Test
  void aCitizensRatingIsWrittenInTheHistoryWithItsSource() {
    Ticket t = store.keep(replied());

    new Ratings(Lifecycles.deadlines())
        .record(
            store,
            t,
            Rating.VERY_SATISFIED,
            RatingSource.CITIZEN,
            "办得快",
            null,
            agent(),
            MONDAY,
            true);

    assertThat(store.history(t.id()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo(TicketAction.RATE);
              assertThat(e.reason()).isEqualTo("群众自评：非常满意，办得快");
              assertThat(e.toStatus()).isEqualTo(TicketStatus.REPLIED);
            });
  }

  @Test
  void aDirectCloseStoresTheChecklistTheCitizenWasTold() {
    Ticket t = store.keep(aReceivedTicket().consultation().build());
    OneTimeNotice notice =
        new OneTimeNotice(
            "KB9001",
            "普通护照申领",
            List.of(
                new NoticeItem(NoticeKind.MATERIALS, "本人居民身份证"),
                new NoticeItem(NoticeKind.PLACE, "区出入境接待大厅")));

    step.run(store, t.id(), new TicketCommand.DirectClose("可持身份证到大厅办理", notice), agent(), MONDAY);

    assertThat(store.notices().of(t.id())).contains(notice);
    assertThat(store.history(t.id()).getLast().details()).containsEntry("noticeItems", "2");
  }

  @Test
  void aSurveyAnswerRatesTheTicketsTakenOnThatCall() {
    Ticket t = store.keep(replied()); // taken on call 1750123456.42

    int rated =
        new SurveyRatings(store, new FixedReference(), clockAt(MONDAY))
            .rate("1750123456.42", Satisfaction.DISSATISFIED);

    assertThat(rated).isEqualTo(1);
    assertThat(store.ratings().ofTicket(t.id()))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.source()).isEqualTo(RatingSource.SURVEY);
              assertThat(r.callId()).isEqualTo("1750123456.42");
            });
    assertThat(store.ratings().followUpsOf(t.id())).hasSize(1);
  }

  @Test
  void aSurveyAnswerOfACallWithoutTicketsRatesNothing() {
    store.keep(replied());

    assertThat(
            new SurveyRatings(store, new FixedReference(), clockAt(MONDAY))
                .rate("9999.1", Satisfaction.SATISFIED))
        .isZero();
  }

  /** The reference data of {@link Lifecycles}: the Haidian tree, its policies, the calendar. */
  private static final class FixedReference implements ReferenceData {
    @Override
    public OrgTree orgTree() {
      return Units.haidian();
    }

    @Override
    public List<Category> categories() {
      return List.of();
    }

    @Override
    public Optional<Category> category(CategoryId id) {
      return Optional.empty();
    }

    @Override
    public WorkCalendar calendar() {
      return OfficialCalendars.china2025And2026();
    }

    @Override
    public SlaPolicies slaPolicies() {
      return Lifecycles.policies();
    }
  }

  private static Ticket replied() {
    return aReceivedTicket().status(TicketStatus.REPLIED).ledBy(Units.STR_QH).build();
  }
}
