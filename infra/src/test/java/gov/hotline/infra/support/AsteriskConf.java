package gov.hotline.infra.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Asterisk {@code .conf} file read as Asterisk reads it: {@code [section]} (optionally {@code
 * (template)}), {@code key = value} and {@code key => value} lines, {@code ;} comments. A section
 * name may repeat (pjsip.conf's endpoint/aor/identify of one name); lookups then see all of them.
 */
public record AsteriskConf(List<Section> sections) {
  /** One {@code key = value} line. */
  public record Entry(String key, String value) {}

  /** One {@code [name]} block. */
  public record Section(String name, List<Entry> entries) {
    public Optional<String> value(String key) {
      return entries.stream()
          .filter(e -> e.key().equalsIgnoreCase(key))
          .map(Entry::value)
          .findFirst();
    }

    public List<String> values(String key) {
      return entries.stream().filter(e -> e.key().equalsIgnoreCase(key)).map(Entry::value).toList();
    }
  }

  private static final Pattern HEADER = Pattern.compile("^\\[([^]]+)](\\(.*\\))?$");
  private static final Pattern LINE = Pattern.compile("^([^=]+?)\\s*=>?\\s*(.*)$");

  public static AsteriskConf read(Path file) {
    List<Section> sections = new ArrayList<>();
    Section current = new Section("", new ArrayList<>());
    sections.add(current);
    try {
      for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String line = stripComment(raw).trim();
        if (line.isEmpty()) {
          continue;
        }
        Matcher h = HEADER.matcher(line);
        if (h.matches()) {
          current = new Section(h.group(1).trim(), new ArrayList<>());
          sections.add(current);
          continue;
        }
        Matcher m = LINE.matcher(line);
        if (m.matches()) {
          current.entries().add(new Entry(m.group(1).trim(), m.group(2).trim()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new AsteriskConf(List.copyOf(sections));
  }

  private static String stripComment(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == ';' && (i == 0 || line.charAt(i - 1) != '\\')) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  /** The first section of this name. */
  public Section section(String name) {
    return sections.stream()
        .filter(s -> s.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no [" + name + "] section"));
  }

  public boolean has(String name) {
    return sections.stream().anyMatch(s -> s.name().equals(name));
  }

  /** A dialplan step: {@code exten => 12345,1,App(args)} or {@code same => n(label),App(args)}. */
  public record Step(String exten, String priority, String app, String args) {}

  private static final Pattern STEP =
      Pattern.compile("^(?:([^,]+),)?([^,]+),([A-Za-z]+)\\((.*)\\)$");

  /**
   * The steps of a dialplan context in order ({@code same} lines belong to the extension above
   * them).
   */
  public List<Step> steps(String context) {
    List<Step> out = new ArrayList<>();
    String exten = null;
    for (Entry e : section(context).entries()) {
      if (!e.key().equals("exten") && !e.key().equals("same")) {
        continue;
      }
      String body = e.value();
      if (e.key().equals("exten")) {
        exten = body.substring(0, body.indexOf(','));
        body = body.substring(body.indexOf(',') + 1);
      }
      Matcher m = STEP.matcher("x," + body);
      if (m.matches()) {
        out.add(new Step(exten, m.group(2), m.group(3), m.group(4)));
      }
    }
    return out;
  }
}
