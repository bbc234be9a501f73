package gov.hotline.telephony.adapter.ami;

import java.util.Map;
import java.util.Set;

/**
 * The manager.conf rights the platform's AMI account needs. Asterisk checks a write class per
 * action; the platform reads every event class ({@code read=all}): calls, queues and agents,
 * dialplan variables, UserEvents, CDRs.
 */
public final class AmiPrivileges {
  /**
   * Each action the platform sends, with the write class Asterisk requires for it (none for the
   * rest).
   */
  public static final Map<String, String> WRITE_CLASS_OF_ACTION =
      Map.of(
          "Originate", "originate", // callbacks and supervisor ChanSpy
          "QueueAdd", "agent",
          "QueueRemove", "agent",
          "QueuePause", "agent",
          "MixMonitor", "system", // recording a call the dialplan did not
          "CoreShowChannels", "system", // resynchronisation after a reconnect (system or reporting)
          "CoreSettings", "system"); // the Asterisk version at login (system or reporting)

  /** The read classes the platform needs; {@code read=all} grants them. */
  public static final Set<String> READ = Set.of("all");

  private AmiPrivileges() {}

  /** The write classes to grant: one per action above. */
  public static Set<String> writeClasses() {
    return Set.copyOf(WRITE_CLASS_OF_ACTION.values());
  }
}
