package gov.hotline.core.ticket;

import gov.hotline.core.category.Category;
import gov.hotline.core.error.DomainException;
import gov.hotline.core.event.TicketCreated;
import gov.hotline.core.event.TicketTransitioned;
import gov.hotline.core.id.TicketId;
import gov.hotline.core.id.TicketNo;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.port.Repositories;
import gov.hotline.core.port.TicketNumberSequence;
import gov.hotline.core.port.Transactions;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Ticket use cases (受理, 流转, 查询): plain Java, blocking, one transaction each. Returns the events to
 * publish after commit; never publishes itself.
 */
public final class TicketService {
  private final Transactions tx;
  private final TicketNumberSequence numbers;
  private final ReferenceData reference;
  private final Clock clock;
  private final String numberPrefix;

  public TicketService(
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

  /** What a command produced: the ticket as stored and the event to publish after commit. */
  public record Outcome<E>(Ticket ticket, E event) {}

  public Outcome<TicketCreated> create(NewTicket n, Actor actor) {
    return create(n, actor, null);
  }

  /**
   * Intake with an idempotency key: when the key already created a ticket, that ticket is returned
   * (event null: it was published the first time); else the key is recorded in the new ticket's own
   * transaction.
   */
  public Outcome<TicketCreated> create(NewTicket n, Actor actor, IdempotencyKey idem) {
    if (!TicketRules.CAN_CREATE.contains(actor.role())) {
      throw DomainException.forbidden("当前角色（" + actor.role().label() + "）无权受理工单");
    }
    requireLeafCategory(n);
    if (idem != null) {
      Optional<Ticket> prior =
          tx.inTransaction(r -> r.idempotency().ticketOf(idem).flatMap(r.tickets()::find));
      if (prior.isPresent()) {
        return new Outcome<>(prior.get(), null);
      }
    }
    TicketNo no = nextNumber(); // drawn outside: a block refill takes a connection of its own
    return tx.inTransaction(
        r -> {
          Outcome<TicketCreated> o = insertNew(r, n, actor, no);
          if (idem != null) {
            r.idempotency().recordTicket(idem, o.ticket().id(), o.event().at());
          }
          return o;
        });
  }

  /**
   * Intake inside a transaction the caller opened, for a channel whose own rules decide who may
   * file (the citizens' public page): the category is checked, the number drawn, the ticket and its
   * first history line stored under {@code no} (from {@link #nextNumber()}, drawn before the
   * transaction); the role is not checked here.
   */
  public Outcome<TicketCreated> createIn(Repositories r, NewTicket n, Actor actor, TicketNo no) {
    requireLeafCategory(n);
    return insertNew(r, n, actor, no);
  }

  /** The next ticket number of today. */
  public TicketNo nextNumber() {
    LocalDate day = LocalDate.ofInstant(clock.instant(), clock.getZone());
    return TicketNo.of(numberPrefix, day, numbers.next(day));
  }

  private void requireLeafCategory(NewTicket n) {
    Category category =
        reference
            .category(n.appeal().categoryId())
            .filter(Category::active)
            .orElseThrow(
                () ->
                    DomainException.invalid(
                        "UNKNOWN_CATEGORY", "问题分类不存在：" + n.appeal().categoryId()));
    if (!category.isLeaf()) {
      throw DomainException.invalid("CATEGORY_NOT_LEAF", "请选择具体的二级问题分类，而不是分类组：" + category.name());
    }
  }

  private Outcome<TicketCreated> insertNew(Repositories r, NewTicket n, Actor actor, TicketNo no) {
    Instant now = clock.instant();
    Ticket draft = Ticket.received(no, n.caller(), n.appeal(), now, actor.userId(), actor.unitId());
    TicketId id = r.tickets().insert(draft);
    r.tickets()
        .appendHistory(
            new HistoryEntry(
                id,
                now,
                actor,
                TicketAction.CREATE,
                null,
                TicketStatus.RECEIVED,
                null,
                Map.of("channel", n.appeal().channel().name())));
    Ticket stored = draft.withId(id);
    return new Outcome<>(
        stored,
        new TicketCreated(
            id.value(),
            no.value(),
            n.appeal().categoryId().value(),
            n.appeal().channel().name(),
            n.appeal().callId(),
            now));
  }

  public Ticket get(TicketId id, Actor actor) {
    Ticket t = tx.inTransaction(r -> r.tickets().find(id)).orElseThrow(() -> notFound(id));
    new TicketAccess(reference.orgTree()).requireView(actor, t);
    return t;
  }

  public Outcome<TicketTransitioned> act(TicketId id, TicketCommand cmd, Actor actor) {
    return act(id, cmd, actor, null);
  }

  /**
   * As {@link #act(TicketId, TicketCommand, Actor)}, refused when the ticket is no longer at {@code
   * version}.
   */
  public Outcome<TicketTransitioned> act(
      TicketId id, TicketCommand cmd, Actor actor, Long version) {
    TicketStep step = TicketStep.on(reference);
    return tx.inTransaction(r -> step.run(r, id, cmd, actor, clock.instant(), version));
  }

  /** One ticket's result in a batch: the outcome, or the refusal in words. */
  public record BatchItem(TicketId id, Outcome<TicketTransitioned> outcome, DomainException error) {
    public boolean ok() {
      return error == null;
    }
  }

  /** Most tickets one batch may carry. */
  public static final int MAX_BATCH = 50;

  /**
   * Batch dispatch (批量派单): the same command on several tickets, each in its own transaction with
   * its own history entry and event, so that one refused ticket (already dispatched, not found, not
   * allowed …) leaves the others dispatched; the role is checked once before any ticket.
   */
  public List<BatchItem> actOnEach(List<TicketId> ids, TicketCommand cmd, Actor actor) {
    TicketRules.requireRole(cmd.action(), actor);
    if (ids.isEmpty()) {
      throw DomainException.invalid("NO_TICKETS", "请至少选择一张工单");
    }
    if (ids.size() > MAX_BATCH) {
      throw DomainException.invalid("TOO_MANY_TICKETS", "一次最多处理 " + MAX_BATCH + " 张工单");
    }
    if (Set.copyOf(ids).size() != ids.size()) {
      throw DomainException.invalid("DUPLICATE_TICKETS", "所选工单有重复");
    }
    return ids.stream()
        .map(
            id -> {
              try {
                return new BatchItem(id, act(id, cmd, actor), null);
              } catch (DomainException e) {
                return new BatchItem(id, null, e);
              }
            })
        .toList();
  }

  public List<HistoryEntry> history(TicketId id, Actor actor) {
    get(id, actor);
    return tx.inTransaction(r -> r.tickets().history(id));
  }

  public Page<Ticket> list(TicketQuery query, Actor actor) {
    Set<UnitId> scope =
        actor.role() == Role.UNIT_HANDLER ? reference.orgTree().subtree(actor.unitId()) : null;
    TicketQuery q =
        query.scopedTo(scope, clock.instant()).withCallerSearch(TicketAccess.callerSearch(actor));
    if (q.callerPhone() != null) {
      if (!TicketAccess.seesFullNumbers(actor)) {
        throw DomainException.forbidden("当前角色（" + actor.role().label() + "）看到的是脱敏号码，不能按来电号码查询工单");
      }
      q = q.withCallerPhone(TextRules.phone(q.callerPhone(), "callerPhone", "来电号码"));
    }
    TicketQuery scoped = q;
    return tx.inTransaction(r -> r.tickets().search(scoped));
  }

  /** The access rules for presenting tickets to an actor (masking, confidentiality). */
  public TicketAccess access() {
    return new TicketAccess(reference.orgTree());
  }

  public Instant now() {
    return clock.instant();
  }

  private static DomainException notFound(TicketId id) {
    return DomainException.notFound("TICKET_NOT_FOUND", "工单不存在：" + id);
  }
}
