package gov.hotline.dispatch.service;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.event.TicketTransitioned;
import gov.hotline.core.id.TicketId;
import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.ticket.Ticket;
import gov.hotline.core.ticket.TicketCommand;
import gov.hotline.core.ticket.TicketService;
import gov.hotline.core.ticket.TicketStatus;
import gov.hotline.core.ticket.TicketStep;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.dispatch.domain.DuplicateCandidate;
import gov.hotline.dispatch.domain.DuplicateStatus;
import gov.hotline.dispatch.domain.Hotspot;
import gov.hotline.dispatch.domain.HotspotStatus;
import gov.hotline.dispatch.port.DispatchRepositories;
import gov.hotline.dispatch.port.DispatchTransactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Probable duplicates (疑似重复), merging (合并) under a master ticket, and hotspot alerts (集中突发问题预警).
 * Lists are brought up to date by a scan first; merging moves the duplicate to MERGED through the
 * one ticket lifecycle and records the link in the same transaction.
 */
public final class ClusterService {
  /** How long a list waits for a running scan, so that it includes the tickets just taken. */
  private static final Duration FRESH = Duration.ofSeconds(5);

  private final DispatchTransactions tx;
  private final ReferenceData reference;
  private final ScanService scan;
  private final Clock clock;

  /** A probable duplicate with both tickets. */
  public record DuplicateView(DuplicateCandidate candidate, Ticket ticket, Ticket original) {}

  /** A hotspot with its tickets. */
  public record HotspotView(Hotspot hotspot, List<Ticket> tickets) {}

  /** A merged ticket and the event to publish after commit. */
  public record Merged(Ticket ticket, TicketTransitioned event) {}

  public ClusterService(
      DispatchTransactions tx, ReferenceData reference, ScanService scan, Clock clock) {
    this.tx = tx;
    this.reference = reference;
    this.scan = scan;
    this.clock = clock;
  }

  public List<DuplicateView> duplicates(Actor actor, DuplicateStatus status, int limit) {
    requireHotline(actor);
    scan.catchUp(FRESH);
    return tx.inTransaction(
        r ->
            r.clusters().duplicates(status, limit).stream()
                .map(d -> new DuplicateView(d, ticket(r, d.ticketId()), ticket(r, d.duplicateOf())))
                .toList());
  }

  public void dismiss(Actor actor, long ticketId) {
    requireRole(actor, Role.DISPATCHER, Role.MANAGER);
    tx.inTransaction(
        r -> {
          DuplicateCandidate d =
              r.clusters()
                  .duplicate(ticketId)
                  .orElseThrow(
                      () ->
                          DomainException.notFound(
                              "DUPLICATE_NOT_FOUND", "该工单没有疑似重复记录：" + ticketId));
          if (d.status() != DuplicateStatus.PROBABLE) {
            throw DomainException.conflict(
                "DUPLICATE_DECIDED", "该疑似重复已处理（" + d.status().label() + "）");
          }
          r.clusters()
              .decideDuplicate(
                  ticketId, DuplicateStatus.DISMISSED, actor.userId().value(), clock.instant());
          return null;
        });
  }

  /** Merges {@code ticketId} under {@code masterId}; the lifecycle checks role and status. */
  public Merged merge(Actor actor, long ticketId, long masterId, String note) {
    TicketCommand.Merge cmd = new TicketCommand.Merge(TicketId.of(masterId), note);
    TicketStep step = TicketStep.on(reference);
    Instant now = clock.instant();
    TicketService.Outcome<TicketTransitioned> done =
        tx.inTransaction(
            r -> {
              Ticket master =
                  r.core()
                      .tickets()
                      .find(TicketId.of(masterId))
                      .orElseThrow(
                          () -> DomainException.notFound("TICKET_NOT_FOUND", "主工单不存在：" + masterId));
              if (master.status() == TicketStatus.MERGED) {
                throw DomainException.conflict("MASTER_MERGED", "主工单本身已被合并，请选择其主工单：" + master.no());
              }
              var out = step.run(r.core(), TicketId.of(ticketId), cmd, actor, now);
              r.clusters().saveMerge(ticketId, masterId, actor.userId().value(), now, cmd.note());
              if (r.clusters().duplicate(ticketId).isPresent()) {
                r.clusters()
                    .decideDuplicate(ticketId, DuplicateStatus.MERGED, actor.userId().value(), now);
              }
              return out;
            });
    return new Merged(done.ticket(), done.event());
  }

  /** The tickets merged under a master ticket. */
  public List<Ticket> mergedInto(Actor actor, long masterId) {
    requireHotline(actor);
    return tx.inTransaction(
        r -> r.clusters().mergedInto(masterId).stream().map(id -> ticket(r, id)).toList());
  }

  public List<HotspotView> hotspots(Actor actor, boolean openOnly, Duration within, int limit) {
    requireHotline(actor);
    scan.catchUp(FRESH);
    Instant since = clock.instant().minus(within);
    return tx.inTransaction(
        r ->
            r.clusters().hotspots(openOnly, since, limit).stream()
                .map(
                    h ->
                        new HotspotView(
                            h,
                            h.ticketIds().stream()
                                .map(id -> ticket(r, id))
                                .filter(Objects::nonNull)
                                .toList()))
                .toList());
  }

  /** Merges every other ticket of a hotspot that can still be merged under {@code masterId}. */
  public List<Merged> mergeHotspot(Actor actor, long hotspotId, long masterId, String note) {
    Hotspot h =
        tx.inTransaction(r -> r.clusters().hotspot(hotspotId))
            .orElseThrow(() -> DomainException.notFound("HOTSPOT_NOT_FOUND", "预警不存在：" + hotspotId));
    if (!h.ticketIds().contains(masterId)) {
      throw DomainException.invalid("MASTER_NOT_IN_HOTSPOT", "主工单须是该预警中的工单：" + masterId);
    }
    List<Merged> out = new ArrayList<>();
    for (long id : h.ticketIds()) {
      if (id != masterId) {
        try {
          out.add(merge(actor, id, masterId, note == null ? "集中突发问题合并办理" : note));
        } catch (DomainException e) {
          if (e.code().equals("FORBIDDEN")) {
            throw e;
          }
          // a ticket already signed for, closed or merged stays as it is
        }
      }
    }
    return out;
  }

  public void closeHotspot(Actor actor, long hotspotId) {
    requireRole(actor, Role.DISPATCHER, Role.MANAGER);
    tx.inTransaction(
        r -> {
          Hotspot h =
              r.clusters()
                  .hotspot(hotspotId)
                  .orElseThrow(
                      () -> DomainException.notFound("HOTSPOT_NOT_FOUND", "预警不存在：" + hotspotId));
          if (h.status() == HotspotStatus.CLOSED) {
            throw DomainException.conflict("HOTSPOT_CLOSED", "该预警已解除");
          }
          r.clusters().closeHotspot(hotspotId);
          return null;
        });
  }

  private static Ticket ticket(DispatchRepositories r, long id) {
    return r.core().tickets().find(TicketId.of(id)).orElse(null);
  }

  private static void requireHotline(Actor actor) {
    if (actor.role() == Role.UNIT_HANDLER) {
      throw DomainException.forbidden("当前角色（" + actor.role().label() + "）无权查看重复工单和突发问题预警");
    }
  }

  private static void requireRole(Actor actor, Role... roles) {
    if (!actor.is(roles)) {
      throw DomainException.forbidden("当前角色（" + actor.role().label() + "）无权执行该操作");
    }
  }
}
