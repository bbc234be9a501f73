package gov.hotline.infra.db.kb;

import static gov.hotline.infra.db.schema.kb.Tables.ARTICLE_VECTOR;

import gov.hotline.kb.port.ArticleVectors;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * jOOQ implementation of {@link ArticleVectors}: one row per article version and model, vectors as
 * float32 bytes.
 */
public final class JooqArticleVectors implements ArticleVectors {
  private final DSLContext db;

  public JooqArticleVectors(DSLContext db) {
    this.db = db;
  }

  @Override
  public Optional<List<float[]>> find(long articleId, int version, String model) {
    var r =
        db.selectFrom(ARTICLE_VECTOR)
            .where(
                ARTICLE_VECTOR
                    .ARTICLE_ID
                    .eq(articleId)
                    .and(ARTICLE_VECTOR.VERSION.eq(version))
                    .and(ARTICLE_VECTOR.MODEL.eq(model)))
            .fetchOne();
    if (r == null) {
      return Optional.empty();
    }
    ByteBuffer b = ByteBuffer.wrap(r.getVectors()).order(ByteOrder.LITTLE_ENDIAN);
    List<float[]> out = new ArrayList<>(r.getPassages());
    for (int p = 0; p < r.getPassages(); p++) {
      float[] v = new float[r.getDimensions()];
      for (int i = 0; i < v.length; i++) {
        v[i] = b.getFloat();
      }
      out.add(v);
    }
    return Optional.of(out);
  }

  @Override
  public void save(long articleId, int version, String model, List<float[]> vectors) {
    int dims = vectors.get(0).length;
    ByteBuffer b = ByteBuffer.allocate(vectors.size() * dims * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (float[] v : vectors) {
      for (float x : v) {
        b.putFloat(x);
      }
    }
    db.insertInto(ARTICLE_VECTOR)
        .set(ARTICLE_VECTOR.ARTICLE_ID, articleId)
        .set(ARTICLE_VECTOR.VERSION, version)
        .set(ARTICLE_VECTOR.MODEL, model)
        .set(ARTICLE_VECTOR.PASSAGES, vectors.size())
        .set(ARTICLE_VECTOR.DIMENSIONS, dims)
        .set(ARTICLE_VECTOR.VECTORS, b.array())
        .onConflict(ARTICLE_VECTOR.ARTICLE_ID, ARTICLE_VECTOR.VERSION, ARTICLE_VECTOR.MODEL)
        .doNothing()
        .execute();
  }
}
