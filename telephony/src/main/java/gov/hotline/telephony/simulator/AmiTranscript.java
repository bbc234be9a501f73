package gov.hotline.telephony.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A captured AMI session ({@code .ami} file): every block the server sent, in order, with the
 * capture's milliseconds-after-connect marker. Format: each block is preceded by a line {@code
 * #+<ms>}; the first block is the banner; blocks keep their CRLF line endings and the terminating
 * empty line.
 */
public final class AmiTranscript {
  private static final Pattern MARKER = Pattern.compile("(?m)^#\\+(\\d+)\r?\n");

  /** One block as the server sent it; {@code ms} is the capture clock. */
  public record Block(long ms, String text) {
    public boolean isBanner() {
      return text.startsWith("Asterisk Call Manager/");
    }

    /** The value of the first header with this name, or null. */
    public String header(String name) {
      String prefix = name + ":";
      int pos = 0;
      while (pos < text.length()) {
        int eol = text.indexOf('\n', pos);
        int end = eol < 0 ? text.length() : eol;
        if (text.regionMatches(true, pos, prefix, 0, prefix.length())) {
          return text.substring(pos + prefix.length(), end).strip();
        }
        pos = end + 1;
      }
      return null;
    }

    public boolean isResponse() {
      return header("Response") != null && header("Event") == null;
    }

    /**
     * True for what answered the capture client's own actions: responses, and list events carrying
     * an ActionID without a Privilege header (QueueParams, CoreShowChannel …). Broadcast events
     * with an ActionID such as {@code OriginateResponse} are ordinary events.
     */
    public boolean isActionAnswer() {
      return isResponse() || header("ActionID") != null && header("Privilege") == null;
    }
  }

  private final String name;
  private final List<Block> blocks;

  public AmiTranscript(String name, List<Block> blocks) {
    this.name = name;
    this.blocks = List.copyOf(blocks);
  }

  public static AmiTranscript read(Path file) {
    try {
      return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read AMI transcript " + file + ": " + e.getMessage(), e);
    }
  }

  public static AmiTranscript parse(String name, String text) {
    List<Block> out = new ArrayList<>();
    Matcher m = MARKER.matcher(text);
    long ms = -1;
    int start = -1;
    while (m.find()) {
      if (start >= 0 && m.start() > start) {
        out.add(new Block(ms, text.substring(start, m.start())));
      }
      ms = Long.parseLong(m.group(1));
      start = m.end();
    }
    if (start >= 0 && start < text.length()) {
      out.add(new Block(ms, text.substring(start)));
    }
    return new AmiTranscript(name, out);
  }

  public String name() {
    return name;
  }

  public List<Block> blocks() {
    return blocks;
  }

  /**
   * The blocks a replay sends by itself: no banner, nothing that answered the capture client's
   * actions.
   */
  public List<Block> events() {
    return blocks.stream().filter(b -> !b.isBanner() && !b.isActionAnswer()).toList();
  }

  /** The answers to the capture client's actions, grouped by ActionID in order of appearance. */
  public List<List<Block>> actionAnswers() {
    var groups = new LinkedHashMap<String, List<Block>>();
    for (Block b : blocks) {
      if (!b.isBanner() && b.isActionAnswer()) {
        String id = b.header("ActionID");
        groups.computeIfAbsent(id == null ? "" : id, k -> new ArrayList<>()).add(b);
      }
    }
    return List.copyOf(groups.values());
  }
}
