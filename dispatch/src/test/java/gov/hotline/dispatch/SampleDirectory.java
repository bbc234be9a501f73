package gov.hotline.dispatch;

import gov.hotline.dispatch.adapter.eval.AppealsJsonl;
import gov.hotline.dispatch.adapter.json.DirectoryJson;
import gov.hotline.dispatch.domain.DirectoryImporter;
import gov.hotline.dispatch.domain.DirectoryPlan;
import gov.hotline.dispatch.domain.DispatchDirectory;
import gov.hotline.dispatch.domain.KeywordLexicon;
import gov.hotline.dispatch.domain.Recommender;
import gov.hotline.dispatch.service.EvalAppeal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Haidian sample (test resources dispatch-sample/, a copy of shared/data/dispatch-sample) as
 * the tests use it.
 */
public final class SampleDirectory {
  private static final DirectoryPlan PLAN =
      new DirectoryImporter(DirectoryImporter.Roots.DEFAULT, KeywordLexicon.defaults())
          .plan(DirectoryJson.parse(unitsJson()));
  private static final Recommender RECOMMENDER = new Recommender(PLAN.directory());

  private SampleDirectory() {}

  public static String unitsJson() {
    return read("/dispatch-sample/units.json");
  }

  public static DirectoryPlan plan() {
    return PLAN;
  }

  public static DispatchDirectory directory() {
    return PLAN.directory();
  }

  public static Recommender recommender() {
    return RECOMMENDER;
  }

  public static List<EvalAppeal> appeals() {
    return AppealsJsonl.parse(read("/dispatch-sample/appeals.jsonl"));
  }

  /**
   * Thirty appeals written apart from the sample (dispatch-paraphrases/): other compounds, villages
   * and roads, other wording, leads decided by the catalogue's rules; a guard against fitting the
   * sample's texts.
   */
  public static List<EvalAppeal> paraphrases() {
    return AppealsJsonl.parse(read("/dispatch-paraphrases/appeals.jsonl"));
  }

  /**
   * Forty appeals written for the dense-vector signal and kept out of its tuning
   * (dispatch-heldout/): colloquial and Beijing speech without the catalogue's keywords, one appeal
   * per category family.
   */
  public static List<EvalAppeal> heldOut() {
    return AppealsJsonl.parse(read("/dispatch-heldout/appeals.jsonl"));
  }

  private static String read(String resource) {
    try (InputStream in = SampleDirectory.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
