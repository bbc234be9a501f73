package gov.hotline.kb.adapter;

import static gov.hotline.kb.support.Articles.anArticle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.support.TcpRelay;
import gov.hotline.kb.adapter.elastic.ElasticBackend;
import gov.hotline.kb.adapter.search.AnalyzedKnowledgeIndex;
import gov.hotline.kb.domain.SearchHit;
import gov.hotline.kb.domain.SearchRequest;
import gov.hotline.kb.domain.SynonymDictionary;
import gov.hotline.kb.service.OutageTolerantIndex;
import gov.hotline.kb.support.ElasticsearchTestNode;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A real Elasticsearch node behind a relay the test cuts: what the official client does when the
 * node goes away is what the index answers — {@code SEARCH_UNAVAILABLE} for searches, remembered
 * writes — and the node is used again as soon as it is back.
 */
@Tag("elasticsearch")
class ElasticsearchOutageTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

  private TcpRelay relay;
  private OutageTolerantIndex index;

  @BeforeEach
  void open() {
    URI node = URI.create(ElasticsearchTestNode.url());
    relay = TcpRelay.to(node.getHost(), node.getPort());
    index =
        new OutageTolerantIndex(
            new AnalyzedKnowledgeIndex(
                new ElasticBackend(
                    "http://127.0.0.1:" + relay.port(),
                    "hotline-kb-outage-" + System.nanoTime() + "-"),
                SynonymDictionary.defaults()));
    index.indexArticles(
        List.of(anArticle(1).title("公积金提取").body("租房可提取住房公积金。").keywords("公积金").build()));
  }

  @AfterEach
  void close() {
    relay.restore();
    index.close();
    relay.close();
  }

  private List<SearchHit> search(String q) {
    return index.search(SearchRequest.of(q, 10, null), TODAY);
  }

  @Test
  void aSearchWhileTheNodeIsGoneFailsAsUnavailableInChinese() {
    relay.cut();

    assertThat(index.available()).isFalse();
    assertThatThrownBy(() -> search("公积金"))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo("SEARCH_UNAVAILABLE");
              assertThat(e.getMessage()).contains("知识库检索暂不可用");
            });
  }

  @Test
  void aWriteWhileTheNodeIsGoneIsRememberedNotFailed() {
    relay.cut();

    index.indexArticles(
        List.of(anArticle(2).title("社保卡补办").body("社保卡遗失可到银行网点补办。").keywords("社保卡").build()));

    relay.restore();
    assertThat(index.available()).isTrue();
    assertThat(search("社保卡")).isEmpty();
    assertThat(index.takeMissedWrites()).isTrue();
  }

  @Test
  void theNodeIsUsedAgainAsSoonAsItIsBack() {
    relay.cut();
    assertThat(index.available()).isFalse();

    relay.restore();

    assertThat(index.available()).isTrue();
    assertThat(search("公积金")).extracting(SearchHit::code).containsExactly("KB1001");
  }
}
