package gov.hotline.telephony.domain;

import java.util.Set;

/**
 * Site rules for turning events into calls: an abandon shorter than {@code shortAbandonSeconds}
 * counts as a short abandon (短时放弃); dialplan contexts that place callbacks; the contexts the
 * hotline's own phones start their calls in (a call whose first channel starts there is an {@link
 * Direction#INTERNAL internal call}, not a citizen's).
 */
public record FoldPolicy(
    int shortAbandonSeconds, Set<String> callbackContexts, Set<String> internalContexts) {
  public FoldPolicy {
    callbackContexts = Set.copyOf(callbackContexts);
    internalContexts = Set.copyOf(internalContexts);
  }

  /** The policy of the sample dialplan's contexts with this short-abandon threshold. */
  public static FoldPolicy of(int shortAbandonSeconds) {
    return new FoldPolicy(
        shortAbandonSeconds, Set.of(Dialplan.CALLBACK_CONTEXT), Set.of(Dialplan.PHONES_CONTEXT));
  }

  public static FoldPolicy defaults() {
    return of(10);
  }
}
