package gov.hotline.telephony.domain;

import java.util.Set;

/**
 * Site rules for turning events into calls: an abandon shorter than {@code shortAbandonSeconds}
 * counts as a short abandon (短时放弃); dialplan contexts that place callbacks; the contexts the
 * hotline's own phones start their calls in (a call whose first channel starts there is an {@link
 * Direction#INTERNAL internal call}, not a citizen's); the queue's wrap-up time ({@code wrapuptime}
 * in queues.conf, {@code HOTLINE_WRAPUP_SECONDS}) and the pause reasons that mean 话后整理 (see {@link
 * MemberFold} for how a call's wrap-up is measured).
 */
public record FoldPolicy(
    int shortAbandonSeconds,
    Set<String> callbackContexts,
    Set<String> internalContexts,
    int wrapUpSeconds,
    Set<String> wrapUpReasons) {
  /** The pause reasons (code or label, as the member's PausedReason names it) of 话后整理. */
  public static final Set<String> WRAP_UP_REASONS = Set.of("WRAP_UP", "话后整理");

  public FoldPolicy {
    callbackContexts = Set.copyOf(callbackContexts);
    internalContexts = Set.copyOf(internalContexts);
    wrapUpReasons = Set.copyOf(wrapUpReasons);
  }

  /** The policy of the sample dialplan's contexts with these thresholds. */
  public static FoldPolicy of(int shortAbandonSeconds, int wrapUpSeconds) {
    return new FoldPolicy(
        shortAbandonSeconds,
        Set.of(Dialplan.CALLBACK_CONTEXT),
        Set.of(Dialplan.PHONES_CONTEXT),
        wrapUpSeconds,
        WRAP_UP_REASONS);
  }

  /** Ten seconds for a short abandon, no wrap-up time (the lab queue of the captures). */
  public static FoldPolicy defaults() {
    return of(10, 0);
  }
}
