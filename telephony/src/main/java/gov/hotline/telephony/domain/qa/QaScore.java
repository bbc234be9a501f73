package gov.hotline.telephony.domain.qa;

import gov.hotline.core.error.DomainException;
import java.time.Instant;
import java.util.List;

/**
 * One quality score (质检评分) of a call's handling by its agent, on a scorecard version. The agent may
 * appeal it (申诉) once; a team lead decides, and an accepted appeal may set a new total (the
 * computed one is kept).
 */
public record QaScore(
    long id,
    String callId,
    String agent,
    String agentInterface,
    int scorecardVersion,
    int total,
    int computedTotal,
    List<ItemScore> items,
    String comment,
    String scorer,
    Instant scoredAt,
    QaStatus status,
    Appeal appeal,
    Decision decision,
    int version) {
  /** The agent's appeal. */
  public record Appeal(String reason, Instant at) {}

  /** The team lead's decision on the appeal. */
  public record Decision(boolean accepted, String comment, String by, Instant at) {}

  public QaScore {
    items = List.copyOf(items);
  }

  /** A new score on {@code card}, its total computed from the items. */
  public static QaScore of(
      String callId,
      String agent,
      String agentInterface,
      Scorecard card,
      List<ItemScore> items,
      String comment,
      String scorer,
      Instant at) {
    int total = Scorecard.total(items);
    return new QaScore(
        0,
        callId,
        agent,
        agentInterface,
        card.version(),
        total,
        total,
        items,
        text(comment, 500, "评语"),
        scorer,
        at,
        QaStatus.SCORED,
        null,
        null,
        0);
  }

  /** The scored agent appeals, once. */
  public QaScore appealed(String username, String reason, Instant at) {
    if (!agent.equals(username)) {
      throw DomainException.forbidden("只有被评分的座席员本人可以申诉");
    }
    if (status != QaStatus.SCORED) {
      throw DomainException.conflict("QA_ALREADY_APPEALED", "该质检评分已申诉过，每条评分只能申诉一次");
    }
    String r = text(reason, 500, "申诉理由");
    if (r == null) {
      throw DomainException.invalid("QA_APPEAL_REASON", "请填写申诉理由");
    }
    return new QaScore(
        id,
        callId,
        agent,
        agentInterface,
        scorecardVersion,
        total,
        computedTotal,
        items,
        comment,
        scorer,
        scoredAt,
        QaStatus.APPEALED,
        new Appeal(r, at),
        null,
        version);
  }

  /** The team lead decides an open appeal; an accepted one may set a new total (0–100). */
  public QaScore decided(
      boolean accepted, String comment, Integer newTotal, String by, Instant at) {
    if (status != QaStatus.APPEALED) {
      throw DomainException.conflict("QA_NOT_APPEALED", "该质检评分没有待处理的申诉");
    }
    if (newTotal != null && (newTotal < 0 || newTotal > Scorecard.FULL_MARKS)) {
      throw DomainException.invalid("QA_POINTS_OUT_OF_RANGE", "新的总分须在 0 到 100 之间：" + newTotal);
    }
    int t = accepted && newTotal != null ? newTotal : total;
    return new QaScore(
        id,
        callId,
        agent,
        agentInterface,
        scorecardVersion,
        t,
        computedTotal,
        items,
        comment(),
        scorer,
        scoredAt,
        accepted ? QaStatus.APPEAL_ACCEPTED : QaStatus.APPEAL_REJECTED,
        appeal,
        new Decision(accepted, text(comment, 500, "处理意见"), by, at),
        version);
  }

  private static String text(String v, int max, String label) {
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.strip().length() > max) {
      throw DomainException.invalid("QA_TEXT_TOO_LONG", label + "不超过 " + max + " 个字");
    }
    return v.strip();
  }
}
