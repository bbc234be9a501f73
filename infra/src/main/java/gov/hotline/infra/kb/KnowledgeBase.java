package gov.hotline.infra.kb;

import gov.hotline.embedding.SharedEmbedder;
import gov.hotline.infra.config.HotlineConfig;
import gov.hotline.infra.config.HotlineConfig.ConfigException;
import gov.hotline.infra.db.Database;
import gov.hotline.infra.db.core.JooqTicketTexts;
import gov.hotline.infra.db.kb.JooqArticleVectors;
import gov.hotline.infra.db.kb.JooqKbTransactions;
import gov.hotline.infra.db.kb.JooqSearchLog;
import gov.hotline.kb.adapter.elastic.ElasticBackend;
import gov.hotline.kb.adapter.lucene.LuceneBackend;
import gov.hotline.kb.adapter.search.AnalyzedKnowledgeIndex;
import gov.hotline.kb.adapter.search.IndexBackend;
import gov.hotline.kb.domain.SynonymDictionary;
import gov.hotline.kb.port.KnowledgeIndex;
import gov.hotline.kb.service.ArticleEmbeddings;
import gov.hotline.kb.service.ArticleService;
import gov.hotline.kb.service.IndexMaintenance;
import gov.hotline.kb.service.KbSearchService;
import gov.hotline.kb.service.OutageTolerantIndex;
import gov.hotline.kb.service.SearchRecovery;
import gov.hotline.kb.service.SynonymService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The knowledge-base context wired for this server: the configured engine (embedded Lucene under
 * the data directory, or Elasticsearch) with passage vectors of the shared embedding model, its
 * services, and the index maintenance. Closing releases the index.
 */
public final class KnowledgeBase implements AutoCloseable {
  private final KnowledgeIndex index;
  private final ArticleService articles;
  private final KbSearchService search;
  private final SynonymService synonyms;
  private final IndexMaintenance maintenance;
  private final SearchRecovery recovery;

  private KnowledgeBase(
      KnowledgeIndex index,
      ArticleService articles,
      KbSearchService search,
      SynonymService synonyms,
      IndexMaintenance maintenance,
      SearchRecovery recovery) {
    this.index = index;
    this.articles = articles;
    this.search = search;
    this.synonyms = synonyms;
    this.maintenance = maintenance;
    this.recovery = recovery;
  }

  /** Opens the engine and the services, with the synonym dictionary in force. */
  public static KnowledgeBase open(HotlineConfig cfg, Database db, Clock clock) {
    JooqKbTransactions tx = new JooqKbTransactions(db.dsl());
    // hybrid: lexical analysis plus passage vectors of the in-process model (stored per article
    // version)
    ArticleEmbeddings semantics =
        new ArticleEmbeddings(SharedEmbedder.get(), new JooqArticleVectors(db.dsl()));
    OutageTolerantIndex index =
        new OutageTolerantIndex(
            new AnalyzedKnowledgeIndex(backend(cfg), SynonymDictionary.defaults(), semantics));
    try {
      JooqTicketTexts tickets = new JooqTicketTexts(db.dsl());
      IndexMaintenance maintenance = new IndexMaintenance(tx, tickets, index);
      SynonymService synonyms = new SynonymService(tx, index, maintenance, clock);
      index.useSynonyms(synonyms.current());
      return new KnowledgeBase(
          index,
          new ArticleService(tx, index, clock),
          new KbSearchService(index, tickets, clock, new JooqSearchLog(db.dsl())),
          synonyms,
          maintenance,
          new SearchRecovery(index, maintenance));
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
  }

  private static IndexBackend backend(HotlineConfig cfg) {
    if (cfg.searchEngine() == HotlineConfig.SearchEngine.ELASTICSEARCH) {
      // an unreachable node is an outage the server rides out (SearchRecovery), a malformed URL
      // a configuration error
      try {
        return new ElasticBackend(cfg.esUrl(), cfg.esIndexPrefix());
      } catch (IllegalArgumentException e) {
        throw new ConfigException(
            "HOTLINE_ES_URL 无效：" + cfg.esUrl() + "（或设 HOTLINE_SEARCH_ENGINE=lucene 使用内置引擎）");
      }
    }
    Path dir = cfg.dataDir().resolve("kb-index");
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return LuceneBackend.onDisk(dir);
    } catch (RuntimeException e) {
      throw new ConfigException("知识库索引无法打开（" + dir + "）：" + e.getMessage());
    }
  }

  public ArticleService articles() {
    return articles;
  }

  public KbSearchService search() {
    return search;
  }

  public SynonymService synonyms() {
    return synonyms;
  }

  public IndexMaintenance maintenance() {
    return maintenance;
  }

  /** The start-up check of the index and its periodic recovery after an engine outage. */
  public SearchRecovery recovery() {
    return recovery;
  }

  /**
   * Loads the embedding model and gives every article its vectors, off the event loop (call from a
   * background thread after start-up); searches are lexical until the model is ready.
   */
  public void embedInBackground() {
    SharedEmbedder.get().load();
    maintenance.embedArticles();
  }

  public String engine() {
    return index.engine();
  }

  @Override
  public void close() {
    index.close();
  }
}
