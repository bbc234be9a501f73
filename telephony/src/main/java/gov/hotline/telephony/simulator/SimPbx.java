package gov.hotline.telephony.simulator;

import java.util.Map;

/**
 * The simulated PBX's reaction to an {@code Originate}: the call generator plays a callback or a
 * ChanSpy call.
 */
public interface SimPbx {
  void originate(Map<String, String> action, String actionId, AmiSimulator sim);

  /**
   * Without a call generator an originate fails the way Asterisk reports a phone that does not
   * answer.
   */
  SimPbx NONE =
      (action, actionId, sim) ->
          sim.broadcast(
              originateResponse(
                  action,
                  actionId,
                  false,
                  action.get("channel"),
                  "<unknown>",
                  action.getOrDefault("callerid", ""),
                  ""));

  /**
   * {@code OriginateResponse} in the shape Asterisk gives it (the lab captures {@code
   * originate_callback} and {@code originate_application*}): an Originate of a dialplan target
   * names {@code Context} and {@code Exten}; one of an application names {@code Application} and
   * {@code Data} and no context, success or failure. A failure carries the bare device as {@code
   * Channel}, {@code Reason: 3} (no answer) and {@code Uniqueid: <unknown>}.
   */
  static String originateResponse(
      Map<String, String> action,
      String actionId,
      boolean success,
      String channel,
      String uniqueid,
      String callerNum,
      String callerName) {
    SimBlock b =
        SimBlock.event("OriginateResponse")
            .h("Privilege", "call,all")
            .h("ActionID", actionId)
            .h("Response", success ? "Success" : "Failure")
            .h("Channel", channel);
    String application = action.get("application");
    if (application != null && !application.isEmpty()) {
      b.h("Application", application).h("Data", action.getOrDefault("data", ""));
    } else {
      b.h("Context", action.getOrDefault("context", ""))
          .h("Exten", action.getOrDefault("exten", ""));
    }
    return b.h("Reason", success ? 4 : 3)
        .h("Uniqueid", uniqueid)
        .h("CallerIDNum", callerNum)
        .h("CallerIDName", callerName)
        .end();
  }
}
