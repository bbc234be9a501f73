package gov.hotline.dispatch.domain;

import java.util.List;
import java.util.Map;

/**
 * A unit directory as delivered (the schema of units.json): the district, units with aliases and
 * gazetteer places, the two-level category taxonomy, and the ownership rules with the meaning of
 * their placeholders.
 */
public record DirectoryImport(
    String district,
    String version,
    Map<String, String> placeholders,
    List<ImportedUnit> units,
    List<ImportedCategory> categories,
    List<ImportedRule> rules) {
  public DirectoryImport {
    placeholders = Map.copyOf(placeholders);
    units = List.copyOf(units);
    categories = List.copyOf(categories);
    rules = List.copyOf(rules);
  }

  /**
   * A unit: {@code type} as delivered (bureau, enterprise, street, town …), {@code parent} a name,
   * not an id.
   */
  public record ImportedUnit(
      String id,
      String name,
      String type,
      String parent,
      List<String> aliases,
      String service,
      String serviceArea,
      List<Place> places) {
    public ImportedUnit {
      aliases = List.copyOf(aliases);
      places = List.copyOf(places);
    }
  }

  /** A category group with its leaves. */
  public record ImportedCategory(String id, String name, List<ImportedCategory> children) {
    public ImportedCategory {
      children = List.copyOf(children);
    }
  }

  /**
   * An ownership rule: for {@code category} when {@code when}, {@code lead} leads and {@code
   * assist} help.
   */
  public record ImportedRule(
      String category, String when, String lead, List<String> assist, String note) {
    public ImportedRule {
      assist = List.copyOf(assist);
    }
  }
}
