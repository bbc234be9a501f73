package gov.hotline.kb.service;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the index back after an outage of its engine: called periodically, it notes whether the
 * engine answers and, once it does after writes were missed (or the start-up check could not run),
 * rebuilds the articles and catches up the tickets from the database.
 */
public final class SearchRecovery {
  private static final Logger LOG = LoggerFactory.getLogger(SearchRecovery.class);

  private final OutageTolerantIndex index;
  private final IndexMaintenance maintenance;
  private volatile boolean available = true;

  public SearchRecovery(OutageTolerantIndex index, IndexMaintenance maintenance) {
    this.index = index;
    this.maintenance = maintenance;
  }

  /**
   * At start-up: the articles indexed when the index misses some; with the engine out, the check is
   * left to {@link #check()}.
   */
  public void startUp() {
    try {
      maintenance.ensureArticlesIndexed();
    } catch (DomainException e) {
      if (e.kind() != ErrorKind.UNAVAILABLE) {
        throw e;
      }
      available = false;
      index.markMissedWrites();
      LOG.warn("检索引擎 {} 暂不可用：启动时未能核对知识索引，恢复后自动重建", index.engine());
    }
  }

  /** One periodic look; returns whether the engine answers. */
  public boolean check() {
    boolean now = index.available();
    if (now && index.takeMissedWrites()) {
      try {
        long articles = maintenance.reindexArticles();
        maintenance.ensureTicketsIndexed();
        LOG.info("检索引擎 {} 已恢复：重建知识索引 {} 条", index.engine(), articles);
      } catch (DomainException e) {
        if (e.kind() != ErrorKind.UNAVAILABLE) {
          throw e;
        }
        index.markMissedWrites();
        now = false;
      }
    } else if (now && !available) {
      LOG.info("检索引擎 {} 已恢复", index.engine());
    }
    available = now;
    return now;
  }

  /** What the last {@link #check()} (or the start-up) found. */
  public boolean available() {
    return available;
  }
}
