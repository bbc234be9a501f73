package gov.hotline.kb.adapter;

import gov.hotline.kb.adapter.lucene.LuceneBackend;
import gov.hotline.kb.adapter.search.AnalyzedKnowledgeIndex;
import gov.hotline.kb.domain.SynonymDictionary;
import gov.hotline.kb.port.KnowledgeIndex;

/** The knowledge-base behaviour on the embedded Lucene engine. */
class LuceneKnowledgeIndexTest extends KnowledgeIndexContract {
  @Override
  protected KnowledgeIndex newIndex() {
    return new AnalyzedKnowledgeIndex(LuceneBackend.inMemory(), SynonymDictionary.defaults());
  }
}
