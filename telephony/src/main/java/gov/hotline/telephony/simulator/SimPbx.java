package gov.hotline.telephony.simulator;

import java.util.Map;

/** The simulated PBX's reaction to an {@code Originate}: the call generator plays a callback or a ChanSpy call. */
public interface SimPbx {
  void originate(Map<String, String> action, String actionId, AmiSimulator sim);

  /** Without a call generator an originate fails the way Asterisk reports an unreachable channel. */
  SimPbx NONE = (action, actionId, sim) -> sim.broadcast(SimBlock.event("OriginateResponse")
      .h("Privilege", "call,all").h("ActionID", actionId).h("Response", "Failure")
      .h("Channel", action.get("channel")).h("Context", action.get("context")).h("Exten", action.get("exten"))
      .h("Reason", 0).h("Uniqueid", "<null>").h("CallerIDNum", "<unknown>").h("CallerIDName", "<unknown>").end());
}
