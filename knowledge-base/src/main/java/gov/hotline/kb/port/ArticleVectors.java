package gov.hotline.kb.port;

import java.util.List;
import java.util.Optional;

/**
 * Stored passage vectors of article versions, so that a rebuild of the index (or a restart) does
 * not embed the same text again. A version's text never changes, so its vectors are valid for as
 * long as the model and the cutting ({@code model} names both) stay the same.
 */
public interface ArticleVectors {
  Optional<List<float[]>> find(long articleId, int version, String model);

  void save(long articleId, int version, String model, List<float[]> vectors);
}
