package gov.hotline.telephony.simulator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The replies a capture client got to its own actions, indexed so that the simulator can give the
 * same reply to the client under test when it asks the same question at the same point of the
 * replay. A reply is "due" when no call event lies between the replay's position and the reply in
 * the transcript: replaying {@code reconnect.part2} then answers the client's resynchronisation
 * exactly as the real Asterisk did.
 */
final class RecordedAnswers {
  private record Group(String type, int start, int dueFrom, List<String> blocks) {}

  private static final Map<AmiTranscript, List<Group>> CACHE = new ConcurrentHashMap<>();
  private final Set<Group> used = new HashSet<>();
  private AmiTranscript transcript;
  private int position = -1;

  /** Where the replay stands: the transcript and the index of the block last handled. */
  synchronized void position(AmiTranscript t, int index) {
    this.transcript = t;
    this.position = index;
  }

  /**
   * A recorded reply to an action of this type that is due at this replay position, with the
   * ActionID replaced.
   */
  synchronized List<String> take(String action, String actionId) {
    if (transcript == null) {
      return null;
    }
    String type = action.toLowerCase(Locale.ROOT);
    for (Group g : CACHE.computeIfAbsent(transcript, RecordedAnswers::index)) {
      if (g.type.equals(type) && g.dueFrom <= position && position < g.start && used.add(g)) {
        return g.blocks.stream().map(b -> withActionId(b, actionId)).toList();
      }
    }
    return null;
  }

  private static String withActionId(String block, String actionId) {
    StringBuilder out = new StringBuilder(block.length() + 16);
    for (String line : block.split("\r\n", -1)) {
      if (line.regionMatches(true, 0, "ActionID:", 0, 9)) {
        if (actionId != null) {
          out.append("ActionID: ").append(actionId).append("\r\n");
        }
      } else {
        out.append(line).append("\r\n");
      }
    }
    return out.substring(0, out.length() - 2);
  }

  private static List<Group> index(AmiTranscript t) {
    List<AmiTranscript.Block> blocks = t.blocks();
    List<Group> groups = new ArrayList<>();
    int lastRelevant = -1;
    String currentId = null;
    List<String> current = null;
    int start = 0;
    int dueFrom = 0;
    for (int i = 0; i < blocks.size(); i++) {
      AmiTranscript.Block b = blocks.get(i);
      if (b.isBanner()) {
        continue;
      }
      if (b.isActionAnswer()) {
        String id = b.header("ActionID");
        if (current == null || b.isResponse() || !String.valueOf(id).equals(currentId)) {
          if (current != null) {
            groups.add(new Group(classify(current), start, dueFrom, current));
          }
          current = new ArrayList<>();
          currentId = String.valueOf(id);
          start = i;
          dueFrom = lastRelevant;
        }
        current.add(b.text());
      } else {
        String event = b.header("Event");
        if (!"FullyBooted".equals(event) && !"SuccessfulAuth".equals(event)) {
          lastRelevant = i;
        }
      }
    }
    if (current != null) {
      groups.add(new Group(classify(current), start, dueFrom, current));
    }
    return List.copyOf(groups);
  }

  private static String classify(List<String> blocks) {
    String all = String.join("", blocks);
    if (all.contains("Event: QueueParams") || all.contains("Event: QueueStatusComplete")) {
      return "queuestatus";
    }
    if (all.contains("Event: CoreShowChannel")) {
      return "coreshowchannels";
    }
    if (all.contains("Event: QueueSummary")) {
      return "queuesummary";
    }
    if (all.contains("Ping: Pong")) {
      return "ping";
    }
    return "other";
  }
}
