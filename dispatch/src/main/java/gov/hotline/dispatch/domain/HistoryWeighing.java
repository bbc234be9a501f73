package gov.hotline.dispatch.domain;

import gov.hotline.core.category.Category;
import gov.hotline.core.id.CategoryId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How past dispatching shifts a recommendation. Similar decided tickets vote for their category
 * and, through the catalogue reference their lead stood for, for a unit of this appeal; the more
 * similar the closest one, the more the votes count. Per category, the dispatchers' decisions so
 * far are mixed into the catalogue's entries the more, the more decisions there are: a correction
 * made often enough wins over the catalogue.
 */
final class HistoryWeighing {
  /** Share of a category's unit evidence that decisions may take at most. */
  private static final double MAX_DECISION_SHARE = 0.8;

  /** The share of a category chosen at intake. */
  static final double GIVEN_SHARE = 0.8;

  /** Decisions needed for half of {@link #MAX_DECISION_SHARE}. */
  private static final double DECISIONS_HALF = 10;

  private final DispatchDirectory dir;
  private final UnitResolver resolver;

  HistoryWeighing(DispatchDirectory dir, UnitResolver resolver) {
    this.dir = dir;
    this.resolver = resolver;
  }

  /**
   * Category probabilities: the catalogue's mixed with the similar tickets' categories; a category
   * chosen at intake takes {@link #GIVEN_SHARE} of the mass, so that an agent's choice counts most
   * without hiding an obvious slip.
   */
  Map<CategoryId, Double> categories(List<EntryMatch> matches, History past, CategoryId given) {
    Map<CategoryId, Double> out = new LinkedHashMap<>();
    if (given != null) {
      out.put(given, GIVEN_SHARE);
      for (EntryMatch m : matches) {
        out.merge(m.entry().categoryId(), (1 - GIVEN_SHARE) * m.probability(), Double::sum);
      }
      return sorted(out);
    }
    List<PastDecision> similar = relevant(past);
    double vote = weight(similar);
    double sims = similar.stream().mapToDouble(PastDecision::similarity).sum();
    for (EntryMatch m : matches) {
      out.merge(m.entry().categoryId(), (1 - vote) * m.probability(), Double::sum);
    }
    for (PastDecision d : similar) {
      out.merge(d.categoryId(), vote * d.similarity() / sims, Double::sum);
    }
    return sorted(out);
  }

  UnitScores withDecisions(
      UnitScores catalogue, CategoryId c, DecisionStats stats, Jurisdiction where, String content) {
    int n = stats.total(c);
    if (n == 0) {
      return catalogue;
    }
    double share = MAX_DECISION_SHARE * n / (n + DECISIONS_HALF);
    String cat = dir.category(c).map(Category::name).orElse(c.value());
    UnitScores decided = new UnitScores();
    stats
        .of(c)
        .forEach(
            (ref, count) -> {
              for (ResolvedUnit r : resolver.resolve(ref, where, content)) {
                decided.add(
                    r.unitId(),
                    (double) count / n * r.share(),
                    "派单员以往将“" + cat + "”类工单" + n + "次中的" + count + "次派给" + label(ref));
              }
            });
    UnitScores out = catalogue.scaled(1 - share);
    out.addAll(decided.scaled(share));
    return out;
  }

  UnitScores mix(UnitScores catalogue, History past, Jurisdiction where, String content) {
    List<PastDecision> similar = relevant(past);
    double vote = weight(similar);
    if (similar.isEmpty()) {
      return catalogue;
    }
    double sims = similar.stream().mapToDouble(PastDecision::similarity).sum();
    UnitScores votes = new UnitScores();
    for (PastDecision d : similar) {
      String why =
          "相似工单"
              + d.ticketNo()
              + "（相似度"
              + String.format("%.2f", d.similarity())
              + "）由"
              + dir.unitName(d.leadUnitId())
              + "主办";
      for (ResolvedUnit r : resolver.resolve(d.leadRef(), where, content)) {
        votes.add(r.unitId(), d.similarity() / sims * r.share(), why);
      }
    }
    UnitScores out = catalogue.scaled(1 - vote);
    out.addAll(votes.scaled(vote));
    return out;
  }

  private static List<PastDecision> relevant(History past) {
    return past.similar().stream()
        .filter(d -> d.similarity() >= Recommender.SIMILAR_MIN && d.leadRef() != null)
        .toList();
  }

  /** How much similar tickets count: half the similarity of the closest one. */
  private static double weight(List<PastDecision> similar) {
    return similar.stream().mapToDouble(PastDecision::similarity).max().orElse(0) * 0.5;
  }

  private String label(UnitRef ref) {
    return switch (ref.value()) {
      case "@territory" -> "属地街镇";
      case "@district" -> "区级";
      default -> ref.isPlaceholder() ? ref.value() : dir.unitName(ref.unitId());
    };
  }

  private static Map<CategoryId, Double> sorted(Map<CategoryId, Double> m) {
    Map<CategoryId, Double> out = new LinkedHashMap<>();
    m.entrySet().stream()
        .sorted(Map.Entry.<CategoryId, Double>comparingByValue().reversed())
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }
}
