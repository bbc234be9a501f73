package gov.hotline.telephony.adapter.ami;

import gov.hotline.telephony.port.PbxCommands;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.action.MixMonitorAction;
import org.asteriskjava.manager.action.OriginateAction;
import org.asteriskjava.manager.action.QueueAddAction;
import org.asteriskjava.manager.action.QueuePauseAction;
import org.asteriskjava.manager.action.QueueRemoveAction;
import org.asteriskjava.manager.response.ManagerError;

/**
 * {@link PbxCommands} over one {@link AmiConnector}: actions are sent asynchronously (never waited
 * for on the reader thread) and their responses complete the futures; a link that is down fails
 * them at once.
 */
public final class AmiCommands implements PbxCommands {
  private static final long TIMEOUT_SECONDS = 10;
  private final AmiConnector connector;

  public AmiCommands(AmiConnector connector) {
    this.connector = connector;
  }

  @Override
  public CompletableFuture<Result> mixMonitor(String channel, String file) {
    MixMonitorAction a = new MixMonitorAction();
    a.setChannel(channel);
    a.setFile(file);
    a.setOptions("b");
    return send(a);
  }

  @Override
  public CompletableFuture<Result> queueAdd(
      String queue, String iface, String memberName, boolean paused) {
    QueueAddAction a = new QueueAddAction(queue, iface);
    a.setMemberName(memberName);
    a.setStateInterface(iface);
    a.setPaused(paused);
    return send(a);
  }

  @Override
  public CompletableFuture<Result> queueRemove(String queue, String iface) {
    return send(new QueueRemoveAction(queue, iface));
  }

  @Override
  public CompletableFuture<Result> queuePause(
      String queue, String iface, boolean paused, String reason) {
    QueuePauseAction a = new QueuePauseAction(iface, queue, paused);
    if (paused && reason != null && !reason.isBlank()) {
      a.setReason(reason);
    }
    return send(a);
  }

  @Override
  public CompletableFuture<Result> originate(
      String channel,
      String context,
      String exten,
      String application,
      String data,
      String callerId,
      Map<String, String> variables,
      String actionId) {
    OriginateAction a = new OriginateAction();
    a.setChannel(channel);
    if (application != null) {
      a.setApplication(application);
      a.setData(data);
    } else {
      a.setContext(context);
      a.setExten(exten);
      a.setPriority(1);
    }
    a.setCallerId(callerId);
    a.setAsync(true);
    a.setTimeout(30_000L);
    a.setVariables(variables);
    a.setActionId(actionId);
    return send(a);
  }

  private CompletableFuture<Result> send(ManagerAction action) {
    CompletableFuture<Result> done = new CompletableFuture<>();
    try {
      connector.send(
          action,
          r ->
              done.complete(
                  new Result(
                      !(r instanceof ManagerError),
                      r.getMessage() == null ? r.getResponse() : r.getMessage())));
    } catch (IllegalStateException e) {
      done.completeExceptionally(e);
    }
    return done.orTimeout(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }
}
