package gov.hotline.kb.adapter.search;

import java.util.List;
import java.util.Map;

/** A store of analysed documents that executes {@link IndexQuery}s: embedded Lucene or Elasticsearch. */
public interface IndexBackend extends AutoCloseable {
  String name();

  /** Adds or replaces documents by id; visible to searches when the call returns. */
  void upsert(String index, List<IndexDocument> docs);

  void delete(String index, String id);

  void deleteAll(String index);

  long count(String index);

  List<Hit> search(String index, IndexQuery query);

  @Override
  void close();

  /** A matching document: its id, score and stored values. */
  record Hit(String id, double score, Map<String, String> stored) {
  }
}
