package gov.hotline.dispatch.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * An in-memory similarity index over appeal texts: character bigrams, TF-IDF weights and cosine
 * similarity through an inverted index, keeping the most recent {@code capacity} documents (first
 * in, first out). Bigrams that a twentieth of all documents share are skipped at query time.
 *
 * <p>Compact on purpose (about 10 bytes per distinct bigram of a document): documents live in a
 * ring of slots with int term ids; postings are int arrays of document serial numbers in insertion
 * order, so the evicted (oldest) documents always form a prefix of each postings list and are
 * dropped by moving its head. Thread-safe: many readers, one writer.
 */
public final class BigramIndex {
  /** How many of a query's bigrams are looked up: its rarest ones. */
  public static final int QUERY_TERMS = 24;

  /**
   * A bigram in this many documents or fewer is never too common to look up (small indexes keep
   * all).
   */
  private static final int COMMON_FLOOR = 50;

  /** A document found, with its cosine similarity in [0, 1]. */
  public record Hit(long id, double score) {}

  private final int capacity;
  private final long[] ids;
  private final int[][] terms;
  private final byte[][] tfs;
  private final boolean[] replaced;
  private final float[] norms;
  private final Map<String, Integer> termIds = new HashMap<>();
  private final Map<Long, Integer> serialById = new HashMap<>();
  private int[][] postings = new int[1024][];
  private byte[][] postingTfs = new byte[1024][];
  private int[] heads = new int[1024];
  private int[] sizes = new int[1024];
  private int[] df = new int[1024];
  private int nextSerial;
  private int live;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();

  public BigramIndex(int capacity) {
    this.capacity = capacity;
    this.ids = new long[capacity];
    this.terms = new int[capacity][];
    this.tfs = new byte[capacity][];
    this.replaced = new boolean[capacity];
    this.norms = new float[capacity];
  }

  /**
   * Adds a document (a document added again is found under its latest text); the oldest goes when
   * full.
   */
  public void add(long id, String text) {
    Map<String, Integer> tf = TextVector.counts(ChineseText.content(text));
    lock.writeLock().lock();
    try {
      if (nextSerial >= capacity) {
        evict(nextSerial - capacity);
      }
      Integer previous = serialById.get(id);
      if (previous != null) {
        forget(previous);
      }
      int serial = nextSerial++;
      int slot = serial % capacity;
      int[] t = new int[tf.size()];
      byte[] f = new byte[tf.size()];
      double norm = 0;
      int i = 0;
      for (var e : tf.entrySet()) {
        int term = termId(e.getKey());
        t[i] = term;
        f[i] = (byte) Math.min(e.getValue(), 127);
        df[term]++;
        append(term, serial, f[i]);
        i++;
      }
      for (int k = 0; k < t.length; k++) {
        double w = (1 + Math.log(f[k])) * idf(t[k]);
        norm += w * w;
      }
      ids[slot] = id;
      terms[slot] = t;
      tfs[slot] = f;
      norms[slot] = (float) Math.sqrt(norm);
      serialById.put(id, serial);
      live++;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Drops the document of {@code serial} (the oldest): its postings are the heads of their lists.
   */
  private void evict(int serial) {
    int slot = serial % capacity;
    if (terms[slot] == null) {
      return;
    }
    for (int term : terms[slot]) {
      if (!replaced[slot]) {
        df[term]--;
      }
      while (sizes[term] > heads[term] && postings[term][heads[term]] <= serial) {
        heads[term]++;
      }
    }
    if (!replaced[slot]) {
      serialById.remove(ids[slot], serial);
      live--;
    }
    terms[slot] = null;
    tfs[slot] = null;
    replaced[slot] = false;
    norms[slot] = 0;
  }

  /**
   * Forgets a document replaced by a newer text: it stops counting and matching, its postings go on
   * eviction.
   */
  private void forget(int serial) {
    int slot = serial % capacity;
    if (terms[slot] != null && !replaced[slot]) {
      for (int term : terms[slot]) {
        df[term]--;
      }
      replaced[slot] = true;
      norms[slot] = 0;
      live--;
    }
  }

  private int termId(String bigram) {
    Integer id = termIds.get(bigram);
    if (id != null) {
      return id;
    }
    int next = termIds.size();
    termIds.put(bigram, next);
    if (next == postings.length) {
      int n = next * 2;
      postings = Arrays.copyOf(postings, n);
      postingTfs = Arrays.copyOf(postingTfs, n);
      heads = Arrays.copyOf(heads, n);
      sizes = Arrays.copyOf(sizes, n);
      df = Arrays.copyOf(df, n);
    }
    postings[next] = new int[4];
    postingTfs[next] = new byte[4];
    return next;
  }

  private void append(int term, int serial, byte tf) {
    if (sizes[term] == postings[term].length) {
      int head = heads[term];
      int used = sizes[term] - head;
      int[] grown = new int[Math.max(4, used * 2)];
      byte[] grownTfs = new byte[grown.length];
      System.arraycopy(postings[term], head, grown, 0, used);
      System.arraycopy(postingTfs[term], head, grownTfs, 0, used);
      postings[term] = grown;
      postingTfs[term] = grownTfs;
      heads[term] = 0;
      sizes[term] = used;
    }
    postingTfs[term][sizes[term]] = tf;
    postings[term][sizes[term]++] = serial;
  }

  public int size() {
    lock.readLock().lock();
    try {
      return live;
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * The documents most similar to {@code text}, best first, at least {@code minScore}, never {@code
   * exclude}. Like a "more like this" query, only the {@value #QUERY_TERMS} rarest bigrams of the
   * text are looked up (common ones add little but cost most), while the cosine still divides by
   * the whole text's length.
   */
  public List<Hit> similar(String text, long exclude, int limit, double minScore) {
    Map<String, Integer> q = TextVector.counts(ChineseText.content(text));
    lock.readLock().lock();
    try {
      double qNorm = 0;
      List<double[]> chosen = new ArrayList<>(); // {term, weight}
      for (var e : q.entrySet()) {
        Integer term = termIds.get(e.getKey());
        double wq = (1 + Math.log(e.getValue())) * (term == null ? idfOfUnseen() : idf(term));
        qNorm += wq * wq;
        if (term != null && df[term] > 0 && df[term] <= Math.max(COMMON_FLOOR, live / 20)) {
          chosen.add(new double[] {term, wq});
        }
      }
      chosen.sort((a, b) -> Integer.compare(df[(int) a[0]], df[(int) b[0]]));
      SimilarityAccumulator acc =
          new SimilarityAccumulator(
              chosen.stream()
                  .limit(QUERY_TERMS)
                  .mapToInt(c -> sizes[(int) c[0]] - heads[(int) c[0]])
                  .sum());
      int oldest = nextSerial - capacity;
      for (double[] c : chosen.subList(0, Math.min(QUERY_TERMS, chosen.size()))) {
        int term = (int) c[0];
        double w = c[1] * idf(term);
        int[] list = postings[term];
        byte[] tf = postingTfs[term];
        for (int p = heads[term]; p < sizes[term]; p++) {
          // an older serial is an evicted document whose slot another one took; norm 0: replaced by
          // a newer text
          if (list[p] >= oldest && norms[list[p] % capacity] > 0) {
            acc.add(list[p], (float) (w * (1 + Math.log(tf[p]))));
          }
        }
      }
      return acc.top(this, Math.sqrt(qNorm), exclude, limit, minScore);
    } finally {
      lock.readLock().unlock();
    }
  }

  int slotOf(int serial) {
    return serial % capacity;
  }

  double storedNorm(int slot) {
    return norms[slot];
  }

  long idAt(int slot) {
    return ids[slot];
  }

  /** A document's length with today's IDF. */
  double currentNorm(int slot) {
    double norm = 0;
    for (int k = 0; k < terms[slot].length; k++) {
      double w = (1 + Math.log(tfs[slot][k])) * idf(terms[slot][k]);
      norm += w * w;
    }
    return Math.sqrt(norm);
  }

  private double idf(int term) {
    return Math.log(1 + (live + 1.0) / (df[term] + 1.0));
  }

  private double idfOfUnseen() {
    return Math.log(2 + live);
  }
}
