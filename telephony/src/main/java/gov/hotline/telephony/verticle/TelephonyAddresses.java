package gov.hotline.telephony.verticle;

/** Event-bus addresses of the telephony context (CONVENTIONS §3). */
public final class TelephonyAddresses {
  /**
   * A queue board snapshot ({@code List<LiveQueue>} in a {@link LiveBoardSnapshot}), at most once a
   * second.
   */
  public static final String CONSOLE_QUEUES = "console.queues";

  /** A screen pop for one agent's interface: {@code console.agent.<interface>}. */
  public static final String CONSOLE_AGENT_PREFIX = "console.agent.";

  /** Every screen pop, for the push edge. */
  public static final String SCREEN_POP = "telephony.evt.screen-pop";

  private TelephonyAddresses() {}

  public static String agent(String iface) {
    return CONSOLE_AGENT_PREFIX + iface;
  }
}
