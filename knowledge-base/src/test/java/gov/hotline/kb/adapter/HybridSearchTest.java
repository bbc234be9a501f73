package gov.hotline.kb.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.hotline.kb.adapter.elastic.ElasticBackend;
import gov.hotline.kb.adapter.lucene.LuceneBackend;
import gov.hotline.kb.adapter.search.AnalyzedKnowledgeIndex;
import gov.hotline.kb.domain.Article;
import gov.hotline.kb.domain.ArticleStatus;
import gov.hotline.kb.domain.SearchHit;
import gov.hotline.kb.domain.SearchRequest;
import gov.hotline.kb.domain.SimilarTicket;
import gov.hotline.kb.domain.SynonymDictionary;
import gov.hotline.kb.domain.TicketText;
import gov.hotline.kb.service.ArticleLines;
import gov.hotline.kb.service.Evaluation;
import gov.hotline.kb.support.Articles;
import gov.hotline.kb.support.ElasticsearchTestNode;
import gov.hotline.kb.support.SharedSemantics;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hybrid retrieval on both engines over the evaluation knowledge base (the 30 sample articles and
 * 20 written for this set, with confusable pairs such as 公积金租房/购房/还贷提取): held-out queries of every
 * style reach the targets, both engines return the same ranking, and queries without an answer find
 * nothing.
 */
@Tag("elasticsearch")
class HybridSearchTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
  private static AnalyzedKnowledgeIndex lucene;
  private static AnalyzedKnowledgeIndex elastic;

  @BeforeAll
  static void index() {
    List<Article> articles = articles("/kb-eval/articles.jsonl");
    lucene =
        new AnalyzedKnowledgeIndex(
            LuceneBackend.inMemory(), SynonymDictionary.defaults(), SharedSemantics.get());
    elastic =
        new AnalyzedKnowledgeIndex(
            new ElasticBackend(
                ElasticsearchTestNode.url(), "hotline-kb-hybrid-eval-" + System.nanoTime() + "-"),
            SynonymDictionary.defaults(),
            SharedSemantics.get());
    lucene.indexArticles(articles);
    elastic.indexArticles(articles);
  }

  @AfterAll
  static void close() {
    lucene.close();
    elastic.close();
  }

  static List<Article> articles(String resource) {
    List<Article> out = new ArrayList<>();
    long id = 1;
    Instant t = Instant.parse("2026-11-20T01:00:00Z");
    for (var l : ArticleLines.parse(Articles.resource(resource))) {
      out.add(new Article(id++, l.code(), l.content(), ArticleStatus.PUBLISHED, 1, t, t, "test"));
    }
    return out;
  }

  static List<Evaluation.Judged> queries(String resource) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<Evaluation.Judged> out = new ArrayList<>();
    for (String line : Articles.resource(resource).split("\n")) {
      if (!line.isBlank()) {
        var n = json.readTree(line);
        LinkedHashSet<String> rel = new LinkedHashSet<>();
        n.get("relevant").forEach(r -> rel.add(r.asText()));
        out.add(new Evaluation.Judged(n.get("q").asText(), rel, n.get("style").asText()));
      }
    }
    return out;
  }

  private static List<String> codes(AnalyzedKnowledgeIndex index, String q) {
    return index.search(SearchRequest.of(q, 10, null), TODAY).stream()
        .map(SearchHit::code)
        .toList();
  }

  @Test
  void heldOutQueriesReachTheTargetsOnBothEngines() throws Exception {
    List<Evaluation.Judged> held = queries("/kb-eval/heldout-queries.jsonl");
    for (AnalyzedKnowledgeIndex index : List.of(lucene, elastic)) {
      double r5 = 0;
      double mrr = 0;
      List<String> misses = new ArrayList<>();
      for (Evaluation.Judged q : held) {
        List<String> ranked = codes(index, q.query());
        long found = ranked.stream().limit(5).filter(q.relevant()::contains).count();
        r5 += (double) found / Math.min(5, q.relevant().size());
        int rank = 0;
        for (int i = 0; i < ranked.size() && rank == 0; i++) {
          if (q.relevant().contains(ranked.get(i))) {
            rank = i + 1;
          }
        }
        mrr += rank == 0 ? 0 : 1.0 / rank;
        if (rank != 1) {
          misses.add(q.query() + " → " + ranked);
        }
      }
      assertThat(r5 / held.size())
          .as("%s recall@5, misses %s", index.engine(), misses)
          .isGreaterThanOrEqualTo(0.98);
      assertThat(mrr / held.size())
          .as("%s MRR, misses %s", index.engine(), misses)
          .isGreaterThanOrEqualTo(0.92);
    }
  }

  @Test
  void bothEnginesRankEveryQueryTheSame() throws Exception {
    List<Evaluation.Judged> all = new ArrayList<>(queries("/kb-eval/heldout-queries.jsonl"));
    all.addAll(queries("/kb-eval/dev-queries.jsonl"));
    for (Evaluation.Judged q : all) {
      assertThat(elastic.search(SearchRequest.of(q.query(), 10, null), TODAY))
          .as(q.query())
          .usingRecursiveFieldByFieldElementComparatorIgnoringFields("score")
          .isEqualTo(lucene.search(SearchRequest.of(q.query(), 10, null), TODAY));
    }
  }

  @Test
  void pinyinInitialsFindTheirArticles() {
    for (AnalyzedKnowledgeIndex index : List.of(lucene, elastic)) {
      assertThat(codes(index, "gjj").subList(0, 3))
          .containsExactlyInAnyOrder("KB8001", "KB8002", "KB8003");
      assertThat(codes(index, "sbk").subList(0, 2)).containsExactlyInAnyOrder("KB8004", "KB8005");
      assertThat(codes(index, "公积金咋取").subList(0, 3))
          .containsExactlyInAnyOrder("KB8001", "KB8002", "KB8003");
    }
  }

  @Test
  void aQuestionWithoutAnAnswerFindsNothing() {
    for (AnalyzedKnowledgeIndex index : List.of(lucene, elastic)) {
      for (String q : List.of("推荐一款好玩的手机游戏", "你是机器人吗", "asdfgh", "哈哈哈哈哈")) {
        assertThat(codes(index, q)).as(q).isEmpty();
      }
    }
  }

  @Test
  void withoutPublicHousingFundArticlesTheFundQuestionDoesNotStartWithTheHongKongPermit() {
    try (var sampleOnly =
        new AnalyzedKnowledgeIndex(
            LuceneBackend.inMemory(), SynonymDictionary.defaults(), SharedSemantics.get())) {
      sampleOnly.indexArticles(Articles.sample());
      List<String> fund = codes(sampleOnly, "公积金咋取");
      assertThat(fund.isEmpty() ? "" : fund.get(0)).isNotEqualTo("KB9002");
      assertThat(codes(sampleOnly, "港澳通行证签注")).first().isEqualTo("KB9002");
    }
  }

  @Test
  void aDuplicateInOtherWordsFromAnotherCallerIsFoundOnBothEngines() {
    Instant t = Instant.parse("2026-11-20T01:00:00Z");
    var first =
        new TicketText(
            101,
            "HD101",
            "GY02",
            "海淀区清河街道安宁里小区",
            "来电人反映：安宁里小区5号楼从昨天晚上开始一直没有自来水，做饭洗漱都成问题，希望尽快恢复供水。",
            t);
    var other =
        new TicketText(
            102, "HD102", "SR03", "海淀区中关村大街", "来电人反映：中关村大街路口有商贩占道摆摊卖水果，影响行人通行。", t.plusSeconds(60));
    var noise =
        new TicketText(
            103, "HD103", "GY03", "海淀区学院路", "来电人反映：学院路小区楼道灯坏了，晚上上下楼看不见。", t.plusSeconds(90));
    // another caller, the same building, no shared wording beyond the place
    var dup =
        new TicketText(
            0, null, null, "海淀区清河安宁里", "市民称家里水龙头拧开一滴水都没有，整栋楼停水快一天了。", t.plusSeconds(3600));
    for (AnalyzedKnowledgeIndex index : List.of(lucene, elastic)) {
      index.indexTickets(List.of(first, other, noise));
      var found = index.similarTickets(dup, 5);
      assertThat(found).as(index.engine()).isNotEmpty();
      assertThat(found.get(0).ticketNo()).as(index.engine()).isEqualTo("HD101");
      assertThat(found).extracting(SimilarTicket::ticketNo).doesNotContain("HD102");
    }
  }

  @Test
  void aLongArticlesLaterSectionIsReachable() {
    String filler = "本条目说明办理流程。".repeat(40);
    Article a =
        Articles.anArticle(77)
            .title("社区综合服务事项")
            .body(
                "【总则】"
                    + filler
                    + "\n【宠物登记】"
                    + filler
                    + "\n【犬只免疫】养犬人应每年带犬只到指定动物诊疗机构接种狂犬病疫苗，并办理犬类免疫证明。")
            .build();
    try (var index =
        new AnalyzedKnowledgeIndex(
            LuceneBackend.inMemory(), SynonymDictionary.defaults(), SharedSemantics.get())) {
      index.indexArticles(
          List.of(a, Articles.anArticle(78).title("老年助餐服务").body("社区提供助餐。").build()));
      assertThat(codes(index, "狗要打狂犬疫苗去哪")).first().isEqualTo(a.code());
    }
  }
}
