package gov.hotline.telephony.domain;

import java.util.Set;

/**
 * Site rules for turning events into calls: an abandon shorter than {@code shortAbandonSeconds}
 * counts as a short abandon (短时放弃); dialplan contexts that place callbacks; the UserEvents the
 * dialplan sends.
 */
public record FoldPolicy(int shortAbandonSeconds, Set<String> callbackContexts) {
  public FoldPolicy {
    callbackContexts = Set.copyOf(callbackContexts);
  }

  public static FoldPolicy defaults() {
    return new FoldPolicy(10, Set.of(Dialplan.CALLBACK_CONTEXT));
  }
}
