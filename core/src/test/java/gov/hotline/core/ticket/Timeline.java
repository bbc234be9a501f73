package gov.hotline.core.ticket;

import static gov.hotline.core.ShanghaiTime.at;
import static gov.hotline.core.ShanghaiTime.endOf;

import java.time.Instant;

/**
 * When things happen to the complaint of the lifecycle tests: received on the eve of National Day
 * 2025, so that its 7-working-day handling deadline lands on 2025-10-16 (the make-up Saturday 10/11
 * counts).
 */
final class Timeline {
  static final Instant SUBMITTED = at(2025, 9, 30, 9, 40);
  static final Instant DISPATCHED = at(2025, 9, 30, 10, 0);

  /** 2 working hours after dispatch, by the 城乡建设 policy. */
  static final Instant SIGN_DUE = at(2025, 9, 30, 12, 0);

  static final Instant SIGNED = at(2025, 9, 30, 11, 0);

  /** 7 working days after dispatch, by the 城乡建设 policy. */
  static final Instant HANDLE_DUE = endOf(2025, 10, 16);

  static final Instant REPLIED = at(2025, 10, 13, 15, 0);

  /** 2 working days after the reply, by the 城乡建设 policy. */
  static final Instant CALLBACK_DUE = endOf(2025, 10, 15);

  static final Instant CALLED_BACK = at(2025, 10, 14, 10, 0);
  static final Instant CLOSED = at(2025, 10, 14, 10, 5);

  private Timeline() {}
}
