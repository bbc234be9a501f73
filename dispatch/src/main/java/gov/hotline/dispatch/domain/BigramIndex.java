package gov.hotline.dispatch.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * An in-memory similarity index over appeal texts: character bigrams, TF-IDF weights and cosine similarity through an
 * inverted index, keeping the most recent {@code capacity} documents. Bigrams that a fifth of all documents share
 * are skipped at query time. Thread-safe: many readers, one writer.
 */
public final class BigramIndex {
  /** A document found, with its cosine similarity in [0, 1]. */
  public record Hit(long id, double score) {
  }

  private record Doc(long id, Map<String, Integer> tf, double norm) {
  }

  private final int capacity;
  private final LinkedHashMap<Long, Doc> docs = new LinkedHashMap<>();
  private final Map<String, List<Doc>> postings = new HashMap<>();
  private final Map<String, Integer> df = new HashMap<>();
  private final ReadWriteLock lock = new ReentrantReadWriteLock();

  public BigramIndex(int capacity) {
    this.capacity = capacity;
  }

  /** Adds or replaces a document; the oldest one goes when the index is full. */
  public void add(long id, String text) {
    Map<String, Integer> tf = TextVector.counts(ChineseText.content(text));
    lock.writeLock().lock();
    try {
      remove(id);
      tf.keySet().forEach(g -> df.merge(g, 1, Integer::sum));
      double norm = 0;
      for (var e : tf.entrySet()) {
        double w = weight(e.getValue(), e.getKey());
        norm += w * w;
      }
      Doc d = new Doc(id, tf, Math.sqrt(norm));
      docs.put(id, d);
      tf.keySet().forEach(g -> postings.computeIfAbsent(g, k -> new ArrayList<>()).add(d));
      if (docs.size() > capacity) {
        Iterator<Long> oldest = docs.keySet().iterator();
        remove(oldest.next());
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void remove(long id) {
    Doc d = docs.remove(id);
    if (d != null) {
      d.tf().keySet().forEach(g -> {
        df.merge(g, -1, Integer::sum);
        List<Doc> list = postings.get(g);
        if (list != null) {
          list.remove(d);
        }
      });
    }
  }

  public int size() {
    lock.readLock().lock();
    try {
      return docs.size();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** The documents most similar to {@code text}, best first, at least {@code minScore}, never {@code exclude}. */
  public List<Hit> similar(String text, long exclude, int limit, double minScore) {
    Map<String, Integer> q = TextVector.counts(ChineseText.content(text));
    lock.readLock().lock();
    try {
      int n = docs.size();
      Map<Doc, Double> dot = new HashMap<>();
      double qNorm = 0;
      for (var e : q.entrySet()) {
        double wq = weight(e.getValue(), e.getKey());
        qNorm += wq * wq;
        List<Doc> list = postings.get(e.getKey());
        if (list == null || (n >= 50 && list.size() > n / 5)) {
          continue;
        }
        double idf = idf(e.getKey());
        for (Doc d : list) {
          dot.merge(d, wq * (1 + Math.log(d.tf().get(e.getKey()))) * idf, Double::sum);
        }
      }
      double qn = Math.sqrt(qNorm);
      return dot.entrySet().stream()
          .filter(e -> e.getKey().id() != exclude && e.getKey().norm() > 0 && qn > 0)
          .map(e -> new Hit(e.getKey().id(), Math.min(1.0, e.getValue() / (qn * e.getKey().norm()))))
          .filter(h -> h.score() >= minScore)
          .sorted(Comparator.comparingDouble(Hit::score).reversed())
          .limit(limit).toList();
    } finally {
      lock.readLock().unlock();
    }
  }

  private double weight(int tf, String term) {
    return (1 + Math.log(tf)) * idf(term);
  }

  private double idf(String term) {
    return Math.log(1 + (docs.size() + 1.0) / (df.getOrDefault(term, 0) + 1.0));
  }
}
