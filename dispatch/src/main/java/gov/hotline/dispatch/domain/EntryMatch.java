package gov.hotline.dispatch.domain;

import java.util.List;

/**
 * How well an appeal fits a catalogue entry: raw score, probability among all entries, and the
 * words that matched.
 */
public record EntryMatch(
    CatalogueEntry entry, double score, double probability, List<String> matchedWords) {
  public EntryMatch {
    matchedWords = List.copyOf(matchedWords);
  }
}
