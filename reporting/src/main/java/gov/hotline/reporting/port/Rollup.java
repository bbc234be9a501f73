package gov.hotline.reporting.port;

/** A rollup kept current by folding what changed in its source since the last fold. */
public interface Rollup {
  /** Folds the changes since the last call; returns how many source rows or buckets were folded. */
  long catchUp();
}
