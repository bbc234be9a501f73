package gov.hotline.kb.adapter;

import gov.hotline.kb.adapter.lucene.LuceneBackend;
import gov.hotline.kb.adapter.search.AnalyzedKnowledgeIndex;
import gov.hotline.kb.domain.SynonymDictionary;
import gov.hotline.kb.port.KnowledgeIndex;
import gov.hotline.kb.service.ArticleEmbeddings;
import gov.hotline.kb.support.SharedSemantics;

/**
 * The knowledge-base behaviour on the embedded Lucene engine with passage vectors fused in (the
 * production setup).
 */
class HybridLuceneKnowledgeIndexTest extends KnowledgeIndexContract {
  static final ArticleEmbeddings SEMANTICS = SharedSemantics.get();

  @Override
  protected KnowledgeIndex newIndex() {
    return new AnalyzedKnowledgeIndex(
        LuceneBackend.inMemory(), SynonymDictionary.defaults(), SEMANTICS);
  }
}
