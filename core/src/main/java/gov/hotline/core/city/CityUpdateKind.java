package gov.hotline.core.city;

import gov.hotline.core.ticket.TicketAction;
import java.util.Optional;

/**
 * The status changes of a city case that the city platform must hear about (向市级平台报送的办理节点), and
 * every rating (好差评) of any ticket, which the city's 好差评 system keeps.
 */
public enum CityUpdateKind {
  SIGNED("已签收", TicketAction.SIGN),
  REPLIED("已反馈", TicketAction.REPLY),
  RETURNED("退市", TicketAction.RETURN_TO_CITY),
  EXTENSION_REQUESTED("申请延期", TicketAction.REQUEST_EXTENSION),
  CALLBACK("回访结果", TicketAction.CALLBACK),
  CLOSED("已办结", TicketAction.CLOSE),
  /** A rating (好差评) stored locally, synced upstream; not a status change. */
  RATING("好差评", TicketAction.RATE);

  private final String label;
  private final TicketAction action;

  CityUpdateKind(String label, TicketAction action) {
    this.label = label;
    this.action = action;
  }

  /** Chinese label shown to users. */
  public String label() {
    return label;
  }

  /** The update a ticket action sends, if the city hears of that action at all. */
  public static Optional<CityUpdateKind> of(TicketAction action) {
    for (CityUpdateKind k : values()) {
      if (k.action == action) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
