package gov.hotline.dispatch.service;

import gov.hotline.core.category.Category;
import gov.hotline.core.error.DomainException;
import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.TicketId;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.ticket.TextRules;
import gov.hotline.core.ticket.Ticket;
import gov.hotline.core.ticket.TicketService;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.dispatch.domain.AppealFacts;
import gov.hotline.dispatch.domain.Candidate;
import gov.hotline.dispatch.domain.Decision;
import gov.hotline.dispatch.domain.DecisionStats;
import gov.hotline.dispatch.domain.History;
import gov.hotline.dispatch.domain.PastDecision;
import gov.hotline.dispatch.domain.Recommendation;
import gov.hotline.dispatch.domain.Recommender;
import gov.hotline.dispatch.domain.ResolutionStatus;
import gov.hotline.dispatch.port.DispatchRecord;
import gov.hotline.dispatch.port.DispatchTransactions;
import gov.hotline.dispatch.port.SimilarTickets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Dispatch recommendations (派单推荐) for an appeal or an existing ticket, with the history of
 * decisions: similar tickets through {@link SimilarTickets} and where dispatchers sent them, and
 * the decision counts per category (cached for {@code statsMaxAge}). Also records each dispatch as
 * a decision, which is how corrections feed back.
 */
public final class RecommendationService {
  private static final int SIMILAR = 8;
  private final DirectoryService directory;
  private final DispatchTransactions tx;
  private final SimilarTickets similar;
  private final TicketService tickets;
  private final Clock clock;
  private final Duration statsMaxAge;
  private final AtomicReference<CachedStats> stats = new AtomicReference<>();

  private record CachedStats(DecisionStats stats, Instant loadedAt) {}

  public RecommendationService(
      DirectoryService directory,
      DispatchTransactions tx,
      SimilarTickets similar,
      TicketService tickets,
      Clock clock,
      Duration statsMaxAge) {
    this.directory = directory;
    this.tx = tx;
    this.similar = similar;
    this.tickets = tickets;
    this.clock = clock;
    this.statsMaxAge = statsMaxAge;
  }

  /** A recommendation for an appeal being taken; an address in another district is refused. */
  public Recommendation recommend(AppealFacts in, Actor actor) {
    requireRole(actor);
    AppealFacts facts =
        new AppealFacts(
            TextRules.required(in.text(), "text", "诉求内容", TextRules.CONTENT_MAX),
            TextRules.optional(in.address(), "address", "地址", TextRules.ADDRESS_MAX),
            in.appealType(),
            in.categoryId());
    if (facts.categoryId() != null) {
      requireLeafCategory(facts.categoryId());
    }
    Recommendation r = recommend(facts, -1);
    if (r.jurisdiction().status() == ResolutionStatus.OUTSIDE_DISTRICT) {
      throw DomainException.invalid(
          "ADDRESS_OUTSIDE_DISTRICT", r.jurisdiction().explanation() + "，请转市级平台或所属区办理");
    }
    return r;
  }

  /** A recommendation for a ticket, with the category chosen at intake. */
  public Recommendation forTicket(TicketId id, Actor actor) {
    requireRole(actor);
    Ticket t = tickets.get(id, actor);
    var a = t.appeal();
    return recommend(
        new AppealFacts(a.content(), a.address(), a.appealType(), a.categoryId()), id.value());
  }

  private Recommendation recommend(AppealFacts facts, long exclude) {
    Recommender recommender = directory.recommender();
    return recommender.recommend(facts, history(facts.text(), exclude));
  }

  History history(String text, long exclude) {
    List<SimilarTickets.Hit> hits =
        similar.similar(text, exclude, SIMILAR).stream()
            .filter(h -> h.score() >= Recommender.SIMILAR_MIN)
            .toList();
    List<PastDecision> past = new ArrayList<>();
    if (!hits.isEmpty()) {
      Map<Long, Decision> decisions =
          tx.inTransaction(
              r ->
                  r.decisions()
                      .latestFor(hits.stream().map(SimilarTickets.Hit::ticketId).toList()));
      for (SimilarTickets.Hit h : hits) {
        Decision d = decisions.get(h.ticketId());
        if (d != null) {
          past.add(
              new PastDecision(
                  d.ticketId(),
                  d.ticketNo(),
                  h.score(),
                  d.categoryId(),
                  d.leadUnitId(),
                  d.leadRef()));
        }
      }
    }
    return new History(past, stats());
  }

  private DecisionStats stats() {
    CachedStats s = stats.get();
    if (s == null || s.loadedAt().plus(statsMaxAge).isBefore(clock.instant())) {
      s = new CachedStats(tx.inTransaction(r -> r.decisions().stats()), clock.instant());
      stats.set(s);
    }
    return s.stats();
  }

  /**
   * Records a dispatch from the ticket history as a decision: where it went, the catalogue
   * reference that unit was for this ticket, and what the recommender puts first now (without this
   * ticket's own history).
   */
  public Decision record(DispatchRecord d) {
    if (d.leadUnitId() == null || d.leadUnitId().isBlank() || "null".equals(d.leadUnitId())) {
      return null;
    }
    Recommender recommender = directory.recommender();
    AppealFacts facts =
        new AppealFacts(d.content(), d.address(), d.appealType(), CategoryId.of(d.categoryId()));
    UnitId lead = UnitId.of(d.leadUnitId());
    List<Candidate> leads =
        recommender.recommend(facts, history(d.content(), d.ticketId())).leads();
    Decision decision =
        new Decision(
            d.historyId(),
            d.ticketId(),
            d.ticketNo(),
            CategoryId.of(d.categoryId()),
            lead,
            recommender.refFor(lead, facts),
            leads.isEmpty() ? null : leads.get(0).unitId(),
            d.actorId(),
            d.at());
    tx.inTransaction(
        r -> {
          r.decisions().insert(decision);
          return null;
        });
    return decision;
  }

  /** Decisions so far and how many followed the first recommendation. */
  public long[] followed() {
    return tx.inTransaction(r -> r.decisions().followedCount());
  }

  /** Forgets the cached decision counts (after new decisions were recorded). */
  public void refreshStats() {
    stats.set(null);
  }

  private void requireLeafCategory(CategoryId id) {
    Category c =
        directory
            .recommender()
            .directory()
            .category(id)
            .orElseThrow(() -> DomainException.invalid("UNKNOWN_CATEGORY", "问题分类不存在：" + id));
    if (!c.isLeaf()) {
      throw DomainException.invalid("CATEGORY_NOT_LEAF", "请选择具体的二级问题分类，而不是分类组：" + c.name());
    }
  }

  private static void requireRole(Actor actor) {
    if (actor.role() == Role.UNIT_HANDLER) {
      throw DomainException.forbidden("当前角色（" + actor.role().label() + "）无权查看派单推荐");
    }
  }
}
