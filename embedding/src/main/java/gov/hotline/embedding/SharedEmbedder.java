package gov.hotline.embedding;

/**
 * The one embedding model of a JVM: the server, the evaluation commands and the tests all use this
 * instance, so the model loads once (a few seconds) however many indexes and services use it.
 */
public final class SharedEmbedder {
  private static final BgeSmallZhEmbedder INSTANCE = new BgeSmallZhEmbedder();

  private SharedEmbedder() {}

  /**
   * The shared model; it loads lazily on the first embedding (or {@link
   * BgeSmallZhEmbedder#load()}).
   */
  public static BgeSmallZhEmbedder get() {
    return INSTANCE;
  }
}
