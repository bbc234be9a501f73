package gov.hotline.core.city;

import gov.hotline.core.category.Category;
import gov.hotline.core.error.DomainException;
import gov.hotline.core.event.TicketCreated;
import gov.hotline.core.event.TicketTransitioned;
import gov.hotline.core.id.TicketId;
import gov.hotline.core.id.TicketNo;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.id.UserId;
import gov.hotline.core.org.OrgUnit;
import gov.hotline.core.org.UnitType;
import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.port.TicketNumberSequence;
import gov.hotline.core.port.Transactions;
import gov.hotline.core.ticket.Appeal;
import gov.hotline.core.ticket.Caller;
import gov.hotline.core.ticket.Channel;
import gov.hotline.core.ticket.Deadlines;
import gov.hotline.core.ticket.HistoryEntry;
import gov.hotline.core.ticket.Ticket;
import gov.hotline.core.ticket.TicketAction;
import gov.hotline.core.ticket.TicketCommand;
import gov.hotline.core.ticket.TicketRules;
import gov.hotline.core.ticket.TicketStatus;
import gov.hotline.core.ticket.TicketStep;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Cases from the city platform (市级派单) and its verdicts: each city case becomes one ticket exactly
 * once, waiting for dispatch (待派单) with the city's deadline, whatever the number of deliveries,
 * their order or concurrency (the case number is claimed in the ticket's own transaction); a case
 * that cannot be taken is refused with a reason and kept for a person. A verdict of 驳回 reopens the
 * ticket (重办) through the lifecycle. Plain Java, blocking, one transaction each.
 */
public final class CityIntake {
  /** The user name under which the city's changes appear in the history. */
  public static final String CITY_USER = "city-12345";

  private final Transactions tx;
  private final TicketNumberSequence numbers;
  private final ReferenceData reference;
  private final Clock clock;
  private final String numberPrefix;

  public CityIntake(
      Transactions tx,
      TicketNumberSequence numbers,
      ReferenceData reference,
      Clock clock,
      String numberPrefix) {
    this.tx = tx;
    this.numbers = numbers;
    this.reference = reference;
    this.clock = clock;
    this.numberPrefix = numberPrefix;
  }

  /**
   * The ticket a case became, whether this delivery was a repeat of an earlier one, and the event
   * to publish after commit (null for a repeat).
   */
  public record Received(Ticket ticket, boolean duplicate, TicketCreated event) {}

  /**
   * Takes a case in; a refusal ({@link DomainException}, INVALID) is recorded in the rejected
   * intake list with {@code payload} (the case as sent) before it is thrown.
   */
  public Received receive(CityCase.Input input, String payload) {
    Instant now = clock.instant();
    CityCase c;
    try {
      c = CityCase.of(input);
      requireLeafCategory(c);
    } catch (DomainException e) {
      throw refuse(input.caseNo(), e, payload);
    }
    Actor city = actor();
    // a repeat is answered without taking a ticket number; a concurrent first delivery is settled
    // by the claim below
    Optional<Ticket> known =
        tx.inTransaction(r -> r.city().ticketOf(c.caseNo()).flatMap(r.tickets()::find));
    if (known.isPresent()) {
      return new Received(known.get(), true, null);
    }
    // the number comes before the transaction (as at any intake): its block is reserved on a
    // connection of its own
    LocalDate day = LocalDate.ofInstant(now, clock.getZone());
    TicketNo no = TicketNo.of(numberPrefix, day, numbers.next(day));
    return tx.inTransaction(
        r -> {
          if (!r.city().claim(c.caseNo(), now)) {
            TicketId prior =
                r.city()
                    .ticketOf(c.caseNo())
                    .orElseThrow(() -> new IllegalStateException("claimed without a ticket"));
            return new Received(r.tickets().find(prior).orElseThrow(), true, null);
          }
          Ticket draft = draft(c, no, city, now);
          TicketId id = r.tickets().insert(draft);
          r.tickets()
              .appendHistory(
                  new HistoryEntry(
                      id,
                      now,
                      city,
                      TicketAction.CREATE,
                      null,
                      TicketStatus.PENDING_DISPATCH,
                      "市级派单：" + c.caseNo(),
                      Map.of("channel", Channel.CITY.name(), "cityCaseNo", c.caseNo())));
          r.city().link(c, id, no.value());
          Ticket stored = draft.withId(id);
          return new Received(
              stored,
              false,
              new TicketCreated(
                  id.value(), no.value(), c.categoryId().value(), Channel.CITY.name(), null, now));
        });
  }

  /**
   * Keeps a refused delivery (also one that could not be read at all) in the rejected intake list;
   * returns the refusal to throw.
   */
  public DomainException refuse(String caseNo, DomainException e, String payload) {
    String no = caseNo == null || caseNo.isBlank() ? null : caseNo.strip();
    Instant now = clock.instant();
    tx.inTransaction(
        r -> {
          r.city().rejected(no, e.code(), e.getMessage(), payload, now);
          return null;
        });
    return e;
  }

  /**
   * What a verdict did: recorded (or a repeat), whether it reopened the ticket, and the event of
   * the reopening to publish after commit (null if none).
   */
  public record VerdictOutcome(
      boolean duplicate, boolean reopened, Ticket ticket, String note, TicketTransitioned event) {}

  /**
   * Records the city's verdict; a 驳回 reopens the ticket (重办) when its status allows, in the same
   * transaction. A verdict on an unknown case is refused (404).
   */
  public VerdictOutcome verdict(CityVerdict v) {
    Instant now = clock.instant();
    Actor city = actor();
    TicketStep step = TicketStep.on(reference);
    return tx.inTransaction(
        r -> {
          TicketId id =
              r.city()
                  .ticketOf(v.caseNo())
                  .orElseThrow(
                      () ->
                          DomainException.notFound(
                              "CITY_CASE_NOT_FOUND", "本区没有该市级工单：" + v.caseNo()));
          Ticket t = r.tickets().find(id).orElseThrow();
          boolean reopen =
              !v.accepted() && TicketRules.of(TicketAction.REOPEN).from().contains(t.status());
          String note =
              v.accepted()
                  ? "市级平台审核通过"
                  : reopen ? "市级平台驳回，工单已重办" : "市级平台驳回，工单当前状态为“" + t.status().label() + "”，未重办";
          if (!r.city().recordVerdict(v, note, now)) {
            return new VerdictOutcome(true, false, t, "重复的审核结果，已忽略", null);
          }
          if (!reopen) {
            return new VerdictOutcome(false, false, t, note, null);
          }
          var out = step.run(r, id, new TicketCommand.Reopen("市级平台驳回：" + v.reason()), city, now);
          return new VerdictOutcome(false, true, out.ticket(), note, out.event());
        });
  }

  private void requireLeafCategory(CityCase c) {
    Category category =
        reference
            .category(c.categoryId())
            .filter(Category::active)
            .orElseThrow(
                () ->
                    DomainException.invalid(
                        "UNKNOWN_CATEGORY", "问题分类不存在：" + c.categoryId().value()));
    if (!category.isLeaf()) {
      throw DomainException.invalid("CATEGORY_NOT_LEAF", "问题分类须为具体的二级分类，而不是分类组：" + category.name());
    }
  }

  private static Ticket draft(CityCase c, TicketNo no, Actor city, Instant now) {
    Appeal appeal =
        new Appeal(
            Channel.CITY,
            c.appealType(),
            c.categoryId(),
            c.urgency(),
            c.address(),
            c.content(),
            null,
            c.caseNo());
    return Ticket.received(
            no,
            new Caller(c.citizenName(), c.citizenPhone(), false),
            appeal,
            now,
            city.userId(),
            city.unitId())
        .withStatus(TicketStatus.PENDING_DISPATCH)
        .withDeadlines(Deadlines.NONE.withHandleDueAt(c.deadline()));
  }

  /** The city platform as a dispatcher of the hotline centre (as the history shows it). */
  public Actor actor() {
    UnitId centre =
        reference.orgTree().all().stream()
            .filter(u -> u.type() == UnitType.CENTER)
            .map(OrgUnit::id)
            .findFirst()
            .orElse(UnitId.of("SYSTEM"));
    return new Actor(new UserId(0), CITY_USER, Role.DISPATCHER, centre);
  }
}
