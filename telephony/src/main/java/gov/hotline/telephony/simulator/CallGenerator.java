package gov.hotline.telephony.simulator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Demo traffic for the simulated Asterisk, shaped like the lab captures: citizens call 12345, hear
 * the prompt, wait in queue {@code hotline} for one of four agents (6001–6004), are answered or
 * give up; agents take a break now and then; an {@code Originate} rings an agent for a callback
 * (回访) or a team lead for ChanSpy. Events are scheduled on a timeline and sent in real time;
 * recordings are written as short μ-law WAV files when a directory is given, so that playback works
 * in the demo.
 */
public final class CallGenerator implements Feed, SimPbx {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneId.of("Asia/Shanghai"));
  private static final String[] REASONS = {"小休", "就餐", "培训", "会议"}; // the default 示忙原因 labels

  private record Timed(long at, long order, String block) implements Comparable<Timed> {
    @Override
    public int compareTo(Timed o) {
      return at != o.at ? Long.compare(at, o.at) : Long.compare(order, o.order);
    }
  }

  private final double callsPerMinute;
  private final double speed;
  private final Path recordings;
  private final Random random;
  private final PriorityBlockingQueue<Timed> timeline = new PriorityBlockingQueue<>();
  private final AtomicLong order = new AtomicLong();
  private final AtomicLong channelSeq = new AtomicLong(0x200);
  private final AtomicLong uniqueSeq = new AtomicLong(1000);
  private final SimAgents agents;
  private final List<String> repeatCallers = new ArrayList<>();
  private final long wallStart = System.currentTimeMillis();
  private long nextCallAt;
  private long nextBreakAt;
  private boolean started;

  /**
   * {@code callsPerMinute} of simulated time; {@code speed} &gt; 1 runs the simulated clock faster
   * than the wall clock (tests), while durations in the events (HoldTime, TalkTime) and recordings
   * stay in simulated seconds.
   */
  public CallGenerator(double callsPerMinute, double speed, Path recordings, long seed) {
    this.callsPerMinute = callsPerMinute;
    this.speed = speed;
    this.recordings = recordings;
    this.random = new Random(seed);
    this.agents = new SimAgents(random);
  }

  /**
   * Numbers that call again now and then (a quarter of the calls come from repeat callers): in the
   * demo, callers who already have tickets, so that screen pops show history.
   */
  public CallGenerator knownCallers(List<String> numbers) {
    synchronized (repeatCallers) {
      numbers.stream().limit(30).forEach(repeatCallers::add);
    }
    return this;
  }

  /** The simulated clock (milliseconds). */
  private long now() {
    return wallStart + (long) ((System.currentTimeMillis() - wallStart) * speed);
  }

  @Override
  public void play(Out out) throws IOException, InterruptedException {
    if (!started) {
      started = true;
      long start = now();
      agents.members().forEach(b -> schedule(start, b));
      nextCallAt = start + 1000;
      nextBreakAt = start + 60_000;
    }
    while (out.open()) {
      long now = now();
      if (callsPerMinute > 0 && now >= nextCallAt) {
        newCall(now);
        nextCallAt = now + (long) (-Math.log(1 - random.nextDouble()) * 60_000 / callsPerMinute);
      }
      if (now >= nextBreakAt) {
        agents
            .takeBreak(now, REASONS[random.nextInt(REASONS.length)])
            .forEach(t -> schedule(t.at(), t.block()));
        nextBreakAt = now + 90_000 + random.nextInt(90_000);
      }
      long idle = (long) Math.max(1, (Math.min(nextCallAt, nextBreakAt) - now) / speed);
      Timed next = timeline.poll(Math.min(idle, 200), TimeUnit.MILLISECONDS);
      if (next == null) {
        continue;
      }
      long wait = (long) ((next.at() - now()) / speed);
      if (wait > 0) {
        timeline.add(next);
        Thread.sleep(Math.min(wait, 200));
        continue;
      }
      out.send(next.block());
    }
  }

  private void schedule(long at, String block) {
    timeline.add(new Timed(at, order.incrementAndGet(), block));
  }

  private String uniqueid(long at) {
    return (at / 1000) + "." + uniqueSeq.incrementAndGet();
  }

  private String channel(String device) {
    return "PJSIP/" + device + "-" + String.format("%08x", channelSeq.incrementAndGet());
  }

  private String caller() {
    synchronized (repeatCallers) {
      return pickCaller();
    }
  }

  private String pickCaller() {
    if (!repeatCallers.isEmpty() && random.nextInt(4) == 0) {
      return repeatCallers.get(random.nextInt(repeatCallers.size()));
    }
    String[] prefixes = {"138", "139", "135", "136", "150", "151", "186", "187", "131", "133"};
    String n =
        prefixes[random.nextInt(prefixes.length)]
            + String.format("%08d", random.nextInt(100_000_000));
    if (repeatCallers.size() < 60) {
      repeatCallers.add(n);
    }
    return n;
  }

  /** One inbound call: prompt, queue, then an agent or a give-up, all put on the timeline. */
  private void newCall(long t0) {
    String uid = uniqueid(t0);
    String number = caller();
    SimChannel c =
        new SimChannel(channel("trunk"), uid, uid, number, "市民", "from-trunk", "12345", t0);
    String file =
        "hotline-" + STAMP.format(Instant.ofEpochMilli(t0)) + "-" + number + "-" + uid + ".wav";
    schedule(t0, c.event("Newchannel", "call").end());
    schedule(
        t0 + 5,
        c.event("VarSet", "dialplan")
            .h("Variable", "HOTLINE_CALLID")
            .h("Value", "HL-" + uid)
            .end());
    c.up();
    schedule(t0 + 10, c.event("Newstate", "call").end());
    schedule(
        t0 + 20,
        c.event("VarSet", "dialplan")
            .h("Variable", "MIXMONITOR_FILENAME")
            .h("Value", "/var/spool/asterisk/monitor/" + file)
            .end());
    schedule(t0 + 21, c.event("MixMonitorStart", "call").end());
    schedule(
        t0 + 22,
        c.event("UserEvent", "user")
            .h("UserEvent", "HotlineCall")
            .h("CallId", "HL-" + uid)
            .h("Caller", number)
            .h("Recording", file)
            .end());
    long join = t0 + 3500;
    schedule(
        join,
        c.event("QueueCallerJoin", "agent")
            .h("Queue", "hotline")
            .h("Position", 1)
            .h("Count", 1)
            .end());
    long patience = 5_000 + (long) (-Math.log(1 - random.nextDouble()) * 40_000);
    SimAgents.Assignment a =
        agents.assign(
            join, join + patience, 1000 + random.nextInt(3000), 15_000 + random.nextInt(75_000));
    long end;
    if (a == null) {
      end = join + patience;
      long hold = (end - join) / 1000;
      schedule(
          end,
          c.event("QueueCallerAbandon", "agent")
              .h("Queue", "hotline")
              .h("Position", 1)
              .h("OriginalPosition", 1)
              .h("HoldTime", hold)
              .end());
      schedule(
          end + 1,
          c.event("QueueCallerLeave", "agent")
              .h("Queue", "hotline")
              .h("Position", 1)
              .h("Count", 0)
              .end());
    } else {
      end = agentLeg(c, a);
    }
    schedule(
        end + 5, c.event("Hangup", "call").h("Cause", 16).h("Cause-txt", "Normal Clearing").end());
    SimRecording.write(recordings, file, (end - t0) / 1000.0, random);
  }

  /** The agent leg of an answered call; returns when the caller's channel hangs up. */
  private long agentLeg(SimChannel c, SimAgents.Assignment a) {
    String device = a.iface().substring("PJSIP/".length());
    SimChannel ag =
        new SimChannel(
            channel(device),
            uniqueid(a.ringAt()),
            c.linkedid,
            device,
            a.name(),
            "from-agents",
            "s",
            a.ringAt());
    schedule(a.ringAt(), ag.event("Newchannel", "call").end());
    schedule(
        a.ringAt() + 2,
        c.dest("AgentCalled", "agent", ag)
            .h("Queue", "hotline")
            .h("Interface", a.iface())
            .h("MemberName", a.name())
            .end());
    schedule(a.ringAt() + 3, agents.status(a.iface(), 6, a.ringAt()));
    long hold = (a.answerAt() - a.joinAt()) / 1000;
    long ring = (a.answerAt() - a.ringAt()) / 1000;
    ag.up();
    schedule(
        a.answerAt(),
        c.event("QueueCallerLeave", "agent")
            .h("Queue", "hotline")
            .h("Position", 1)
            .h("Count", 0)
            .end());
    schedule(
        a.answerAt() + 1,
        c.dest("AgentConnect", "agent", ag)
            .h("Queue", "hotline")
            .h("Interface", a.iface())
            .h("MemberName", a.name())
            .h("HoldTime", hold)
            .h("RingTime", ring)
            .end());
    String bridge = UUID.nameUUIDFromBytes(c.linkedid.getBytes()).toString();
    schedule(a.answerAt() + 1, bridgeEvent("BridgeCreate", bridge, 0));
    schedule(a.answerAt() + 2, bridge(ag.event("BridgeEnter", "call"), bridge, 1));
    schedule(a.answerAt() + 3, bridge(c.event("BridgeEnter", "call"), bridge, 2));
    schedule(a.answerAt() + 4, agents.status(a.iface(), 2, a.answerAt()));
    long talk = (a.endAt() - a.answerAt()) / 1000;
    String reason = random.nextInt(3) == 0 ? "agent" : "caller";
    schedule(
        a.endAt(),
        c.dest("AgentComplete", "agent", ag)
            .h("Queue", "hotline")
            .h("Interface", a.iface())
            .h("MemberName", a.name())
            .h("HoldTime", hold)
            .h("TalkTime", talk)
            .h("Reason", reason)
            .end());
    schedule(
        a.endAt() + 2,
        SimBlock.event("Cdr")
            .h("Privilege", "cdr,all")
            .h("Source", c.number)
            .h("Destination", "12345")
            .h("Channel", c.name)
            .h("DestinationChannel", ag.name)
            .h("LastApplication", "Queue")
            .h("Duration", (a.endAt() - c.started) / 1000)
            .h("BillableSeconds", (a.endAt() - c.started) / 1000)
            .h("Disposition", "ANSWERED")
            .h("UniqueID", c.uniqueid)
            .h("UserField", "HL-" + c.uniqueid)
            .end());
    schedule(a.endAt() + 6, bridge(c.event("BridgeLeave", "call"), bridge, 1));
    schedule(a.endAt() + 7, bridge(ag.event("BridgeLeave", "call"), bridge, 0));
    schedule(
        a.endAt() + 8,
        ag.event("Hangup", "call").h("Cause", 16).h("Cause-txt", "Normal Clearing").end());
    schedule(a.endAt() + 10, bridgeEvent("BridgeDestroy", bridge, 0));
    schedule(a.endAt() + 9, agents.status(a.iface(), 1, a.endAt()));
    return a.endAt() + 4;
  }

  private static String bridgeEvent(String event, String id, int channels) {
    return SimBlock.event(event)
        .h("Privilege", "call,all")
        .h("BridgeUniqueid", id)
        .h("BridgeType", "basic")
        .h("BridgeTechnology", "simple_bridge")
        .h("BridgeCreator", "<unknown>")
        .h("BridgeName", "<unknown>")
        .h("BridgeNumChannels", channels)
        .h("BridgeVideoSourceMode", "none")
        .end();
  }

  /**
   * A channel event with the bridge's headers first, as Asterisk orders BridgeEnter/BridgeLeave.
   */
  private static String bridge(SimBlock channelEvent, String id, int channels) {
    String text = channelEvent.end();
    String first = text.substring(0, text.indexOf("\r\n", text.indexOf("Privilege:")) + 2);
    String rest = text.substring(first.length());
    return first
        + "BridgeUniqueid: "
        + id
        + "\r\nBridgeType: basic\r\nBridgeTechnology: simple_bridge\r\n"
        + "BridgeCreator: <unknown>\r\nBridgeName: <unknown>\r\nBridgeNumChannels: "
        + channels
        + "\r\nBridgeVideoSourceMode: none\r\n"
        + rest;
  }

  /** An Originate: a callback into the dialplan's callback context, or ChanSpy for a team lead. */
  @Override
  public void originate(Map<String, String> action, String actionId, AmiSimulator sim) {
    long t0 = now() + 300;
    String dev = action.getOrDefault("channel", "PJSIP/6001");
    String device = dev.substring(dev.indexOf('/') + 1);
    String uid = uniqueid(t0);
    SimChannel ag =
        new SimChannel(channel(device), uid, uid, device, "座席 " + device, "from-agents", "s", t0);
    schedule(t0, ag.event("Newchannel", "call").end());
    schedule(
        t0,
        ag.event("Newexten", "dialplan")
            .h("Extension", "s")
            .h("Application", "AppDial2")
            .h("AppData", "(Outgoing Line)")
            .end());
    ag.up();
    schedule(t0 + 2000, ag.event("Newstate", "call").end());
    String app = action.get("application");
    schedule(
        t0 + 2001,
        SimPbx.originateResponse(action, actionId, true, ag.name, uid, device, ag.callerName));
    long end;
    if (app != null && app.equalsIgnoreCase("ChanSpy")) {
      schedule(
          t0 + 2100,
          ag.event("ChanSpyStart", "call")
              .h("SpyeeChannel", action.getOrDefault("data", ""))
              .end());
      end = t0 + 30_000;
    } else {
      end = callback(ag, action, t0 + 2000);
    }
    schedule(
        end + 10,
        ag.event("Hangup", "call").h("Cause", 16).h("Cause-txt", "Normal Clearing").end());
  }

  private long callback(SimChannel ag, Map<String, String> action, long answered) {
    String citizen = action.getOrDefault("exten", "");
    String ticket = variable(action, "TICKET_ID");
    String file =
        "callback-"
            + STAMP.format(Instant.ofEpochMilli(answered))
            + "-"
            + citizen
            + "-"
            + ag.uniqueid
            + ".wav";
    ag.context = "hotline-callback";
    ag.exten = citizen;
    schedule(
        answered + 1,
        ag.event("VarSet", "dialplan").h("Variable", "TICKET_ID").h("Value", ticket).end());
    schedule(answered + 2, ag.event("Newexten", "dialplan").h("Application", "Set").end());
    schedule(
        answered + 3,
        ag.event("VarSet", "dialplan")
            .h("Variable", "MIXMONITOR_FILENAME")
            .h("Value", "/var/spool/asterisk/monitor/" + file)
            .end());
    schedule(answered + 4, ag.event("MixMonitorStart", "call").end());
    schedule(
        answered + 5,
        ag.event("UserEvent", "user")
            .h("UserEvent", "HotlineCallback")
            .h("CallId", "CB-" + ag.uniqueid)
            .h("Citizen", citizen)
            .h("Ticket", ticket)
            .h("Recording", file)
            .end());
    SimChannel ext =
        new SimChannel(
            channel("external"),
            uniqueid(answered),
            ag.linkedid,
            "12345",
            "12345热线",
            "from-external",
            citizen,
            answered);
    long pickUp = answered + 3000 + random.nextInt(5000);
    schedule(answered + 10, ext.event("Newchannel", "call").end());
    ext.up();
    schedule(pickUp, ag.dest("DialEnd", "call", ext).h("DialStatus", "ANSWER").end());
    long end = pickUp + 20_000 + random.nextInt(40_000);
    schedule(
        end, ext.event("Hangup", "call").h("Cause", 16).h("Cause-txt", "Normal Clearing").end());
    schedule(
        end + 5,
        SimBlock.event("Cdr")
            .h("Privilege", "cdr,all")
            .h("Source", "12345")
            .h("Destination", citizen)
            .h("Channel", ag.name)
            .h("DestinationChannel", ext.name)
            .h("LastApplication", "Dial")
            .h("Duration", (end - answered) / 1000 + 2)
            .h("BillableSeconds", (end - answered) / 1000)
            .h("Disposition", "ANSWERED")
            .h("UniqueID", ag.uniqueid)
            .h("UserField", "CB-" + ag.uniqueid)
            .end());
    SimRecording.write(recordings, file, (end - answered) / 1000.0, random);
    return end;
  }

  private static String variable(Map<String, String> action, String name) {
    String v = action.getOrDefault("variable", "");
    for (String pair : v.split("[,|]")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).trim().equals(name)) {
        return pair.substring(eq + 1).trim();
      }
    }
    return "";
  }
}
