package gov.hotline.core.citizen;

import static gov.hotline.core.ShanghaiTime.SHANGHAI;
import static gov.hotline.core.ShanghaiTime.at;
import static gov.hotline.core.error.DomainErrors.domainErrorOf;
import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.calendar.OfficialCalendars;
import gov.hotline.core.calendar.WorkCalendar;
import gov.hotline.core.category.Category;
import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.UserId;
import gov.hotline.core.org.OrgTree;
import gov.hotline.core.org.Units;
import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.rating.Rating;
import gov.hotline.core.rating.RatingSource;
import gov.hotline.core.rating.Ratings;
import gov.hotline.core.sla.SlaPolicies;
import gov.hotline.core.ticket.AppealType;
import gov.hotline.core.ticket.Channel;
import gov.hotline.core.ticket.InMemoryStore;
import gov.hotline.core.ticket.Lifecycles;
import gov.hotline.core.ticket.NewTicket;
import gov.hotline.core.ticket.Ticket;
import gov.hotline.core.ticket.TicketService;
import gov.hotline.core.ticket.TicketStatus;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CitizenIntakeTest {
  private static final Instant NOW = at(2025, 11, 3, 10, 0);
  private static final Actor CITIZEN =
      new Actor(new UserId(0), "citizen", Role.AGENT, Units.CENTER);

  private final InMemoryStore store = new InMemoryStore();
  private final MovableClock clock = new MovableClock(NOW);
  private final AtomicLong seq = new AtomicLong();
  private final TicketService tickets =
      new TicketService(store, day -> seq.incrementAndGet(), new Reference(), clock, "HD");
  private final CitizenIntake intake =
      new CitizenIntake(store, tickets, new Ratings(Lifecycles.deadlines()), clock, () -> CITIZEN);

  @Test
  void theSamePhoneAndTextSentTwiceGiveOneTicketAndOneTrackingNumber() {
    CitizenIntake.Filed first = intake.file(appeal("路灯不亮已经一周了"), null, "10.0.0.1");
    CitizenIntake.Filed again = intake.file(appeal(" 路灯不亮 已经一周了 "), null, "10.0.0.1");

    assertThat(again.ticket().id()).isEqualTo(first.ticket().id());
    assertThat(again.trackingNo()).isEqualTo(first.trackingNo());
    assertThat(again.repeated()).isTrue();
    assertThat(seq.get()).isEqualTo(1);
  }

  @Test
  void theSameIdempotencyKeyGivesTheFirstTicketBack() {
    CitizenIntake.Filed first = intake.file(appeal("路灯不亮"), "k-1", "10.0.0.1");
    CitizenIntake.Filed again = intake.file(appeal("路灯不亮，请尽快修"), "k-1", "10.0.0.1");

    assertThat(again.ticket().id()).isEqualTo(first.ticket().id());
  }

  @Test
  void theSameTextAfterTheWindowIsANewAppeal() {
    CitizenIntake.Filed first = intake.file(appeal("路灯不亮"), null, "10.0.0.1");
    clock.advance(CitizenIntake.DUPLICATE_WINDOW.plusMinutes(1));

    CitizenIntake.Filed later = intake.file(appeal("路灯不亮"), null, "10.0.0.1");

    assertThat(later.ticket().id()).isNotEqualTo(first.ticket().id());
    assertThat(later.repeated()).isFalse();
  }

  @Test
  void aPhoneAppealIsNotFiledOnThePublicPage() {
    DomainException e =
        domainErrorOf(() -> intake.file(appealOn(Channel.PHONE, "路灯不亮"), null, "x"));

    assertThat(e.code()).isEqualTo("CHANNEL_NOT_PUBLIC");
  }

  @Test
  void trackingWithTheRightLastFourDigitsShowsTheProgress() {
    CitizenIntake.Filed filed = intake.file(appeal("路灯不亮"), null, "10.0.0.1");

    CitizenIntake.Progress p = intake.track(filed.trackingNo().display().toLowerCase(), "5678");

    assertThat(p.status()).isEqualTo(CitizenStatus.RECEIVED);
    assertThat(p.canRate()).isFalse();
  }

  @Test
  void wrongLastFourDigitsAreRefusedExactlyAsAnUnknownNumberIs() {
    CitizenIntake.Filed filed = intake.file(appeal("路灯不亮"), null, "10.0.0.1");

    DomainException wrongDigits =
        domainErrorOf(() -> intake.track(filed.trackingNo().value(), "1234"));
    DomainException unknown = domainErrorOf(() -> intake.track("ABCD-EFGH-JKMN", "5678"));

    assertThat(wrongDigits.kind()).isEqualTo(ErrorKind.NOT_FOUND);
    assertThat(wrongDigits.getMessage()).isEqualTo(unknown.getMessage()).contains("不正确");
    assertThat(wrongDigits.getMessage()).doesNotContain("5678").doesNotContain("路灯");
  }

  @Test
  void aCitizenRatesAnAnsweredAppealOnceAndABadRatingOpensAFollowUp() {
    CitizenIntake.Filed filed = intake.file(appeal("路灯不亮"), null, "10.0.0.1");
    Ticket t = store.stored(filed.ticket().id());
    store.keep(t.withStatus(TicketStatus.REPLIED));

    CitizenIntake.Progress p =
        intake.rate(filed.trackingNo().value(), "5678", Rating.VERY_DISSATISFIED, "没修好");

    assertThat(p.rating())
        .hasValueSatisfying(r -> assertThat(r.source()).isEqualTo(RatingSource.CITIZEN));
    assertThat(p.canRate()).isFalse();
    assertThat(store.ratings().followUpsOf(t.id())).hasSize(1);
    assertThat(
            domainErrorOf(
                    () -> intake.rate(filed.trackingNo().value(), "5678", Rating.SATISFIED, null))
                .code())
        .isEqualTo("ALREADY_RATED");
  }

  @Test
  void anUnansweredAppealCannotBeRated() {
    CitizenIntake.Filed filed = intake.file(appeal("路灯不亮"), null, "10.0.0.1");

    DomainException e =
        domainErrorOf(
            () -> intake.rate(filed.trackingNo().value(), "5678", Rating.SATISFIED, null));

    assertThat(e.code()).isEqualTo("NOT_YET_ANSWERED");
  }

  private static NewTicket appeal(String text) {
    return appealOn(Channel.WEB, text);
  }

  private static NewTicket appealOn(Channel channel, String text) {
    return NewTicket.of(
        channel,
        "<b>王五</b>",
        "13812345678",
        "清河街道",
        AppealType.HELP,
        "CJ01",
        null,
        text,
        null,
        false);
  }

  private static final class MovableClock extends Clock {
    private Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return SHANGHAI;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private static final class Reference implements ReferenceData {
    private final List<Category> categories =
        List.of(
            new Category(CategoryId.of("CJ"), null, "城乡建设", 1, true),
            new Category(CategoryId.of("CJ01"), CategoryId.of("CJ"), "违法建设", 1, true));

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
