package gov.hotline.kb.adapter;

import gov.hotline.kb.adapter.elastic.ElasticBackend;
import gov.hotline.kb.adapter.search.AnalyzedKnowledgeIndex;
import gov.hotline.kb.domain.SynonymDictionary;
import gov.hotline.kb.port.KnowledgeIndex;
import gov.hotline.kb.support.ElasticsearchTestNode;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;

/**
 * The same knowledge-base behaviour on a real Elasticsearch node (one per test JVM, fresh indices
 * per test).
 */
@Tag("elasticsearch")
class ElasticsearchKnowledgeIndexTest extends KnowledgeIndexContract {
  private static final AtomicInteger RUN = new AtomicInteger();

  @Override
  protected KnowledgeIndex newIndex() {
    return new AnalyzedKnowledgeIndex(
        new ElasticBackend(
            ElasticsearchTestNode.url(), "hotline-kb-test-" + RUN.incrementAndGet() + "-"),
        SynonymDictionary.defaults());
  }
}
