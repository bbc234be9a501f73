package gov.hotline.kb.service;

import gov.hotline.kb.port.ArticleVectors;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Article vectors kept in memory (evaluation, tests, benchmarks): computed once per run. */
public final class MemoryArticleVectors implements ArticleVectors {
  private final Map<String, List<float[]>> vectors = new ConcurrentHashMap<>();

  @Override
  public Optional<List<float[]>> find(long articleId, int version, String model) {
    return Optional.ofNullable(vectors.get(articleId + "/" + version + "/" + model));
  }

  @Override
  public void save(long articleId, int version, String model, List<float[]> v) {
    vectors.put(articleId + "/" + version + "/" + model, List.copyOf(v));
  }
}
