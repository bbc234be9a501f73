package gov.hotline.dispatch.service;

import gov.hotline.core.calendar.DeadlineCalculator;
import gov.hotline.core.error.DomainException;
import gov.hotline.core.event.TicketTransitioned;
import gov.hotline.core.id.TicketId;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.id.UserId;
import gov.hotline.core.org.OrgTree;
import gov.hotline.core.org.OrgUnit;
import gov.hotline.core.org.UnitType;
import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.ticket.TicketCommand;
import gov.hotline.core.ticket.TicketStep;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.dispatch.domain.Alert;
import gov.hotline.dispatch.domain.AlertKind;
import gov.hotline.dispatch.domain.DueTicket;
import gov.hotline.dispatch.domain.EscalationPolicy;
import gov.hotline.dispatch.port.DispatchRepositories;
import gov.hotline.dispatch.port.DispatchTransactions;
import gov.hotline.dispatch.port.JobLock;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Escalation (督查催办): a sweep, run by one instance at a time, raises near-due and overdue warnings
 * for every open ticket once per deadline and sends automatic urges (催办) through the ticket
 * lifecycle as the system, in batches of {@value #URGE_BATCH} per transaction and at most {@code
 * urgesPerSweep} per sweep (the rest in the next); and the live near-due/overdue list per unit
 * (临期/超期清单). Near-due and overdue are derived from the deadlines, never stored by hand.
 */
public final class EscalationService {
  static final String JOB = "dispatch.escalation";
  private static final int URGE_BATCH = 100;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final DispatchTransactions tx;
  private final ReferenceData reference;
  private final JobLock lock;
  private final EscalationPolicy policy;
  private final Clock clock;
  private final int urgesPerSweep;

  /** What a sweep did; {@code ran} is false when another instance was sweeping. */
  public record SweepResult(
      boolean ran,
      Map<AlertKind, Integer> raised,
      int urged,
      int skipped,
      long raiseMillis,
      long urgeMillis,
      List<TicketTransitioned> events) {
    static SweepResult skippedTurn() {
      return new SweepResult(false, Map.of(), 0, 0, 0, 0, List.of());
    }

    public long millis() {
      return raiseMillis + urgeMillis;
    }
  }

  /** Near-due/overdue counts of one unit (null: tickets waiting for dispatch). */
  public record UnitDue(
      UnitId unitId, String unitName, int nearDue, int overdue, int supervisionOverdue) {}

  /** The near-due/overdue list at {@code asOf} under the rule {@code rule}. */
  public record DueList(Instant asOf, String rule, List<UnitDue> units, List<DueTicket> items) {}

  public EscalationService(
      DispatchTransactions tx,
      ReferenceData reference,
      JobLock lock,
      EscalationPolicy policy,
      Clock clock,
      int urgesPerSweep) {
    this.tx = tx;
    this.reference = reference;
    this.lock = lock;
    this.policy = policy;
    this.clock = clock;
    this.urgesPerSweep = urgesPerSweep;
  }

  public EscalationPolicy policy() {
    return policy;
  }

  /** Sweeps now, unless another instance is sweeping. */
  public SweepResult sweep() {
    AtomicReference<SweepResult> out = new AtomicReference<>(SweepResult.skippedTurn());
    lock.runExclusively(JOB, () -> out.set(sweepNow()));
    return out.get();
  }

  private SweepResult sweepNow() {
    long t0 = System.nanoTime();
    Instant now = clock.instant();
    Instant nearDueBy = policy.nearDueBy(now, new DeadlineCalculator(reference.calendar()));
    Map<AlertKind, Integer> raised =
        tx.inTransaction(r -> r.escalation().raiseAlerts(now, policy.nearDueShare(), nearDueBy));
    long t1 = System.nanoTime();
    int urged = 0;
    int skipped = 0;
    List<TicketTransitioned> events = new ArrayList<>();
    if (policy.autoUrge()) {
      Actor system = system(reference.orgTree());
      TicketStep step = TicketStep.on(reference);
      tx.inTransaction(
          r -> {
            r.escalation().skipAlertsWithoutUnit();
            return null;
          });
      while (urged + skipped < urgesPerSweep) {
        int size = Math.min(URGE_BATCH, urgesPerSweep - urged - skipped);
        List<Alert> batch = tx.inTransaction(r -> r.escalation().alertsToUrge(size));
        if (batch.isEmpty()) {
          break;
        }
        int done = tx.inTransaction(r -> urge(r, batch, step, system, events));
        urged += done;
        skipped += batch.size() - done;
      }
    }
    return new SweepResult(
        true,
        raised,
        urged,
        skipped,
        (t1 - t0) / 1_000_000,
        (System.nanoTime() - t1) / 1_000_000,
        events);
  }

  /**
   * Urges a batch of warned tickets in one transaction, each through the ticket lifecycle as the
   * system; a ticket that moved on since its warning (replied, returned …) is left alone. Every
   * warning is marked as handled.
   */
  private int urge(
      DispatchRepositories r,
      List<Alert> batch,
      TicketStep step,
      Actor system,
      List<TicketTransitioned> events) {
    Instant now = clock.instant();
    int urged = 0;
    for (Alert a : batch) {
      try {
        events.add(
            step.run(
                    r.core(),
                    TicketId.of(a.ticketId()),
                    new TicketCommand.Urge(note(a)),
                    system,
                    now)
                .event());
        urged++;
      } catch (DomainException e) {
        // gone, or nothing to urge any more
      }
      r.escalation().markUrged(a.id());
    }
    return urged;
  }

  private String note(Alert a) {
    String due = TIME.format(a.dueAt().atZone(reference.calendar().zone()));
    return switch (a.kind()) {
      case NEAR_DUE -> "系统自动催办：工单临期，请于 " + due + " 前办理";
      case OVERDUE -> "系统自动催办：工单已超期（期限 " + due + "），请尽快办理";
      case SUPERVISION_OVERDUE -> "系统自动催办：督办期限 " + due + " 已过，请尽快反馈督办结果";
    };
  }

  /**
   * The system as a dispatcher of the hotline centre: automatic urges appear in the history under
   * its name.
   */
  static Actor system(OrgTree org) {
    UnitId centre =
        org.all().stream()
            .filter(u -> u.type() == UnitType.CENTER)
            .map(OrgUnit::id)
            .findFirst()
            .or(
                () ->
                    org.all().stream()
                        .filter(u -> u.type() == UnitType.DISTRICT)
                        .map(OrgUnit::id)
                        .findFirst())
            .orElse(UnitId.of("SYSTEM"));
    return new Actor(new UserId(0), "system-escalation", Role.DISPATCHER, centre);
  }

  /** The list now; a unit handler sees the units of its own subtree only. */
  public DueList due(Actor actor, UnitId unit, AlertKind kind, int limit) {
    Instant now = clock.instant();
    Instant nearDueBy = policy.nearDueBy(now, new DeadlineCalculator(reference.calendar()));
    OrgTree org = reference.orgTree();
    Set<UnitId> scope = actor.role() == Role.UNIT_HANDLER ? org.subtree(actor.unitId()) : null;
    if (unit != null) {
      if (scope != null && !scope.contains(unit)) {
        throw DomainException.forbidden("无权查看其他单位的临期/超期工单");
      }
      scope = org.subtree(unit);
    }
    Set<UnitId> units = scope;
    var counts =
        tx.inTransaction(
            r -> r.escalation().dueCounts(now, policy.nearDueShare(), nearDueBy, units));
    List<DueTicket> items =
        tx.inTransaction(
            r ->
                r.escalation()
                    .dueTickets(now, policy.nearDueShare(), nearDueBy, units, kind, limit));
    List<UnitDue> perUnit = new ArrayList<>();
    counts.forEach(
        (u, m) -> {
          Map<AlertKind, Integer> c = new EnumMap<>(AlertKind.class);
          c.putAll(m);
          perUnit.add(
              new UnitDue(
                  u,
                  u == null ? "待派单" : org.find(u).map(OrgUnit::name).orElse(u.value()),
                  c.getOrDefault(AlertKind.NEAR_DUE, 0),
                  c.getOrDefault(AlertKind.OVERDUE, 0),
                  c.getOrDefault(AlertKind.SUPERVISION_OVERDUE, 0)));
        });
    return new DueList(now, policy.describe(), perUnit, items);
  }
}
