package gov.hotline.telephony.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The four static members of queue {@code hotline} in the generated traffic: who is free when
 * (ringing, talking, three seconds of wrap-up, breaks with a reason), handed calls round-robin by
 * who has been free longest.
 */
final class SimAgents {
  private static final String[] IFACES = {"PJSIP/6001", "PJSIP/6002", "PJSIP/6003", "PJSIP/6004"};
  private static final String[] NAMES = {"张丽", "王强", "李娜", "赵敏"};
  private static final long WRAP_UP = 3_000;

  /** Who takes a call and when it rings, is answered and ends. */
  record Assignment(
      String iface, String name, long joinAt, long ringAt, long answerAt, long endAt) {}

  /** An event to put on the timeline. */
  record At(long at, String block) {}

  private final Random random;
  private final long[] freeAt = new long[IFACES.length];
  private final long[] pausedUntil = new long[IFACES.length];
  private final int[] calls = new int[IFACES.length];

  SimAgents(Random random) {
    this.random = random;
  }

  List<String> members() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < IFACES.length; i++) {
      out.add(member("QueueMemberStatus", i, 1, false, ""));
    }
    return out;
  }

  /**
   * The agent for a caller who joined at {@code joinAt} and gives up at {@code giveUpAt}; null if
   * none in time.
   */
  Assignment assign(long joinAt, long giveUpAt, long ringMs, long talkMs) {
    int best = -1;
    long bestAt = Long.MAX_VALUE;
    for (int i = 0; i < IFACES.length; i++) {
      long at = Math.max(joinAt, Math.max(freeAt[i], pausedUntil[i]));
      if (at < bestAt) {
        bestAt = at;
        best = i;
      }
    }
    long answerAt = bestAt + ringMs;
    if (answerAt >= giveUpAt) {
      return null;
    }
    long endAt = answerAt + talkMs;
    freeAt[best] = endAt + WRAP_UP;
    calls[best]++;
    return new Assignment(IFACES[best], NAMES[best], joinAt, bestAt, answerAt, endAt);
  }

  /** One agent pauses for a while with a reason (after their current call), then comes back. */
  List<At> takeBreak(long now, String reason) {
    int i = random.nextInt(IFACES.length);
    long from = Math.max(now, Math.max(freeAt[i], pausedUntil[i]));
    long until = from + 60_000 + random.nextInt(120_000);
    pausedUntil[i] = until;
    return List.of(
        new At(from, member("QueueMemberPause", i, 1, true, reason)),
        new At(until, member("QueueMemberPause", i, 1, false, "")));
  }

  String status(String iface, int status, long at) {
    for (int i = 0; i < IFACES.length; i++) {
      if (IFACES[i].equals(iface)) {
        return member("QueueMemberStatus", i, status, false, "");
      }
    }
    throw new IllegalArgumentException(iface);
  }

  private String member(String event, int i, int status, boolean paused, String reason) {
    return SimBlock.event(event)
        .h("Privilege", "agent,all")
        .h("Queue", "hotline")
        .h("MemberName", NAMES[i])
        .h("Interface", IFACES[i])
        .h("StateInterface", IFACES[i])
        .h("Membership", "static")
        .h("Penalty", 0)
        .h("CallsTaken", calls[i])
        .h("LastCall", 0)
        .h("LastPause", 0)
        .h("LoginTime", 0)
        .h("InCall", status == 2 ? 1 : 0)
        .h("Status", status)
        .h("Paused", paused ? 1 : 0)
        .h("PausedReason", reason)
        .h("Ringinuse", 0)
        .h("Wrapuptime", 0)
        .end();
  }
}
