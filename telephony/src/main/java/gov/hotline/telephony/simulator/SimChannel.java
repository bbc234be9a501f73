package gov.hotline.telephony.simulator;

/** A generated channel and the snapshot headers its events carry, as Asterisk 12+ writes them. */
final class SimChannel {
  final String name;
  final String uniqueid;
  final String linkedid;
  final String number;
  final String callerName;
  final long started;
  String context;
  String exten;
  private int state;

  SimChannel(
      String name,
      String uniqueid,
      String linkedid,
      String number,
      String callerName,
      String context,
      String exten,
      long started) {
    this.started = started;
    this.name = name;
    this.uniqueid = uniqueid;
    this.linkedid = linkedid;
    this.number = number;
    this.callerName = callerName;
    this.context = context;
    this.exten = exten;
  }

  void up() {
    state = 6;
  }

  SimBlock event(String event, String privilege) {
    return snapshot(SimBlock.event(event).h("Privilege", privilege + ",all"), "");
  }

  /** An event about this channel dialling or being connected to {@code d} (Dest… headers). */
  SimBlock dest(String event, String privilege, SimChannel d) {
    return d.snapshot(
        snapshot(SimBlock.event(event).h("Privilege", privilege + ",all"), ""), "Dest");
  }

  private SimBlock snapshot(SimBlock b, String prefix) {
    return b.h(prefix + "Channel", name)
        .h(prefix + "ChannelState", state)
        .h(prefix + "ChannelStateDesc", state == 6 ? "Up" : "Down")
        .h(prefix + "CallerIDNum", number)
        .h(prefix + "CallerIDName", callerName)
        .h(prefix + "ConnectedLineNum", "<unknown>")
        .h(prefix + "ConnectedLineName", "<unknown>")
        .h(prefix + "Language", "zh")
        .h(prefix + "AccountCode", "")
        .h(prefix + "Context", context)
        .h(prefix + "Exten", exten)
        .h(prefix + "Priority", 1)
        .h(prefix + "Uniqueid", uniqueid)
        .h(prefix + "Linkedid", linkedid);
  }
}
