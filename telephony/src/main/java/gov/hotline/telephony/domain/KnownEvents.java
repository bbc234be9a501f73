package gov.hotline.telephony.domain;

import java.util.Set;

/**
 * The AMI event names of current Asterisk releases (channel, bridge, queue, dialplan, CDR/CEL, security, system and
 * list events). A name outside this list is stored like any other but counted as unknown, so that a new Asterisk
 * version or a misbehaving module shows up in the metrics.
 */
public final class KnownEvents {
  private static final Set<String> NAMES = Set.of(
      // channels and dialplan
      "Newchannel", "Newstate", "Newexten", "NewCallerid", "NewConnectedLine", "NewAccountCode", "Hangup",
      "HangupRequest", "SoftHangupRequest", "VarSet", "DialBegin", "DialEnd", "DialState", "Hold", "Unhold",
      "MusicOnHoldStart", "MusicOnHoldStop", "DTMFBegin", "DTMFEnd", "ChannelTalkingStart", "ChannelTalkingStop",
      "LocalBridge", "LocalOptimizationBegin", "LocalOptimizationEnd", "Rename", "OriginateResponse", "UserEvent",
      "MixMonitorStart", "MixMonitorStop", "MixMonitorMute", "ChanSpyStart", "ChanSpyStop", "AGIExecStart",
      "AGIExecEnd", "AsyncAGIStart", "AsyncAGIExec", "AsyncAGIEnd", "Pickup", "Flash", "Wink",
      "FAXStatus", "ReceiveFAX", "SendFAX", "AOC-D", "AOC-E", "AOC-S", "SpanAlarm", "SpanAlarmClear",
      // bridges and transfers
      "BridgeCreate", "BridgeDestroy", "BridgeEnter", "BridgeLeave", "BridgeMerge", "BridgeVideoSourceUpdate",
      "BridgeInfoChannel", "BridgeInfoComplete", "BlindTransfer", "AttendedTransfer",
      // queues and agents
      "QueueCallerJoin", "QueueCallerLeave", "QueueCallerAbandon", "QueueMemberAdded", "QueueMemberRemoved",
      "QueueMemberPause", "QueueMemberPenalty", "QueueMemberRinginuse", "QueueMemberStatus", "AgentCalled",
      "AgentConnect", "AgentComplete", "AgentDump", "AgentRingNoAnswer", "AgentLogin", "AgentLogoff",
      "QueueParams", "QueueMember", "QueueEntry", "QueueStatusComplete", "QueueSummary", "QueueSummaryComplete",
      // records
      "Cdr", "CEL",
      // devices, endpoints, registrations
      "DeviceStateChange", "ExtensionStatus", "PresenceStateChange", "PeerStatus", "ContactStatus", "Registry",
      "DeviceStateListComplete", "ExtensionStateListComplete", "ContactStatusDetail", "EndpointDetail",
      "EndpointList", "EndpointListComplete", "AorDetail", "AuthDetail", "TransportDetail", "IdentifyDetail",
      "MessageWaiting", "VoicemailPasswordChange",
      // RTCP, conferences, parking
      "RTCPSent", "RTCPReceived", "ConfbridgeStart", "ConfbridgeEnd", "ConfbridgeJoin", "ConfbridgeLeave",
      "ConfbridgeTalking", "ConfbridgeMute", "ConfbridgeUnmute", "ConfbridgeRecord", "ConfbridgeStopRecord",
      "MeetmeJoin", "MeetmeLeave", "MeetmeEnd", "MeetmeTalking", "ParkedCall", "ParkedCallGiveUp",
      "ParkedCallTimeOut", "ParkedCallSwap", "UnParkedCall",
      // system and security
      "FullyBooted", "Shutdown", "Reload", "Load", "Unload", "LogChannel", "Alarm", "AlarmClear", "DNDState",
      "SuccessfulAuth", "FailedACL", "InvalidAccountID", "SessionLimit", "MemoryLimit", "LoadAverageLimit",
      "RequestNotAllowed", "AuthMethodNotAllowed", "RequestBadFormat", "UnexpectedAddress", "ChallengeResponseFailed",
      "InvalidPassword", "ChallengeSent", "InvalidTransport", "SessionTimeout",
      // list answers to actions
      "CoreShowChannel", "CoreShowChannelsComplete", "CoreShowChannelMapComplete", "Status", "StatusComplete",
      "ParkedCallsComplete", "ShowDialPlanComplete", "ListDialplan", "VarSetComplete", "ChannelsHungupListComplete");

  private KnownEvents() {
  }

  public static boolean isKnown(String eventName) {
    return eventName != null && NAMES.contains(eventName);
  }
}
