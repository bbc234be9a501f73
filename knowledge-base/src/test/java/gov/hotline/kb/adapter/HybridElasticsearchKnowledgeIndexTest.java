package gov.hotline.kb.adapter;

import gov.hotline.kb.adapter.elastic.ElasticBackend;
import gov.hotline.kb.adapter.search.AnalyzedKnowledgeIndex;
import gov.hotline.kb.domain.SynonymDictionary;
import gov.hotline.kb.port.KnowledgeIndex;
import gov.hotline.kb.support.ElasticsearchTestNode;
import gov.hotline.kb.support.SharedSemantics;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;

/**
 * The knowledge-base behaviour on Elasticsearch with passage vectors ({@code dense_vector}, kNN)
 * fused in.
 */
@Tag("elasticsearch")
class HybridElasticsearchKnowledgeIndexTest extends KnowledgeIndexContract {
  private static final AtomicInteger RUN = new AtomicInteger();

  @Override
  protected KnowledgeIndex newIndex() {
    return new AnalyzedKnowledgeIndex(
        new ElasticBackend(
            ElasticsearchTestNode.url(), "hotline-kb-hybrid-" + RUN.incrementAndGet() + "-"),
        SynonymDictionary.defaults(),
        SharedSemantics.get());
  }
}
