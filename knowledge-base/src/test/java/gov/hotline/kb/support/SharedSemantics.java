package gov.hotline.kb.support;

import gov.hotline.embedding.SharedEmbedder;
import gov.hotline.kb.service.ArticleEmbeddings;

/**
 * The embedding model loaded once per test JVM, and passage vectors kept across tests (the same
 * article version is embedded once however many indexes the tests build).
 */
public final class SharedSemantics {
  private static final ArticleEmbeddings INSTANCE;

  static {
    SharedEmbedder.get().load();
    INSTANCE = ArticleEmbeddings.inMemory(SharedEmbedder.get());
  }

  private SharedSemantics() {}

  public static ArticleEmbeddings get() {
    return INSTANCE;
  }
}
