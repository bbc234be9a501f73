package gov.hotline.bench;

import gov.hotline.kb.adapter.lucene.LuceneBackend;
import gov.hotline.kb.adapter.search.AnalyzedKnowledgeIndex;
import gov.hotline.kb.adapter.search.HotlineAnalyzer;
import gov.hotline.kb.domain.Article;
import gov.hotline.kb.domain.SearchRequest;
import gov.hotline.kb.domain.SynonymDictionary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Knowledge-base benchmark on the embedded engine: Chinese analysis throughput (smartcn + pairs +
 * pinyin + synonyms), indexing throughput into an on-disk Lucene index, and search latency over the
 * indexed articles (target p99 &lt; 10 ms at 100,000 articles). Run with {@code ./hotline bench-kb
 * [articles] [queries]}.
 */
public final class KbSearchBench {
  private KbSearchBench() {}

  public static void main(String[] args) throws IOException {
    int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int queries = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    System.out.println("== knowledge-base benchmark (embedded Lucene engine) ==");
    MachineInfo.describe().forEach(l -> System.out.println("  " + l));
    System.out.printf(
        Locale.ROOT, "  heap max     %d MiB%n", Runtime.getRuntime().maxMemory() >> 20);

    List<Article> docs = KbArticleGenerator.generate(articles, 42);
    long chars =
        docs.stream()
            .mapToLong(a -> a.content().body().length() + a.content().title().length())
            .sum();

    HotlineAnalyzer analyzer = new HotlineAnalyzer(SynonymDictionary.defaults());
    for (int i = 0; i < Math.min(2_000, docs.size()); i++) {
      analyzer.analyze(docs.get(i).content().body());
    }
    long t0 = System.nanoTime();
    for (Article a : docs) {
      analyzer.analyze(a.content().title());
      analyzer.analyze(a.content().body());
    }
    double analyzeSec = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%nanalysis     %,d articles, %,d chars in %.1f s: %,.0f articles/s, %,.0f chars/s"
            + " (one thread)%n",
        docs.size(),
        chars,
        analyzeSec,
        docs.size() / analyzeSec,
        chars / analyzeSec);

    Path dir = Files.createTempDirectory("kb-bench-");
    try (AnalyzedKnowledgeIndex index =
        new AnalyzedKnowledgeIndex(LuceneBackend.onDisk(dir), SynonymDictionary.defaults())) {
      long t1 = System.nanoTime();
      for (int from = 0; from < docs.size(); from += 1_000) {
        index.indexArticles(docs.subList(from, Math.min(docs.size(), from + 1_000)));
      }
      double indexSec = (System.nanoTime() - t1) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "indexing     %,d articles in %.1f s: %,.0f articles/s (analysis included, "
              + "commit per 1,000, index size %,d MiB)%n",
          index.articleCount(),
          indexSec,
          docs.size() / indexSec,
          size(dir) >> 20);
      search(index, KbArticleGenerator.queries(queries, 7));
    } finally {
      deleteTree(dir);
    }
  }

  private static void search(AnalyzedKnowledgeIndex index, List<String> queries) {
    LocalDate today = LocalDate.of(2026, 11, 21);
    for (int round = 0; round < 2; round++) {
      for (String q : queries.subList(0, Math.min(1_000, queries.size()))) {
        index.search(SearchRequest.of(q, 10, null), today);
      }
    }
    LatencyHistogram h = new LatencyHistogram();
    long hits = 0;
    long t0 = System.nanoTime();
    for (String q : queries) {
      long s = System.nanoTime();
      hits += index.search(SearchRequest.of(q, 10, null), today).size();
      h.recordNanos(System.nanoTime() - s);
    }
    double sec = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "search       %,d queries (keyword/colloquial/typo/long, top 10 with highlighting),"
            + " one thread: %,.0f queries/s, %.1f hits/query%n",
        queries.size(),
        queries.size() / sec,
        (double) hits / queries.size());
    System.out.printf(
        Locale.ROOT,
        "latency      p50 %.2f ms  p90 %.2f ms  p99 %.2f ms  max %.2f ms  (target p99 < 10 ms)%n",
        h.percentileMicros(50) / 1000.0,
        h.percentileMicros(90) / 1000.0,
        h.percentileMicros(99) / 1000.0,
        h.maxMicros() / 1000.0);
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
