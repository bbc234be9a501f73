package gov.hotline.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BigramIndexTest {
  @Test
  void theMostSimilarTextComesFirstAndTheQueryItselfCanBeLeftOut() {
    BigramIndex index = new BigramIndex(100);
    index.add(1, "小区门口垃圾桶三天没人清运，臭味很大");
    index.add(2, "楼上邻居装修砸墙，噪音太大");
    index.add(3, "小区门口的垃圾桶好几天没人清运了");

    List<BigramIndex.Hit> hits = index.similar("小区门口垃圾桶三天没人清运，臭味很大", 1, 5, 0.1);

    assertThat(hits).extracting(BigramIndex.Hit::id).containsExactly(3L);
    assertThat(hits.get(0).score()).isBetween(0.1, 1.0);
  }

  @Test
  void theOldestDocumentsGoWhenTheIndexIsFull() {
    BigramIndex index = new BigramIndex(2);
    index.add(1, "暖气不热");
    index.add(2, "路灯不亮");
    index.add(3, "燃气泄漏");

    assertThat(index.size()).isEqualTo(2);
    assertThat(index.similar("暖气不热", -1, 5, 0.01)).isEmpty();
    assertThat(index.similar("燃气泄漏", -1, 5, 0.01))
        .extracting(BigramIndex.Hit::id)
        .containsExactly(3L);
  }

  @Test
  void aDocumentAddedAgainIsFoundUnderItsLatestTextOnly() {
    BigramIndex index = new BigramIndex(10);
    index.add(1, "暖气不热");
    index.add(1, "路灯不亮");

    assertThat(index.size()).isEqualTo(1);
    assertThat(index.similar("暖气不热", -1, 5, 0.01)).isEmpty();
    assertThat(index.similar("路灯不亮", -1, 5, 0.01))
        .extracting(BigramIndex.Hit::id)
        .containsExactly(1L);
  }

  @Test
  void aSlotReusedAfterEvictionIsNotMatchedByTheEvictedText() {
    BigramIndex index = new BigramIndex(2);
    index.add(1, "暖气不热");
    index.add(1, "路灯不亮");
    index.add(2, "垃圾清运");
    index.add(3, "燃气泄漏");

    assertThat(index.similar("暖气不热", -1, 5, 0.01)).isEmpty();
    assertThat(index.similar("路灯不亮", -1, 5, 0.01)).isEmpty();
  }
}
