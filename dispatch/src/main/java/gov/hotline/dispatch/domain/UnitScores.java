package gov.hotline.dispatch.domain;

import gov.hotline.core.id.UnitId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Evidence for units, added up from several sources, each piece with the reason it was given. */
final class UnitScores {
  private record Piece(double weight, String reason) {}

  private final Map<UnitId, Double> total = new LinkedHashMap<>();
  private final Map<UnitId, List<Piece>> pieces = new LinkedHashMap<>();

  void add(UnitId unit, double weight, String reason) {
    if (weight <= 0) {
      return;
    }
    total.merge(unit, weight, Double::sum);
    if (reason != null && !reason.isBlank()) {
      pieces.computeIfAbsent(unit, k -> new ArrayList<>()).add(new Piece(weight, reason));
    }
  }

  /** Multiplies every score by {@code factor} (to mix this source with another). */
  UnitScores scaled(double factor) {
    UnitScores out = new UnitScores();
    total.forEach((u, w) -> out.total.put(u, w * factor));
    pieces.forEach(
        (u, list) ->
            out.pieces.put(
                u,
                new ArrayList<>(
                    list.stream().map(p -> new Piece(p.weight() * factor, p.reason())).toList())));
    return out;
  }

  void addAll(UnitScores other) {
    other.total.forEach((u, w) -> total.merge(u, w, Double::sum));
    other.pieces.forEach(
        (u, list) -> pieces.computeIfAbsent(u, k -> new ArrayList<>()).addAll(list));
  }

  double sum() {
    return total.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  /** Units best first, with scores as shares of all evidence and their strongest reasons. */
  List<Scored> ranked(int limit) {
    double sum = sum();
    return total.entrySet().stream()
        .sorted(Map.Entry.<UnitId, Double>comparingByValue().reversed())
        .limit(limit)
        .map(e -> new Scored(e.getKey(), sum > 0 ? e.getValue() / sum : 0, reasons(e.getKey())))
        .toList();
  }

  /**
   * The reasons that carry at least a tenth of the strongest one's weight, strongest first, at most
   * four.
   */
  private List<String> reasons(UnitId unit) {
    List<Piece> list = pieces.getOrDefault(unit, List.of());
    double strongest = list.stream().mapToDouble(Piece::weight).max().orElse(0);
    Set<String> out = new LinkedHashSet<>();
    list.stream()
        .filter(p -> p.weight() >= strongest * 0.1)
        .sorted(Comparator.comparingDouble(Piece::weight).reversed())
        .forEach(p -> out.add(p.reason()));
    return out.stream().limit(4).toList();
  }

  /** A unit with its share and reasons. */
  record Scored(UnitId unitId, double score, List<String> reasons) {}
}
