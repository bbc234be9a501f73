package gov.hotline.telephony.domain.complaint;

import gov.hotline.core.error.DomainException;
import java.time.Instant;
import java.util.Objects;

/**
 * A complaint about an agent (座席投诉): tied to the complained-about call (and so to its recording,
 * 以投诉电话录音为据) and to the agent who answered it — the person (工号) logged in at the answering
 * interface then, else the interface. It counts in 座席被投诉率 only after a review found it {@link
 * ComplaintStatus#UPHELD 成立}; a review is final.
 *
 * @param id 0 before it is stored
 * @param ticketRef the complaint ticket (工单编号) it came with, if any
 */
public record AgentComplaint(
    long id,
    String callId,
    String agentInterface,
    String agentUsername,
    String ticketRef,
    String reason,
    String filedBy,
    Instant filedAt,
    ComplaintStatus status,
    String reviewedBy,
    Instant reviewedAt,
    String reviewComment) {

  /** Longest reason or review comment accepted. */
  public static final int MAX_TEXT = 2000;

  public AgentComplaint {
    Objects.requireNonNull(callId);
    Objects.requireNonNull(agentInterface);
    Objects.requireNonNull(agentUsername);
    Objects.requireNonNull(filedBy);
    Objects.requireNonNull(filedAt);
    Objects.requireNonNull(status);
  }

  /** A new complaint about the call's agent, not yet reviewed. */
  public static AgentComplaint file(
      String callId,
      String agentInterface,
      String agentUsername,
      String ticketRef,
      String reason,
      String filedBy,
      Instant at) {
    return new AgentComplaint(
        0,
        callId,
        agentInterface,
        agentUsername,
        blankToNull(ticketRef),
        text(reason, "COMPLAINT_REASON_REQUIRED", "请填写投诉内容"),
        filedBy,
        at,
        ComplaintStatus.PENDING,
        null,
        null,
        null);
  }

  /**
   * The review's outcome: {@code upheld} 成立 or 不成立, with a comment; refused when already reviewed
   * or when the reviewer is the complained-about agent.
   */
  public AgentComplaint reviewed(boolean upheld, String comment, String reviewer, Instant at) {
    if (status != ComplaintStatus.PENDING) {
      throw DomainException.conflict(
          "COMPLAINT_ALREADY_REVIEWED", "该投诉已审核（" + status.label() + "），不能再次审核");
    }
    if (reviewer.equals(agentUsername)) {
      throw DomainException.forbidden("不能审核针对本人的投诉");
    }
    return new AgentComplaint(
        id,
        callId,
        agentInterface,
        agentUsername,
        ticketRef,
        reason,
        filedBy,
        filedAt,
        upheld ? ComplaintStatus.UPHELD : ComplaintStatus.REJECTED,
        reviewer,
        at,
        text(comment, "REVIEW_COMMENT_REQUIRED", "请填写审核意见"));
  }

  private static String text(String s, String code, String missing) {
    if (s == null || s.isBlank()) {
      throw DomainException.invalid(code, missing);
    }
    if (s.length() > MAX_TEXT) {
      throw DomainException.invalid(code, "内容过长（最多 " + MAX_TEXT + " 字）");
    }
    return s.strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
