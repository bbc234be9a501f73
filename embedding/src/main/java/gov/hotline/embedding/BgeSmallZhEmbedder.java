package gov.hotline.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import gov.hotline.core.text.Embedder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * BAAI's bge-small-zh v1.5 (quantized, 512 dimensions) run in process by ONNX Runtime — no network,
 * no service. The model (16 MB) loads on the first use, once; afterwards embedding is thread-safe.
 * Retrieval queries get the model's instruction prefix, passages do not (as the model card
 * prescribes for short-query → passage retrieval).
 */
public final class BgeSmallZhEmbedder implements Embedder {
  /** The instruction bge-*-zh v1.5 expects in front of a retrieval query. */
  public static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";

  public static final String MODEL = "bge-small-zh-v1.5-q";

  /** Characters of one text sent to the model (512 tokens are about as many Chinese characters). */
  static final int MAX_CHARS = 500;

  private static final Logger LOG = LoggerFactory.getLogger(BgeSmallZhEmbedder.class);

  private final Executor executor;
  private volatile BgeSmallZhV15QuantizedEmbeddingModel model;

  /** Embeds batches on the calling thread only (predictable on a small machine). */
  public BgeSmallZhEmbedder() {
    this(Runnable::run);
  }

  /** Embeds batches on {@code executor}. */
  public BgeSmallZhEmbedder(Executor executor) {
    this.executor = executor;
  }

  private BgeSmallZhV15QuantizedEmbeddingModel onnx() {
    BgeSmallZhV15QuantizedEmbeddingModel m = model;
    if (m == null) {
      synchronized (this) {
        m = model;
        if (m == null) {
          long t0 = System.nanoTime();
          m = new BgeSmallZhV15QuantizedEmbeddingModel(executor);
          m.embed("预热");
          model = m;
          LOG.info("语义模型 {} 已加载，用时 {} ms", MODEL, (System.nanoTime() - t0) / 1_000_000);
        }
      }
    }
    return m;
  }

  /**
   * True once the model is in memory (searches may then embed queries without waiting for the
   * load).
   */
  @Override
  public boolean ready() {
    return model != null;
  }

  /** Loads the model now (at start-up, in the background). */
  public void load() {
    onnx();
  }

  @Override
  public String model() {
    return MODEL;
  }

  @Override
  public int dimensions() {
    return 512;
  }

  @Override
  public float[] embedQuery(String text) {
    return vector(onnx().embed(QUERY_INSTRUCTION + clip(text)).content());
  }

  @Override
  public List<float[]> embedPassages(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String t : texts) {
      segments.add(TextSegment.from(clip(t)));
    }
    List<Embedding> out = onnx().embedAll(segments).content();
    List<float[]> vectors = new ArrayList<>(out.size());
    for (Embedding e : out) {
      vectors.add(vector(e));
    }
    return vectors;
  }

  private static String clip(String t) {
    String s = t == null || t.isBlank() ? "。" : t.strip();
    return s.length() > MAX_CHARS ? s.substring(0, MAX_CHARS) : s;
  }

  private static float[] vector(Embedding e) {
    return Embedder.normalize(e.vector());
  }
}
