package gov.hotline.dispatch.domain;

import java.util.Optional;

/**
 * Kinds of gazetteer place (地名) inside a street or town: how strongly a mention pins down the
 * jurisdiction.
 */
public enum PlaceKind {
  COMPOUND("小区", 0.9),
  COMMUNITY("社区", 0.9),
  VILLAGE("村", 0.9),
  LANDMARK("地标", 0.85),
  ROAD("道路", 0.6);

  private final String label;
  private final double weight;

  PlaceKind(String label, double weight) {
    this.label = label;
    this.weight = weight;
  }

  /** Chinese label, as in units.json ({@code kind}). */
  public String label() {
    return label;
  }

  /**
   * How sure a mention of such a place makes us of the street: compounds and villages lie in one
   * street; roads often run through several.
   */
  public double weight() {
    return weight;
  }

  public static Optional<PlaceKind> byLabel(String label) {
    for (PlaceKind k : values()) {
      if (k.label.equals(label) || k.name().equalsIgnoreCase(label)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
