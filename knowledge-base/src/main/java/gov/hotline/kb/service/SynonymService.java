package gov.hotline.kb.service;

import gov.hotline.core.user.Actor;
import gov.hotline.kb.domain.KbRules;
import gov.hotline.kb.domain.SynonymDictionary;
import gov.hotline.kb.port.KbTransactions;
import gov.hotline.kb.port.KnowledgeIndex;
import java.time.Clock;

/**
 * The synonym dictionary admins edit: the saved one, else the shipped default. Saving re-indexes
 * the articles.
 */
public final class SynonymService {
  private final KbTransactions tx;
  private final KnowledgeIndex index;
  private final IndexMaintenance maintenance;
  private final Clock clock;

  public SynonymService(
      KbTransactions tx, KnowledgeIndex index, IndexMaintenance maintenance, Clock clock) {
    this.tx = tx;
    this.index = index;
    this.maintenance = maintenance;
    this.clock = clock;
  }

  public SynonymDictionary current() {
    return tx.inTransaction(r -> r.synonyms().current())
        .map(SynonymDictionary::parse)
        .orElseGet(SynonymDictionary::defaults);
  }

  /** Validates and saves the dictionary, then rebuilds the article index with it. */
  public SynonymDictionary save(String text, Actor actor) {
    KbRules.requireEditor(actor);
    SynonymDictionary d = SynonymDictionary.parse(text);
    tx.inTransaction(
        r -> {
          r.synonyms().save(text, actor.username(), clock.instant());
          return null;
        });
    index.useSynonyms(d);
    maintenance.reindexArticles();
    return d;
  }
}
