package gov.hotline.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import gov.hotline.core.text.Embedder;
import java.util.List;
import org.junit.jupiter.api.Test;

class BgeSmallZhEmbedderTest {
  private final BgeSmallZhEmbedder embedder = SharedEmbedder.get();

  @Test
  void vectorsAreUnitLengthAndMeaningBeatsSharedCharacters() {
    List<float[]> passages =
        embedder.embedPassages(
            List.of("住房公积金提取：职工租房、购房、还贷可申请提取住房公积金。", "往来港澳通行证及签注办理：内地居民前往港澳应持通行证及有效签注。"));
    float[] query = embedder.embedQuery("公积金咋取");

    assertThat(query).hasSize(embedder.dimensions());
    assertThat(Embedder.dot(query, query)).isCloseTo(1.0, offset(1e-4));
    assertThat(Embedder.dot(query, passages.get(0)))
        .isGreaterThan(Embedder.dot(query, passages.get(1)) + 0.05);
  }

  @Test
  void onePassageAloneEqualsTheSamePassageInABatch() {
    float[] alone = embedder.embedPassage("路灯不亮报修");
    float[] batch = embedder.embedPassages(List.of("社保卡补办", "路灯不亮报修")).get(1);

    assertThat(Embedder.dot(alone, batch)).isGreaterThan(0.9999);
  }
}
