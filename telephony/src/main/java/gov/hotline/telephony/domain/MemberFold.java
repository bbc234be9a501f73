package gov.hotline.telephony.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The wrap-up (话后整理) of each answered call, from what its agent's queue member did after the talk.
 * The rule, as the reports count it:
 *
 * <ul>
 *   <li>it starts when the talk ends ({@code AgentComplete});
 *   <li>it lasts at least the queue's wrap-up time ({@code wrapuptime}, {@link
 *       FoldPolicy#wrapUpSeconds()}), during which Asterisk offers the member no call;
 *   <li>a pause the member begins within that time with a wrap-up reason ({@link
 *       FoldPolicy#wrapUpReasons()}, e.g. 话后整理) extends it until the member is ready again (the
 *       unpause, or the logout);
 *   <li>a pause with another reason (小休, 就餐 …) begun within that time ends it where that pause
 *       begins: what follows is a pause, not wrap-up;
 *   <li>the next call offered to the member ({@code AgentCalled}) ends whatever is left.
 * </ul>
 *
 * Member events carry no call id, so the fold remembers, per interface, the call that completed
 * last; a call no longer held in memory (evicted, or completed before a restart) keeps the wrap-up
 * time it had. Replaying the same events gives the same figures.
 */
final class MemberFold {
  private record Completion(String callId, Instant at, Instant pausedAt) {}

  private final CallFolder folder;
  private final Map<String, Completion> lastCompleted = new HashMap<>();

  MemberFold(CallFolder folder) {
    this.folder = folder;
  }

  /** The talk of {@code s} ended at {@code t} ({@code AgentComplete}): its wrap-up begins. */
  void completed(CallState s, AmiMessage m, Instant t) {
    QueueFold.agentComplete(s, m, t);
    String iface = m.get("Interface");
    if (s.wrapUpSeconds == null) {
      s.wrapUpSeconds = folder.policy().wrapUpSeconds();
    }
    if (iface != null) {
      lastCompleted.put(iface, new Completion(s.id, t, null));
    }
  }

  void paused(AmiMessage m, Instant t) {
    String iface = m.get("Interface");
    Completion c = iface == null ? null : lastCompleted.get(iface);
    if (c == null) {
      return;
    }
    boolean paused = "1".equals(m.get("Paused"));
    if (paused && c.pausedAt() == null) {
      if (t.isAfter(c.at().plusSeconds(folder.policy().wrapUpSeconds() + 1L))) {
        lastCompleted.remove(iface); // the wrap-up was over: this pause is a pause
      } else if (folder.policy().wrapUpReasons().contains(m.get("PausedReason"))) {
        lastCompleted.put(iface, new Completion(c.callId(), c.at(), t));
      } else {
        wrapUpEnds(iface, c, t, false);
      }
    } else if (!paused && c.pausedAt() != null) {
      wrapUpEnds(iface, c, t, true);
    }
  }

  /** The member left the queue (logout): a wrap-up pause ends there. */
  void removed(AmiMessage m, Instant t) {
    String iface = m.get("Interface");
    Completion c = iface == null ? null : lastCompleted.get(iface);
    if (c != null && c.pausedAt() != null) {
      wrapUpEnds(iface, c, t, true);
    }
    if (iface != null) {
      lastCompleted.remove(iface);
    }
  }

  /** The member is offered the next call: it was ready. */
  void offered(String iface) {
    if (iface != null) {
      lastCompleted.remove(iface);
    }
  }

  /**
   * The wrap-up of the member's last call ends at {@code t}: at least the queue's wrap-up time when
   * the member stayed in wrap-up ({@code atLeastQueueTime}), else exactly until {@code t}.
   */
  private void wrapUpEnds(String iface, Completion c, Instant t, boolean atLeastQueueTime) {
    lastCompleted.remove(iface);
    CallState s = folder.stateFor(c.callId(), false);
    if (s == null) {
      return;
    }
    int seconds = (int) Math.max(0, Duration.between(c.at(), t).toSeconds());
    s.wrapUpSeconds =
        atLeastQueueTime ? Math.max(seconds, folder.policy().wrapUpSeconds()) : seconds;
  }
}
