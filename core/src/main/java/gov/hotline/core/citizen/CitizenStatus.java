package gov.hotline.core.citizen;

import gov.hotline.core.ticket.TicketStatus;

/**
 * The progress a citizen reads on the tracking page: four plain stages instead of the hotline's
 * internal statuses (which units, returns and arbitration stay inside).
 */
public enum CitizenStatus {
  RECEIVED("已受理"),
  HANDLING("办理中"),
  REPLIED("已答复"),
  CLOSED("已办结");

  private final String label;

  CitizenStatus(String label) {
    this.label = label;
  }

  /** Chinese label shown to the citizen. */
  public String label() {
    return label;
  }

  public static CitizenStatus of(TicketStatus s) {
    return switch (s) {
      case RECEIVED, PENDING_DISPATCH -> RECEIVED;
      case REPLIED, CALLBACK_DONE -> REPLIED;
      case CLOSED, DIRECT_CLOSED -> CLOSED;
      // a merged duplicate is handled under its master ticket: still in hand for the citizen
      default -> HANDLING;
    };
  }
}
