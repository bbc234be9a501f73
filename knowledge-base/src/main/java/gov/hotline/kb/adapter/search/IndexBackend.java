package gov.hotline.kb.adapter.search;

import java.util.List;
import java.util.Map;

/**
 * A store of analysed documents that executes {@link IndexQuery}s: embedded Lucene or
 * Elasticsearch.
 */
public interface IndexBackend extends AutoCloseable {
  String name();

  /** Adds or replaces documents by id; visible to searches when the call returns. */
  void upsert(String index, List<IndexDocument> docs);

  void delete(String index, String id);

  void deleteAll(String index);

  long count(String index);

  List<Hit> search(String index, IndexQuery query);

  /**
   * The {@code k} documents whose vector in {@code field} has the largest dot product with {@code
   * vector} (approximately: HNSW), among those passing {@code filters}; best first, with stored
   * values.
   */
  List<Hit> nearest(
      String index, String field, float[] vector, int k, List<IndexQuery.Filter> filters);

  /** Removes documents by id (absent ones are ignored). */
  default void deleteAll(String index, List<String> ids) {
    for (String id : ids) {
      delete(index, id);
    }
  }

  /** True when the engine can be asked now (an embedded index always can). */
  default boolean available() {
    return true;
  }

  @Override
  void close();

  /** A matching document: its id, score and stored values. */
  record Hit(String id, double score, Map<String, String> stored) {}
}
