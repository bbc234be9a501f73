package gov.hotline.telephony.domain;

import static gov.hotline.telephony.domain.AmiValues.emptyToNull;

import java.time.Instant;
import java.util.Locale;
import java.util.Set;

/**
 * Calls the platform itself starts with an Originate: callbacks (回访, to a citizen), supervision (a
 * team lead's ChanSpy: 监听, 耳语, 强插) and other calls to its own phones, none of which is a call
 * offered to the hotline.
 */
final class OriginateFold {
  /** Applications a supervision Originate runs (监听, 耳语, 强插 are options of these). */
  private static final Set<String> SPY_APPLICATIONS = Set.of("chanspy", "extenspy");

  /**
   * The application of the channel an Originate dials, before it runs the target (Asterisk's dial
   * API).
   */
  private static final String ORIGINATE_DIAL = "AppDial2";

  private final CallFolder folder;

  OriginateFold(CallFolder folder) {
    this.folder = folder;
  }

  void newExten(AmiMessage m, Instant t) {
    if (ORIGINATE_DIAL.equals(m.get("Application"))) {
      folder.on(
          m,
          t,
          s -> {
            if (s.isPrimary(m.get("Uniqueid"))
                && (s.direction == Direction.INBOUND || s.direction == Direction.INTERNAL)
                && s.queue == null) {
              platform(s, Direction.PLATFORM, m.get("Channel"));
            }
          });
    }
    String context = m.get("Context");
    if (context != null && folder.policy().callbackContexts().contains(context)) {
      folder.on(
          m,
          t,
          s -> {
            if (s.isPrimary(m.get("Uniqueid"))) {
              outbound(s, m.get("Exten"), m.get("Channel"));
            }
          });
    }
  }

  /**
   * The answer to an Originate. One of a dialplan target names {@code Context}/{@code Exten}; one
   * of an application (ChanSpy for a team lead's listen, whisper or barge) names {@code
   * Application}/{@code Data} and never a context, success or failure. A failure has no Uniqueid
   * ({@code <unknown>}) and the bare device as {@code Channel}: the attempt's own channel, still
   * open, is found by that device.
   */
  void response(AmiMessage m, Instant t) {
    String uid = m.get("Uniqueid");
    boolean known = uid != null && !uid.isEmpty() && !uid.startsWith("<");
    boolean success = "Success".equals(m.get("Response"));
    String application = emptyToNull(m.get("Application"));
    if (application != null) {
      CallState s =
          known
              ? folder.stateFor(folder.callIdOfLeg(uid), true)
              : openOriginateOf(m.get("Channel"));
      if (s != null) {
        applicationOriginated(s, application, m.get("Channel"));
        if (known) {
          s.leg(uid, m.get("Channel"), t);
        }
        if (success && s.endedAt == null) {
          s.answered(t);
        }
      }
      return;
    }
    if (!known || !success) {
      return;
    }
    CallState s = folder.stateFor(folder.callIdOfLeg(uid), true);
    String context = m.get("Context");
    if (context != null && folder.policy().callbackContexts().contains(context)) {
      outbound(s, m.get("Exten"), m.get("Channel"));
    }
    s.leg(uid, m.get("Channel"), t);
  }

  /**
   * The open call whose first channel is on this device and was dialled by an Originate (a failed
   * attempt).
   */
  private CallState openOriginateOf(String channel) {
    String device = Leg.device(channel);
    if (device == null) {
      return null;
    }
    CallState found = null;
    for (CallState s : folder.openCalls()) {
      Leg first = s.legs.get(s.id);
      if (s.queue == null
          && s.direction != Direction.CALLBACK
          && first != null
          && device.equals(Leg.device(first.channel()))) {
        found = s;
      }
    }
    if (found != null) {
      folder.changed(found.id);
    }
    return found;
  }

  /** A callback: the citizen is the other party, the agent's device the one that dialled. */
  static void outbound(CallState s, String citizen, String agentChannel) {
    if (s.direction != Direction.CALLBACK) {
      s.direction = Direction.CALLBACK;
      s.callerNumber = null;
      s.callerName = null;
    }
    if (s.callerNumber == null && citizen != null && !citizen.isEmpty() && !"s".equals(citizen)) {
      s.callerNumber = citizen;
    }
    if (s.agentInterface == null && agentChannel != null) {
      s.agentInterface = Leg.device(agentChannel);
    }
  }

  private static void applicationOriginated(CallState s, String application, String channel) {
    Direction d =
        SPY_APPLICATIONS.contains(application.toLowerCase(Locale.ROOT))
            ? Direction.SUPERVISION
            : Direction.PLATFORM;
    if (s.direction == Direction.INBOUND
        || s.direction == Direction.INTERNAL
        || s.direction == Direction.PLATFORM) {
      platform(s, d, channel);
    }
  }

  /**
   * A channel the platform originated to one of its own phones: no citizen on it, and not an
   * offered call.
   */
  private static void platform(CallState s, Direction d, String channel) {
    s.direction = d;
    s.callerNumber = null;
    s.callerName = null;
    s.did = null;
    if (s.agentInterface == null && channel != null) {
      s.agentInterface = Leg.device(channel);
    }
  }
}
