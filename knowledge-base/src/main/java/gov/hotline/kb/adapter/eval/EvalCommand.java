package gov.hotline.kb.adapter.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.hotline.embedding.BgeSmallZhEmbedder;
import gov.hotline.embedding.SharedEmbedder;
import gov.hotline.kb.adapter.elastic.ElasticBackend;
import gov.hotline.kb.adapter.elastic.LocalElasticsearch;
import gov.hotline.kb.adapter.lucene.LuceneBackend;
import gov.hotline.kb.adapter.lucene.StandardBaseline;
import gov.hotline.kb.adapter.search.AnalysisOptions;
import gov.hotline.kb.adapter.search.AnalyzedKnowledgeIndex;
import gov.hotline.kb.adapter.search.IndexBackend;
import gov.hotline.kb.domain.Article;
import gov.hotline.kb.domain.ArticleStatus;
import gov.hotline.kb.domain.Fusion;
import gov.hotline.kb.domain.SearchHit;
import gov.hotline.kb.domain.SearchRequest;
import gov.hotline.kb.domain.SynonymDictionary;
import gov.hotline.kb.service.ArticleEmbeddings;
import gov.hotline.kb.service.ArticleLines;
import gov.hotline.kb.service.Evaluation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/**
 * {@code ./hotline kb-eval ARTICLES.jsonl QUERIES.jsonl [MORE.jsonl …]}: recall@1, recall@5, MRR
 * and latency of both engines, each as lexical only, vectors only, a linear mix and the fused
 * method, and the StandardAnalyzer baseline side by side, per query set and per query style; {@code
 * --steps} adds what each lexical analysis step adds, {@code --sweep} the fusion parameters tried.
 * Elasticsearch is the node at HOTLINE_ES_URL, or a local node started from HOTLINE_ES_HOME (the
 * test distribution the build unpacks); {@code --no-es} skips it, {@code --misses} lists the
 * queries whose first hit is wrong.
 */
public final class EvalCommand {
  private EvalCommand() {}

  public static void main(String[] args) throws Exception {
    List<String> files = new ArrayList<>();
    boolean es = true;
    boolean misses = false;
    boolean steps = false;
    boolean sweep = false;
    for (String a : args) {
      switch (a) {
        case "--no-es" -> es = false;
        case "--misses" -> misses = true;
        case "--steps" -> steps = true;
        case "--sweep" -> sweep = true;
        default -> files.add(a);
      }
    }
    if (files.size() < 2) {
      System.err.println(
          "用法: hotline kb-eval ARTICLES.jsonl QUERIES.jsonl [MORE_QUERIES.jsonl …] [--no-es] [--misses]"
              + " [--steps] [--sweep]");
      System.exit(2);
    }
    List<Article> articles = articles(Path.of(files.get(0)));
    BgeSmallZhEmbedder model = SharedEmbedder.get();
    model.load();
    ArticleEmbeddings semantics = ArticleEmbeddings.inMemory(model);
    long t0 = System.nanoTime();
    for (Article a : articles) {
      semantics.passages(a, true);
    }
    double embedSeconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        "知识库检索评测：%d 条知识（段落向量 %.1f 秒，%.0f 条/秒）%n",
        articles.size(), embedSeconds, articles.size() / embedSeconds);
    List<Fusion> methods =
        List.of(
            Fusion.LEXICAL,
            Fusion.VECTOR,
            Fusion.LINEAR,
            Fusion.RRF,
            AnalyzedKnowledgeIndex.DEFAULT_FUSION);
    for (String qf : files.subList(1, files.size())) {
      List<Evaluation.Judged> queries = queries(Path.of(qf));
      System.out.printf("%n== %s：%d 条查询 ==%n", qf, queries.size());
      List<Evaluation.Result> results = new ArrayList<>();
      results.addAll(
          evaluate("Lucene", LuceneBackend.inMemory(), semantics, methods, articles, queries));
      if (es) {
        results.addAll(elastic(semantics, methods, articles, queries));
      }
      results.add(baseline(articles, queries));
      print(results, misses);
      printStyles(results);
      if (sweep) {
        List<Fusion> variants = new ArrayList<>();
        for (int k : new int[] {5, 10, 20, 60}) {
          for (double w : new double[] {0.5, 0.8, 1.0, 1.5}) {
            variants.add(
                new Fusion("RRF k=" + k + " w=" + w, Fusion.Mode.RRF, w, k, Fusion.Floor.NONE));
          }
        }
        for (double w : new double[] {0.2, 0.3, 0.4, 0.5, 0.6}) {
          variants.add(new Fusion("linear α=" + w, Fusion.Mode.LINEAR, w, 60, Fusion.Floor.NONE));
        }
        System.out.println("\n融合参数扫描（Lucene）:");
        print(
            evaluate("Lucene", LuceneBackend.inMemory(), semantics, variants, articles, queries),
            false);
      }
      if (steps) {
        System.out.println("\n逐步方法（embedded Lucene，词法部分，每行在上一行基础上增加一步）:");
        List<Evaluation.Result> stepResults = new ArrayList<>();
        for (AnalysisOptions o : AnalysisOptions.STEPS) {
          stepResults.add(lexical(o.name(), LuceneBackend.inMemory(), o, articles, queries));
        }
        print(stepResults, misses);
        System.out.println("\n去掉一步（embedded Lucene，词法部分，完整方法减去该步）:");
        List<Evaluation.Result> without = new ArrayList<>();
        for (AnalysisOptions o : AnalysisOptions.LEAVE_ONE_OUT) {
          without.add(lexical(o.name(), LuceneBackend.inMemory(), o, articles, queries));
        }
        print(without, misses);
      }
    }
  }

  private static void printStyles(List<Evaluation.Result> results) {
    System.out.println("\nrecall@5 / MRR 按查询类型（query style）:");
    for (Evaluation.Result r : results) {
      StringBuilder sb = new StringBuilder(String.format("  %-34s", r.name()));
      r.byStyle()
          .forEach(
              (style, v) ->
                  sb.append(
                      String.format(
                          " %s %.2f/%.2f (%d)", style, v[2] / v[1], v[3] / v[1], (int) v[1])));
      System.out.println(sb);
    }
  }

  private static List<Evaluation.Result> elastic(
      ArticleEmbeddings semantics,
      List<Fusion> methods,
      List<Article> articles,
      List<Evaluation.Judged> queries) {
    String url = System.getenv("HOTLINE_ES_URL");
    LocalElasticsearch local = null;
    if (url == null || url.isBlank()) {
      String home = System.getenv("HOTLINE_ES_HOME");
      if (home == null || home.isBlank()) {
        throw new IllegalStateException("需要 HOTLINE_ES_URL 或 HOTLINE_ES_HOME（或使用 --no-es）");
      }
      System.out.println("starting a local Elasticsearch from " + home + " …");
      local =
          LocalElasticsearch.start(
              Path.of(home), Path.of(System.getProperty("java.io.tmpdir"), "hotline-kb-eval-es"));
      url = local.url();
    }
    try {
      String prefix = "hotline-kb-eval-" + System.nanoTime() + "-";
      return evaluate(
          "Elasticsearch", new ElasticBackend(url, prefix), semantics, methods, articles, queries);
    } finally {
      if (local != null) {
        local.close();
      }
    }
  }

  private static List<Evaluation.Result> evaluate(
      String engine,
      IndexBackend backend,
      ArticleEmbeddings semantics,
      List<Fusion> methods,
      List<Article> articles,
      List<Evaluation.Judged> queries) {
    try (var index =
        new AnalyzedKnowledgeIndex(
            backend,
            SynonymDictionary.defaults(),
            AnalysisOptions.FULL,
            semantics,
            AnalyzedKnowledgeIndex.DEFAULT_FUSION)) {
      index.clearArticles();
      index.indexArticles(articles);
      LocalDate today = LocalDate.now();
      List<Evaluation.Result> out = new ArrayList<>();
      for (Fusion f : methods) {
        Function<String, List<String>> search =
            q ->
                index.search(SearchRequest.of(q, Evaluation.DEPTH, null), today, f).stream()
                    .map(SearchHit::code)
                    .toList();
        out.add(Evaluation.run(engine + " " + f.name(), queries, search));
      }
      return out;
    }
  }

  private static Evaluation.Result lexical(
      String name,
      IndexBackend backend,
      AnalysisOptions options,
      List<Article> articles,
      List<Evaluation.Judged> queries) {
    try (var index = new AnalyzedKnowledgeIndex(backend, SynonymDictionary.defaults(), options)) {
      index.clearArticles();
      index.indexArticles(articles);
      LocalDate today = LocalDate.now();
      Function<String, List<String>> search =
          q ->
              index.search(SearchRequest.of(q, Evaluation.DEPTH, null), today).stream()
                  .map(SearchHit::code)
                  .toList();
      return Evaluation.run(name, queries, search);
    }
  }

  private static Evaluation.Result baseline(List<Article> articles, List<Evaluation.Judged> queries)
      throws IOException {
    List<StandardBaseline.Doc> docs =
        articles.stream()
            .map(
                a ->
                    new StandardBaseline.Doc(
                        a.code(),
                        a.content().title(),
                        String.join(" ", a.content().keywords()),
                        a.content().body()))
            .toList();
    try (StandardBaseline b = new StandardBaseline(docs)) {
      return Evaluation.run(
          "baseline StandardAnalyzer", queries, q -> b.search(q, Evaluation.DEPTH));
    }
  }

  private static void print(List<Evaluation.Result> results, boolean misses) {
    System.out.printf(
        "%-34s %9s %9s %7s %9s %9s%n",
        "engine / method", "recall@1", "recall@5", "MRR", "p50 ms", "p99 ms");
    for (Evaluation.Result r : results) {
      System.out.printf(
          "%-34s %9.3f %9.3f %7.3f %9.2f %9.2f%n",
          r.name(), r.recallAt1(), r.recallAt5(), r.mrr(), r.p50Millis(), r.p99Millis());
    }
    if (misses) {
      for (Evaluation.Result r : results) {
        System.out.println("\n" + r.name() + " — 首条不相关的查询:");
        r.misses().forEach(m -> System.out.println("  " + m));
      }
    }
  }

  static List<Article> articles(Path file) throws IOException {
    List<Article> out = new ArrayList<>();
    long id = 1;
    Instant now = Instant.now();
    for (ArticleLines.Line l : ArticleLines.parse(Files.readString(file, StandardCharsets.UTF_8))) {
      out.add(
          new Article(id++, l.code(), l.content(), ArticleStatus.PUBLISHED, 1, now, now, "eval"));
    }
    return out;
  }

  static List<Evaluation.Judged> queries(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Evaluation.Judged> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      LinkedHashSet<String> relevant = new LinkedHashSet<>();
      n.get("relevant").forEach(r -> relevant.add(r.asText()));
      out.add(new Evaluation.Judged(n.get("q").asText(), relevant, n.path("style").asText("")));
    }
    return out;
  }
}
