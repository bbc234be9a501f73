package gov.hotline.telephony.domain;

/**
 * What the platform expects from the site's Asterisk dialplan and queues (the sample in {@code
 * infra/asterisk/} follows it, and a test holds the two together): the queue the agents answer, the
 * callback context, the variables and UserEvents the dialplan sets for each call, and the
 * MixMonitor file names, which end in the channel's uniqueid so that a recording can be found even
 * when the events naming it were lost.
 */
public final class Dialplan {
  /** The queue of the hotline (queues.conf) that agents log in to. */
  public static final String QUEUE = "hotline";

  /** The context AMI Originate runs for a callback (回访): records the call and dials the citizen. */
  public static final String CALLBACK_CONTEXT = "hotline-callback";

  /**
   * The context of the hotline's own phones (pjsip.conf): a call that starts there was dialled by
   * an agent's or a team lead's phone, and an Originate's first channel to a phone starts there
   * too.
   */
  public static final String PHONES_CONTEXT = "from-agents";

  /** The hotline's own call reference, set on every inbound and callback call. */
  public static final String CALL_ID_VARIABLE = "HOTLINE_CALLID";

  /** The ticket a callback is made for (an Originate variable). */
  public static final String TICKET_VARIABLE = "TICKET_ID";

  /** UserEvent of an inbound call after MixMonitor started: CallId, Caller, Recording. */
  public static final String CALL_EVENT = "HotlineCall";

  /** UserEvent of a callback: CallId, Citizen, Ticket, Recording. */
  public static final String CALLBACK_EVENT = "HotlineCallback";

  /** UserEvent of a call that reached the after-hours message. */
  public static final String AFTER_HOURS_EVENT = "HotlineAfterHours";

  private Dialplan() {}
}
