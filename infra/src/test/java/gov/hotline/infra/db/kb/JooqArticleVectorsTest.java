package gov.hotline.infra.db.kb;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.support.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Passage vectors of article versions in PostgreSQL: stored once, read back bit for bit, per model.
 */
class JooqArticleVectorsTest {
  private static TestDatabase db;

  @BeforeAll
  static void migrate() {
    db = TestDatabase.migrated("kb_vectors");
  }

  @AfterAll
  static void drop() {
    db.close();
  }

  @Test
  void aVersionsVectorsComeBackExactlyAndOnlyForTheirModel() {
    JooqArticleVectors store = new JooqArticleVectors(db.dsl());
    List<float[]> vectors = List.of(new float[] {0.6f, -0.8f, 0f}, new float[] {1f, 0f, -0.0001f});

    store.save(7, 2, "bge-small-zh-v1.5-q/c1", vectors);
    store.save(
        7,
        2,
        "bge-small-zh-v1.5-q/c1",
        List.of(new float[] {9f, 9f, 9f})); // a second save changes nothing

    var back = store.find(7, 2, "bge-small-zh-v1.5-q/c1").orElseThrow();
    assertThat(back).hasSize(2);
    assertThat(back.get(0)).containsExactly(0.6f, -0.8f, 0f);
    assertThat(back.get(1)).containsExactly(1f, 0f, -0.0001f);
    assertThat(store.find(7, 1, "bge-small-zh-v1.5-q/c1")).isEmpty();
    assertThat(store.find(7, 2, "other-model/c1")).isEmpty();
  }
}
