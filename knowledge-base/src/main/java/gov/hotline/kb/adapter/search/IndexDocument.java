package gov.hotline.kb.adapter.search;

import java.util.List;
import java.util.Map;

/**
 * A document as the backends store it, already analysed: {@code tokens} per text field (indexed as
 * given, split on spaces, ranked with BM25), exact {@code keywords}, {@code numbers} for range
 * filters, {@code stored} values returned with hits, and unit-length {@code vectors} (fields {@code
 * v_*}) searched by nearest neighbour.
 */
public record IndexDocument(
    String id,
    Map<String, List<String>> tokens,
    Map<String, String> keywords,
    Map<String, Long> numbers,
    Map<String, String> stored,
    Map<String, float[]> vectors) {
  public IndexDocument(
      String id,
      Map<String, List<String>> tokens,
      Map<String, String> keywords,
      Map<String, Long> numbers,
      Map<String, String> stored) {
    this(id, tokens, keywords, numbers, stored, Map.of());
  }
}
