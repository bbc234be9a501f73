package gov.hotline.telephony.service;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.ticket.Page;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.telephony.domain.Call;
import gov.hotline.telephony.domain.qa.ItemScore;
import gov.hotline.telephony.domain.qa.QaScore;
import gov.hotline.telephony.domain.qa.Scorecard;
import gov.hotline.telephony.domain.qa.ScorecardItem;
import gov.hotline.telephony.port.QaRepository;
import gov.hotline.telephony.port.TelephonyRepositories;
import gov.hotline.telephony.port.TelephonyTransactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Quality inspection of calls (录音质检): admins define the scorecard, team leads (and admins) score a
 * call's handling, the agent reads their own scores and appeals once, a team lead decides. Team
 * leads, managers and admins see every score; an agent only their own. One transaction per use
 * case.
 */
public final class QaService {
  private static final Role[] READERS = {Role.AGENT, Role.TEAM_LEAD, Role.MANAGER, Role.ADMIN};
  private static final Role[] SCORERS = {Role.TEAM_LEAD, Role.ADMIN};

  private final TelephonyTransactions store;
  private final Clock clock;

  /** A score with the scorecard version it was given on (for the items' labels and weights). */
  public record View(QaScore score, Scorecard card) {}

  public QaService(TelephonyTransactions store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public Scorecard scorecard(Actor actor) {
    require(actor, READERS);
    return store.inTransaction(r -> current(r.qa()));
  }

  public Scorecard defineScorecard(Actor actor, String name, List<ScorecardItem> items) {
    require(actor, Role.ADMIN);
    Scorecard card = Scorecard.define(name, items, clock.instant(), actor.username());
    return store.inTransaction(r -> r.qa().addScorecard(card));
  }

  /**
   * Scores a call's handling on the current scorecard; the agent is who sat at the call's
   * interface.
   */
  public View score(
      Actor actor,
      String callId,
      Map<String, Integer> points,
      Set<String> fatalFailed,
      String comment) {
    require(actor, SCORERS);
    return store.inTransaction(
        r -> {
          Call call =
              r.calls()
                  .byId(callId)
                  .orElseThrow(() -> DomainException.notFound("CALL_NOT_FOUND", "通话不存在：" + callId));
          String agent = agentOf(r, call);
          Scorecard card = current(r.qa());
          List<ItemScore> items = card.check(points, fatalFailed);
          QaScore score =
              r.qa()
                  .insert(
                      QaScore.of(
                          callId,
                          agent,
                          call.agentInterface(),
                          card,
                          items,
                          comment,
                          actor.username(),
                          clock.instant()));
          return new View(score, card);
        });
  }

  public Page<View> list(Actor actor, String agent, Instant from, Instant to, int page, int size) {
    require(actor, READERS);
    QaRepository.Query q =
        new QaRepository.Query(
            actor.is(Role.AGENT) ? actor.username() : agent,
            from,
            to,
            Math.max(1, page),
            Math.min(200, Math.max(1, size)));
    return store.inTransaction(
        r -> new Page<>(views(r.qa(), r.qa().search(q)), r.qa().count(q), q.page(), q.size()));
  }

  public List<View> ofCall(Actor actor, String callId) {
    require(actor, READERS);
    return store.inTransaction(
        r ->
            views(
                r.qa(),
                r.qa().ofCall(callId).stream()
                    .filter(s -> !actor.is(Role.AGENT) || s.agent().equals(actor.username()))
                    .toList()));
  }

  public View appeal(Actor actor, long id, String reason) {
    require(actor, Role.AGENT);
    return change(id, s -> s.appealed(actor.username(), reason, clock.instant()));
  }

  public View decide(Actor actor, long id, boolean accepted, String comment, Integer newTotal) {
    require(actor, Role.TEAM_LEAD);
    return change(
        id, s -> s.decided(accepted, comment, newTotal, actor.username(), clock.instant()));
  }

  /** Average total per agent over scores given in [from, to); an agent sees their own line only. */
  public List<QaRepository.AgentAverage> summary(Actor actor, Instant from, Instant to) {
    require(actor, READERS);
    return store.inTransaction(
        r -> r.qa().averages(actor.is(Role.AGENT) ? actor.username() : null, from, to));
  }

  private View change(long id, UnaryOperator<QaScore> step) {
    return store.inTransaction(
        r -> {
          QaScore s =
              r.qa()
                  .byId(id)
                  .orElseThrow(
                      () -> DomainException.notFound("QA_SCORE_NOT_FOUND", "质检评分不存在：" + id));
          QaScore next = step.apply(s);
          if (!r.qa().update(next)) {
            throw DomainException.conflict("QA_SCORE_CHANGED", "该质检评分刚被他人修改，请刷新后重试");
          }
          return view(r.qa(), r.qa().byId(id).orElseThrow());
        });
  }

  private String agentOf(TelephonyRepositories r, Call call) {
    String iface = call.agentInterface();
    if (iface == null) {
      throw DomainException.invalid("QA_NO_AGENT", "该通话没有座席接听，无法质检：" + call.id());
    }
    Instant at =
        call.times().answeredAt() != null ? call.times().answeredAt() : call.times().startedAt();
    return r.operations()
        .loggedInAt(iface, at)
        .or(() -> r.seats().byInterface(iface).map(s -> s.username()))
        .orElseThrow(
            () -> DomainException.invalid("QA_NO_AGENT", "无法确定该通话的座席员（" + iface + " 当时无人签入）"));
  }

  private static Scorecard current(QaRepository qa) {
    return qa.currentScorecard()
        .orElseThrow(() -> DomainException.conflict("NO_SCORECARD", "尚未定义质检评分表"));
  }

  private static List<View> views(QaRepository qa, List<QaScore> scores) {
    return scores.stream().map(s -> view(qa, s)).toList();
  }

  private static View view(QaRepository qa, QaScore s) {
    return new View(s, qa.scorecard(s.scorecardVersion()).orElseThrow());
  }

  private static void require(Actor actor, Role... roles) {
    if (!actor.is(roles)) {
      throw DomainException.forbidden("当前角色（" + actor.role().label() + "）无权执行该质检操作");
    }
  }
}
