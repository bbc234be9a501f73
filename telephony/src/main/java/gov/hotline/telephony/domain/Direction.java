package gov.hotline.telephony.domain;

/**
 * What a call is. Only an {@code INBOUND} call (来电: a citizen dialled the hotline from the trunk)
 * is a call offered to the hotline; the others are set aside by the traffic reports and counted
 * apart, per class:
 *
 * <ul>
 *   <li>{@code CALLBACK} 回访外呼: a call the platform placed to a citizen (an Originate into the
 *       callback context);
 *   <li>{@code SUPERVISION} 班长监听: a team lead's supervision leg (监听/耳语/强插: an Originate of
 *       ChanSpy);
 *   <li>{@code INTERNAL} 内部通话: a call one of the hotline's own phones dialled (an agent calling a
 *       colleague, a consultation before a transfer), recognised by the dialplan context the phones
 *       start in;
 *   <li>{@code PLATFORM} 平台发起: another call the platform originated to one of its own phones (an
 *       Originate of an application other than ChanSpy).
 * </ul>
 */
public enum Direction {
  INBOUND("呼入"),
  CALLBACK("回访外呼"),
  SUPERVISION("班长监听"),
  INTERNAL("内部通话"),
  PLATFORM("平台发起");

  private final String label;

  Direction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether the call is a citizen's call offered to the hotline (counted in 呼入). */
  public boolean offered() {
    return this == INBOUND;
  }
}
