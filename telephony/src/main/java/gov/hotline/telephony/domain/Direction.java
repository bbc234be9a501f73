package gov.hotline.telephony.domain;

/**
 * Inbound citizen call (来电), a call the platform placed to a citizen (外呼, e.g. a callback 回访), a
 * team lead's supervision leg (监听/耳语/强插: an Originate of ChanSpy), or another call the platform
 * originated to one of its own phones (an Originate of an application). Only {@code INBOUND} calls
 * count as offered in the traffic reports.
 */
public enum Direction {
  INBOUND("呼入"),
  OUTBOUND("外呼"),
  SUPERVISION("班长监听"),
  PLATFORM("平台发起");

  private final String label;

  Direction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
