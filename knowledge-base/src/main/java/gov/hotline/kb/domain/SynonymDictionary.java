package gov.hotline.kb.domain;

import gov.hotline.core.error.DomainException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The synonym and abbreviation dictionary (同义词词典) that admins edit: one group of interchangeable
 * terms per line, separated by commas, e.g. {@code 医保,医疗保险,基本医疗保险}; {@code #} starts a comment. The
 * first term of a group is its canonical name (a "concept"). Groups are found in any text by
 * longest match, independent of word segmentation, so 社会保障卡 in an article and 社保卡 in a query meet
 * on the same concept. Latin abbreviations (gjj) only match as whole latin words.
 */
public final class SynonymDictionary {
  public static final int MAX_LINES = 5000;
  public static final int MAX_TERM = 20;

  private final String source;
  private final Map<String, String> canonicalOf;
  private final Map<String, List<String>> members;
  private final Map<Character, List<String>> byFirstChar;

  private SynonymDictionary(
      String source, Map<String, String> canonicalOf, Map<String, List<String>> members) {
    this.source = source;
    this.canonicalOf = canonicalOf;
    this.members = members;
    Map<Character, List<String>> first = new HashMap<>();
    for (String term : canonicalOf.keySet()) {
      first.computeIfAbsent(term.charAt(0), c -> new ArrayList<>()).add(term);
    }
    first.values().forEach(l -> l.sort((a, b) -> b.length() - a.length()));
    this.byFirstChar = first;
  }

  /** The dictionary shipped with the product (hotline language: 医保/医疗保险, 社保卡/社会保障卡, 京籍/北京户口 …). */
  public static SynonymDictionary defaults() {
    return parse(defaultText());
  }

  public static String defaultText() {
    try (InputStream in = SynonymDictionary.class.getResourceAsStream("default-synonyms.txt")) {
      if (in == null) {
        throw new IllegalStateException("default-synonyms.txt missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static SynonymDictionary empty() {
    return parse("");
  }

  /** Parses the dictionary text; a malformed line is a 400 naming the line. */
  public static SynonymDictionary parse(String text) {
    Map<String, String> canonicalOf = new LinkedHashMap<>();
    Map<String, List<String>> members = new LinkedHashMap<>();
    String[] lines = text == null ? new String[0] : text.split("\r?\n");
    if (lines.length > MAX_LINES) {
      throw DomainException.invalid("SYNONYMS_TOO_LARGE", "同义词词典过大：最多 " + MAX_LINES + " 行");
    }
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      int hash = line.indexOf('#');
      if (hash >= 0) {
        line = line.substring(0, hash);
      }
      if (line.isBlank()) {
        continue;
      }
      Set<String> group = new LinkedHashSet<>();
      for (String raw : line.split("[,，、]")) {
        String term = TextNormalizer.normalize(raw).strip();
        if (term.isEmpty()) {
          continue;
        }
        if (term.length() > MAX_TERM || term.chars().anyMatch(Character::isWhitespace)) {
          throw DomainException.invalid(
              "INVALID_SYNONYM",
              "同义词词典第 " + (n + 1) + " 行有误：词条“" + raw.strip() + "”过长或含空格（最多 " + MAX_TERM + " 个字符）");
        }
        group.add(term);
      }
      if (group.size() < 2) {
        throw DomainException.invalid(
            "INVALID_SYNONYM", "同义词词典第 " + (n + 1) + " 行有误：每行至少两个词，用逗号分隔");
      }
      String canonical = group.iterator().next();
      String existing = canonicalOf.get(canonical);
      String target = existing != null ? existing : canonical;
      for (String term : group) {
        canonicalOf.putIfAbsent(term, target);
        List<String> m = members.computeIfAbsent(canonicalOf.get(term), k -> new ArrayList<>());
        if (!m.contains(term)) {
          m.add(term);
        }
      }
    }
    return new SynonymDictionary(text == null ? "" : text, canonicalOf, members);
  }

  /** The text as the admin wrote it. */
  public String source() {
    return source;
  }

  public int groupCount() {
    return members.size();
  }

  /**
   * Every occurrence of a dictionary term in {@code normalized} text, nested ones included (退役军人优待证
   * yields both 优待证 and 退役军人), in text order, longer terms first at the same offset.
   */
  public List<Occurrence> find(String normalized) {
    List<Occurrence> out = new ArrayList<>();
    for (int i = 0; i < normalized.length(); i++) {
      List<String> candidates = byFirstChar.get(normalized.charAt(i));
      if (candidates == null) {
        continue;
      }
      for (String term : candidates) {
        if (normalized.startsWith(term, i) && boundaryOk(normalized, i, term)) {
          out.add(new Occurrence(canonicalOf.get(term), term, i));
        }
      }
    }
    return out;
  }

  /** Every term of the group named {@code canonical} (the canonical name included). */
  public List<String> members(String canonical) {
    return members.getOrDefault(canonical, List.of());
  }

  public Map<String, List<String>> groups() {
    return Collections.unmodifiableMap(members);
  }

  private static boolean boundaryOk(String text, int start, String term) {
    if (!TextNormalizer.isLatinOrDigit(term.charAt(0))) {
      return true;
    }
    int end = start + term.length();
    boolean before = start > 0 && TextNormalizer.isLatinOrDigit(text.charAt(start - 1));
    boolean after = end < text.length() && TextNormalizer.isLatinOrDigit(text.charAt(end));
    return !before && !after;
  }

  /** One term of a group found in a text at {@code offset}. */
  public record Occurrence(String concept, String term, int offset) {}
}
