package gov.hotline.dispatch.domain;

import gov.hotline.core.id.CategoryId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores catalogue entries for an appeal text by their keywords: each keyword found (longest match
 * first) adds its weight to the entries that list it; a keyword weighs more when it is longer and
 * when few categories use it (IDF). Scores become probabilities with a softmax, so that entries
 * leading to the same unit can be added up.
 */
public final class CatalogueMatcher {
  /** Softmax temperature: how far a keyword's weight separates two entries. */
  private static final double TEMPERATURE = 2.0;

  /**
   * The weight of an entry without any evidence, against {@code exp(score / T) - 1} for one with
   * evidence: when nothing matches, every entry is equally likely; when something does, the many
   * silent entries do not add up to more than the ones that matched.
   */
  private static final double NO_EVIDENCE = 0.02;

  /**
   * Keywords found only in the address count this much (工地, 政务服务中心 … name the scene, not the
   * problem).
   */
  private static final double ADDRESS_SHARE = 0.5;

  /**
   * What the address's scene adds to an entry that already has evidence and whose condition
   * describes that scene: a compound's address makes the 小区内部 entry likelier than the 城市道路 one of
   * the same category.
   */
  private static final double SCENE_BONUS = 1.5;

  /** How much less a word at the very end of a text counts than one at its start. */
  private static final double LATE_DISCOUNT = 0.4;

  /**
   * What one standard deviation of stand-out similarity (see {@link EntryVectors}) adds to an
   * entry's score: about half of a two-character keyword that only one category uses.
   */
  static final double SEMANTIC_WEIGHT = 2.0;

  /** Marks the entries whose score the dense-vector signal raised. */
  static final String SEMANTIC_REASON = "语义相近";

  private final List<CatalogueEntry> entries;
  private final Map<String, List<Integer>> entriesByWord = new HashMap<>();
  private final Map<String, Double> weights = new HashMap<>();
  private final Segmenter segmenter;
  private final List<Scene> scenes;

  public CatalogueMatcher(Catalogue catalogue) {
    this.entries = catalogue.entries();
    Map<String, Set<CategoryId>> categoriesByWord = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      CatalogueEntry e = entries.get(i);
      for (String raw : e.keywords()) {
        String w = ChineseText.normalize(raw);
        if (!w.isEmpty()) {
          List<Integer> list = entriesByWord.computeIfAbsent(w, k -> new ArrayList<>());
          if (!list.contains(i)) {
            list.add(i);
          }
          categoriesByWord.computeIfAbsent(w, k -> new HashSet<>()).add(e.categoryId());
        }
      }
    }
    long categories = entries.stream().map(CatalogueEntry::categoryId).distinct().count();
    categoriesByWord.forEach(
        (w, cats) ->
            weights.put(w, lengthFactor(w) * Math.log(1 + (double) categories / cats.size())));
    this.segmenter = new Segmenter(entriesByWord.keySet());
    this.scenes = entries.stream().map(e -> Scene.ofCondition(e.condition())).toList();
  }

  private static double lengthFactor(String w) {
    return switch (w.length()) {
      case 1 -> 0.5;
      case 2 -> 1.0;
      case 3 -> 1.4;
      default -> 1.7;
    };
  }

  /**
   * Entries ranked by probability for a content and an address, both normalised with place names
   * masked; only entries of {@code only} when it is not null.
   */
  public List<EntryMatch> match(String content, String address, Scene scene, CategoryId only) {
    return match(content, address, scene, only, null);
  }

  /**
   * As {@link #match(String, String, Scene, CategoryId)}, with the dense-vector signal added:
   * {@code standOut} per entry in catalogue order (null: lexical only).
   */
  public List<EntryMatch> match(
      String content, String address, Scene scene, CategoryId only, double[] standOut) {
    Map<String, Double> found = new LinkedHashMap<>();
    addWords(found, content, 1.0);
    addWords(found, address, ADDRESS_SHARE);
    double[] score = new double[entries.size()];
    List<Set<String>> matched = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      matched.add(new LinkedHashSet<>());
      score[i] = 0;
    }
    found.forEach(
        (w, share) -> {
          for (int i : entriesByWord.get(w)) {
            score[i] += weights.get(w) * share;
            matched.get(i).add(w);
          }
        });
    if (standOut != null) {
      for (int i = 0; i < entries.size(); i++) {
        if (standOut[i] > 0) {
          score[i] += SEMANTIC_WEIGHT * standOut[i];
          matched.get(i).add(SEMANTIC_REASON);
        }
      }
    }
    for (int i = 0; i < entries.size(); i++) {
      if (score[i] > 0 && scene != Scene.UNKNOWN && scenes.get(i) == scene) {
        score[i] += SCENE_BONUS;
        matched.get(i).add(scene == Scene.INSIDE ? "地址为小区/村" : "地址为道路/地标");
      }
    }
    return rank(score, matched, only);
  }

  /**
   * Adds the words of {@code text} with their share of weight: a word said twice is a little
   * stronger, not twice as strong; a word late in the text a little weaker, because transcripts
   * state the problem first and then what others (物业, 社区 …) said or did about it.
   */
  private void addWords(Map<String, Double> found, String text, double share) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, Double> earliest = new LinkedHashMap<>();
    for (Segmenter.Found f : segmenter.words(text)) {
      counts.merge(f.word(), 1, Integer::sum);
      earliest.merge(
          f.word(), 1 - LATE_DISCOUNT * f.position() / Math.max(1, text.length()), Math::max);
    }
    counts.forEach(
        (w, n) ->
            found.merge(w, share * earliest.get(w) * (1 + 0.25 * Math.min(n - 1, 2)), Math::max));
  }

  private List<EntryMatch> rank(double[] score, List<Set<String>> matched, CategoryId only) {
    double sum = 0;
    double[] p = new double[score.length];
    for (int i = 0; i < score.length; i++) {
      if (only == null || entries.get(i).categoryId().equals(only)) {
        p[i] = Math.expm1(Math.max(0, score[i]) / TEMPERATURE) + NO_EVIDENCE;
        sum += p[i];
      }
    }
    List<EntryMatch> out = new ArrayList<>();
    for (int i = 0; i < score.length; i++) {
      if (p[i] > 0) {
        out.add(new EntryMatch(entries.get(i), score[i], p[i] / sum, List.copyOf(matched.get(i))));
      }
    }
    out.sort(Comparator.comparingDouble(EntryMatch::probability).reversed());
    return out;
  }
}
