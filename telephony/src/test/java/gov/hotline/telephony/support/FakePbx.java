package gov.hotline.telephony.support;

import gov.hotline.telephony.port.PbxCommands;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;

/**
 * An Asterisk server for {@link PbxCommands}: records every action sent, keeps the queue members,
 * and answers as Asterisk's manager does (the texts of app_queue and manager.c): "Added interface
 * to queue", "Unable to add interface: Already there", "Unable to remove interface: Not there",
 * "Interface not found" for a pause of a non-member, "Unable to add interface to queue: No such
 * queue", "Interface paused successfully", "Originate successfully queued". {@link #unreachable}
 * makes every action time out (and change nothing) as over a dead link.
 */
public final class FakePbx implements PbxCommands {
  /** One action as sent: its name and fields, in the order given. */
  public record Sent(String action, Map<String, String> fields) {
    @Override
    public String toString() {
      return action + " " + fields;
    }
  }

  private final List<Sent> sent = new ArrayList<>();

  /** queue → interface → paused. */
  private final Map<String, Map<String, Boolean>> members = new LinkedHashMap<>();

  private final Set<String> queues;
  private boolean unreachable;

  /** A server with these queues (queues.conf), no members yet. */
  public FakePbx(String... queues) {
    this.queues = Set.of(queues);
  }

  /** A static member of a queue (queues.conf): always in the queue. */
  public synchronized FakePbx withMember(String queue, String iface) {
    members.computeIfAbsent(queue, q -> new LinkedHashMap<>()).put(iface, false);
    return this;
  }

  /** From now on no answer comes: every action fails as timed out. */
  public synchronized FakePbx unreachable() {
    unreachable = true;
    return this;
  }

  public synchronized List<Sent> sent() {
    return List.copyOf(sent);
  }

  /** Whether the interface is a member of the queue, and paused (null when not a member). */
  public synchronized Boolean paused(String queue, String iface) {
    return members.getOrDefault(queue, Map.of()).get(iface);
  }

  public synchronized boolean isMember(String queue, String iface) {
    return members.getOrDefault(queue, Map.of()).containsKey(iface);
  }

  @Override
  public synchronized CompletableFuture<Result> mixMonitor(String channel, String file) {
    return answer(new Sent("MixMonitor", fields("Channel", channel, "File", file)), true, "");
  }

  @Override
  public synchronized CompletableFuture<Result> queueAdd(
      String queue, String iface, String memberName, boolean paused) {
    Sent s =
        new Sent(
            "QueueAdd",
            fields(
                "Queue",
                queue,
                "Interface",
                iface,
                "MemberName",
                memberName,
                "Paused",
                Boolean.toString(paused)));
    if (unreachable) {
      return answer(s, false, null);
    }
    if (!queues.contains(queue)) {
      return answer(s, false, "Unable to add interface to queue: No such queue");
    }
    if (isMember(queue, iface)) {
      return answer(s, false, "Unable to add interface: Already there");
    }
    members.computeIfAbsent(queue, q -> new LinkedHashMap<>()).put(iface, paused);
    return answer(s, true, "Added interface to queue");
  }

  @Override
  public synchronized CompletableFuture<Result> queueRemove(String queue, String iface) {
    Sent s = new Sent("QueueRemove", fields("Queue", queue, "Interface", iface));
    if (unreachable || !isMember(queue, iface)) {
      return answer(s, false, "Unable to remove interface: Not there");
    }
    members.get(queue).remove(iface);
    return answer(s, true, "Removed interface from queue");
  }

  @Override
  public synchronized CompletableFuture<Result> queuePause(
      String queue, String iface, boolean paused, String reason) {
    Sent s =
        new Sent(
            "QueuePause",
            fields(
                "Queue",
                queue,
                "Interface",
                iface,
                "Paused",
                Boolean.toString(paused),
                "Reason",
                reason));
    if (unreachable || !isMember(queue, iface)) {
      return answer(s, false, "Interface not found");
    }
    members.get(queue).put(iface, paused);
    return answer(
        s, true, paused ? "Interface paused successfully" : "Interface unpaused successfully");
  }

  @Override
  public synchronized CompletableFuture<Result> originate(
      String channel,
      String context,
      String exten,
      String application,
      String data,
      String callerId,
      Map<String, String> variables,
      String actionId) {
    Map<String, String> f =
        fields(
            "Channel",
            channel,
            "Context",
            context,
            "Exten",
            exten,
            "Application",
            application,
            "Data",
            data,
            "CallerID",
            callerId,
            "ActionID",
            actionId);
    variables.forEach((k, v) -> f.put("Variable", k + "=" + v));
    Sent s = new Sent("Originate", f);
    return answer(s, true, "Originate successfully queued");
  }

  private CompletableFuture<Result> answer(Sent s, boolean success, String message) {
    sent.add(s);
    if (unreachable) {
      return CompletableFuture.failedFuture(
          new TimeoutException("Asterisk did not answer " + s.action() + " in time (timeout)"));
    }
    return CompletableFuture.completedFuture(new Result(success, message));
  }

  private static Map<String, String> fields(String... kv) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      if (kv[i + 1] != null) {
        out.put(kv[i], kv[i + 1]);
      }
    }
    return out;
  }
}
