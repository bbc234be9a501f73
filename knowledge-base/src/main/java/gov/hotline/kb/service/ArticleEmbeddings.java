package gov.hotline.kb.service;

import gov.hotline.core.text.Embedder;
import gov.hotline.kb.domain.Article;
import gov.hotline.kb.domain.ArticleChunks;
import gov.hotline.kb.port.ArticleVectors;
import java.util.List;
import java.util.Optional;

/**
 * The meaning side of the knowledge base: passage vectors of article versions (stored once, reused
 * by every rebuild) and query vectors. Until the model has loaded, only stored vectors are handed
 * out and searches stay lexical.
 */
public final class ArticleEmbeddings {
  private final Embedder embedder;
  private final ArticleVectors store;
  private final String key;

  public ArticleEmbeddings(Embedder embedder, ArticleVectors store) {
    this.embedder = embedder;
    this.store = store;
    this.key = embedder.model() + "/" + ArticleChunks.VERSION;
  }

  /** Vectors in memory for tests and the evaluation. */
  public static ArticleEmbeddings inMemory(Embedder embedder) {
    return new ArticleEmbeddings(embedder, new MemoryArticleVectors());
  }

  /** The model and cutting the vectors belong to. */
  public String model() {
    return key;
  }

  /** True once queries can be embedded without waiting for the model to load. */
  public boolean ready() {
    return embedder.ready();
  }

  /**
   * The passages of an article with their vectors: stored ones, else (when the model is ready)
   * computed and stored.
   */
  public Optional<Passages> passages(Article a, boolean computeIfMissing) {
    List<String> chunks = ArticleChunks.of(a.content());
    Optional<List<float[]>> stored = store.find(a.id(), a.version(), key);
    if (stored.isPresent() && stored.get().size() == chunks.size()) {
      return Optional.of(new Passages(chunks, stored.get()));
    }
    if (!computeIfMissing && !embedder.ready()) {
      return Optional.empty();
    }
    List<float[]> vectors = embedder.embedPassages(chunks);
    store.save(a.id(), a.version(), key, vectors);
    return Optional.of(new Passages(chunks, vectors));
  }

  /** Vectors of passages that are not articles (tickets' appeal texts), in order. */
  public List<float[]> texts(List<String> texts) {
    return embedder.embedPassages(texts);
  }

  public float[] query(String text) {
    return embedder.embedQuery(text);
  }

  /** An article's passages and one vector per passage. */
  public record Passages(List<String> texts, List<float[]> vectors) {}
}
