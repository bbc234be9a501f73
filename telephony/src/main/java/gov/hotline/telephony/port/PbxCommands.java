package gov.hotline.telephony.port;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Actions the platform sends to one Asterisk server (through AMI). Every call returns at once; the
 * future completes with Asterisk's answer, or fails when the link is down or Asterisk does not
 * answer in time.
 */
public interface PbxCommands {
  /**
   * Asterisk's answer to an action: success, and its message (e.g. "Interface paused
   * successfully").
   */
  record Result(boolean success, String message) {}

  /** Starts recording a channel into {@code file} (in the monitor directory). */
  CompletableFuture<Result> mixMonitor(String channel, String file);

  /** Logs an interface into a queue (签入). */
  CompletableFuture<Result> queueAdd(String queue, String iface, String memberName, boolean paused);

  /** Logs an interface out of a queue (签出). */
  CompletableFuture<Result> queueRemove(String queue, String iface);

  /** Pauses (示忙/小休, with a reason) or unpauses (示闲) an interface in a queue. */
  CompletableFuture<Result> queuePause(String queue, String iface, boolean paused, String reason);

  /**
   * Originates a call: rings {@code channel} (an agent's phone), then runs {@code context,exten,1}
   * or, when {@code application} is set, that application with {@code data} (e.g. ChanSpy). {@code
   * actionId} lets the OriginateResponse be matched.
   */
  CompletableFuture<Result> originate(
      String channel,
      String context,
      String exten,
      String application,
      String data,
      String callerId,
      Map<String, String> variables,
      String actionId);
}
