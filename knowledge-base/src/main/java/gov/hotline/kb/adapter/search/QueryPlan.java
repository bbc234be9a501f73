package gov.hotline.kb.adapter.search;

import gov.hotline.kb.adapter.search.HotlineAnalyzer.Pair;
import gov.hotline.kb.adapter.search.IndexQuery.Clause;
import gov.hotline.kb.adapter.search.IndexQuery.Group;
import gov.hotline.kb.domain.QueryRewriter.Word;
import gov.hotline.kb.domain.SynonymDictionary.Occurrence;
import gov.hotline.kb.domain.TextNormalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a query into scoring groups, one per span of the query: a synonym concept or a word,
 * together with the character pairs (and their sound) inside it. Each group scores its best
 * alternative — the exact word in the title, its concept in the keywords, a homophone pair in the
 * body — plus a little of the rest, so that a word spelled exactly, a synonym and a typo of the
 * same thing weigh about the same, and nothing counts three times because three analyses saw it.
 * Pairs that cross word boundaries form groups of their own (they rescue wrong segmentation);
 * single characters are a faint tie-breaker.
 */
final class QueryPlan {
  /**
   * Terms per kind in one query; keeps a rambling 500-character story within the engines' clause
   * limits.
   */
  static final int MAX_GROUPS = 96;

  static final float TIE = 0.1f;

  /**
   * Up to this many Chinese characters a query is "short" and single characters join the search.
   */
  static final int SHORT_QUERY = 12;

  private final HotlineAnalyzer.QueryPieces pieces;
  private final AnalysisOptions options;

  QueryPlan(HotlineAnalyzer.QueryPieces pieces, AnalysisOptions options) {
    this.pieces = pieces;
    this.options = options;
  }

  /** A span of the query and what may match it. */
  private static final class Block {
    final int start;
    final int end;
    final List<Clause> alternatives = new ArrayList<>();
    final Set<String> keys = new HashSet<>();

    Block(int start, int end) {
      this.start = start;
      this.end = end;
    }

    boolean contains(int s, int e) {
      return s >= start && e <= end;
    }

    void add(Clause c) {
      if (keys.add(c.field() + ' ' + c.term())) {
        alternatives.add(c);
      }
    }
  }

  List<Group> groups() {
    List<Block> blocks = new ArrayList<>();
    if (options.synonyms()) {
      List<Occurrence> longestFirst = new ArrayList<>(pieces.concepts());
      longestFirst.sort((x, y) -> y.term().length() - x.term().length());
      for (Occurrence o : longestFirst) {
        Block b = find(blocks, o.offset(), o.offset() + o.term().length());
        if (b == null) {
          b = new Block(o.offset(), o.offset() + o.term().length());
          blocks.add(b);
        }
        b.add(new Clause("t_head_con", o.concept(), 3.0f));
        b.add(new Clause("t_body_con", o.concept(), 1.0f));
      }
    }
    for (Word w : pieces.words()) {
      Block b = find(blocks, w.start(), w.end());
      if (b == null) {
        b = new Block(w.start(), w.end());
        blocks.add(b);
      }
      // a lone Chinese character is ambiguous (禁 in 禁止, 严禁 …): it only counts a third of a real
      // word
      float weight =
          w.text().length() == 1 && TextNormalizer.isCjk(w.text().charAt(0)) ? 0.33f : 1f;
      b.add(new Clause("t_head_w", w.text(), 3.0f * weight));
      b.add(new Clause("t_body_w", w.text(), 1.0f * weight));
    }
    boolean shortQuery = cjkCount(pieces.text()) <= SHORT_QUERY;
    if (options.bigrams()) {
      for (Pair p : pieces.pairs()) {
        Block b = find(blocks, p.start(), p.end());
        if (b == null && !shortQuery) {
          continue; // in a long story, pairs across word boundaries add cost and noise, not answers
        }
        if (b == null) {
          b = new Block(p.start(), p.end());
          blocks.add(b);
        }
        b.add(new Clause("t_head_g", p.text(), 2.0f));
        b.add(new Clause("t_body_g", p.text(), 0.7f));
        if (options.pinyin() && shortQuery) {
          // the same pair by sound: rescues homophone typos (社宝 → 社保) in what agents type; a long
          // story has
          // enough other evidence
          b.add(new Clause("t_head_py", p.pinyin(), 1.6f));
        }
      }
    }
    Map<String, Group> out = new LinkedHashMap<>();
    for (Block b : blocks) {
      String key = b.alternatives.toString();
      if (out.size() < MAX_GROUPS) {
        out.putIfAbsent(key, new Group(b.alternatives, TIE));
      }
    }
    List<Group> groups = new ArrayList<>(out.values());
    if (options.bigrams() && shortQuery) {
      // single characters rescue short queries with a typo or an unknown word; in a long story they
      // are noise
      Set<String> chars = new HashSet<>();
      for (int i = 0; i < pieces.text().length() && chars.size() < MAX_GROUPS; i++) {
        char c = pieces.text().charAt(i);
        if (TextNormalizer.isCjk(c) && chars.add(String.valueOf(c))) {
          groups.add(Group.of(new Clause("t_body_c", String.valueOf(c), 0.15f)));
        }
      }
    }
    if (options.pinyin()) {
      // pinyin initials only from what the caller typed in latin letters (gjj), never from Chinese
      // words
      for (Word w : pieces.words()) {
        String t = w.text();
        if (t.length() >= 2
            && t.length() <= 6
            && t.chars().allMatch(TextNormalizer::isLatinOrDigit)
            && t.chars().anyMatch(Character::isLetter)) {
          groups.add(Group.of(new Clause("t_head_ini", t, 2.0f)));
        }
      }
    }
    return groups;
  }

  private static int cjkCount(String s) {
    return (int) s.chars().filter(TextNormalizer::isCjk).count();
  }

  private static Block find(List<Block> blocks, int start, int end) {
    for (Block b : blocks) {
      if (b.contains(start, end)) {
        return b;
      }
    }
    return null;
  }
}
