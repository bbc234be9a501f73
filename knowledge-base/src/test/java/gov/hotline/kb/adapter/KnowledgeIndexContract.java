package gov.hotline.kb.adapter;

import static gov.hotline.kb.support.Articles.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.hotline.kb.domain.ArticleStatus;
import gov.hotline.kb.domain.SearchHit;
import gov.hotline.kb.domain.SearchRequest;
import gov.hotline.kb.domain.SimilarTicket;
import gov.hotline.kb.domain.SynonymDictionary;
import gov.hotline.kb.domain.TicketText;
import gov.hotline.kb.port.KnowledgeIndex;
import gov.hotline.kb.service.Evaluation;
import gov.hotline.kb.support.Articles;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every knowledge-base engine must show; run against the embedded Lucene engine and
 * against a real Elasticsearch node by the two subclasses.
 */
public abstract class KnowledgeIndexContract {
  protected static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
  protected KnowledgeIndex index;

  /** A fresh, empty index using the shipped synonym dictionary. */
  protected abstract KnowledgeIndex newIndex();

  @BeforeEach
  void open() {
    index = newIndex();
  }

  @AfterEach
  void close() {
    index.close();
  }

  private List<SearchHit> search(String q) {
    return index.search(SearchRequest.of(q, 10, null), TODAY);
  }

  private List<String> codes(String q) {
    return search(q).stream().map(SearchHit::code).toList();
  }

  @Test
  void theSampleKnowledgeBaseAnswersItsJudgedQueriesFirst() throws Exception {
    index.indexArticles(Articles.sample());
    List<Evaluation.Judged> judged = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : Articles.resource("/kb-sample/queries.jsonl").split("\n")) {
      if (!line.isBlank()) {
        var n = json.readTree(line);
        LinkedHashSet<String> rel = new LinkedHashSet<>();
        n.get("relevant").forEach(r -> rel.add(r.asText()));
        judged.add(new Evaluation.Judged(n.get("q").asText(), rel, n.get("style").asText()));
      }
    }

    Evaluation.Result r = Evaluation.run("engine", judged, this::codes);

    assertThat(r.recallAt1()).as("recall@1, misses: %s", r.misses()).isGreaterThanOrEqualTo(0.95);
    assertThat(r.mrr()).as("MRR").isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void synonymsAndAbbreviationsFindTheArticleWrittenWithTheOtherName() {
    index.indexArticles(
        List.of(
            anArticle(1).title("社会保障卡补换办理").body("社会保障卡丢失后可在银行网点挂失补办。").build(),
            anArticle(2).title("住房公积金租房提取").body("无房职工租房可按月提取住房公积金。").build(),
            anArticle(3).title("居住证首次办理").body("非本市户籍人员可申领北京市居住证。").build()));

    assertThat(codes("社保卡丢了")).first().isEqualTo("KB1001");
    assertThat(codes("gjj 租房")).first().isEqualTo("KB1002");
    assertThat(codes("暂住证怎么办")).first().isEqualTo("KB1003");
  }

  @Test
  void homophoneTyposAndUnsegmentedWordsStillMatch() {
    index.indexArticles(
        List.of(
            anArticle(1).title("市政路灯不亮报修").body("路灯夜间不亮可拨打热线报修。").build(),
            anArticle(2).title("遗嘱公证办理").body("立遗嘱可到公证处办理遗嘱公证。").build()));

    assertThat(codes("路等不亮")).first().isEqualTo("KB1001");
    assertThat(codes("遗嘱公正")).first().isEqualTo("KB1002");
  }

  @Test
  void titlesAndKeywordsOutrankAPassingMentionInTheBody() {
    index.indexArticles(
        List.of(
            anArticle(1).title("老年助餐服务").body("社区养老驿站提供助餐，也可联系物业咨询供暖问题。").build(),
            anArticle(2).title("供暖不热报修").keywords("暖气不热").body("供暖期室温不达标可报修。").build()));

    assertThat(codes("暖气不热")).first().isEqualTo("KB1002");
  }

  @Test
  void hitsCarryEscapedHighlightedSnippetsAndNeverExecuteMarkup() {
    index.indexArticles(
        List.of(
            anArticle(1)
                .title("<b>护照</b>申领")
                .body("第一行无关。\n办理护照需要身份证<script>alert(1)</script>。")
                .build()));

    SearchHit hit = search("护照").get(0);

    assertThat(hit.highlightedTitle()).isEqualTo("&lt;b&gt;<em>护照</em>&lt;/b&gt;申领");
    assertThat(hit.snippets())
        .singleElement()
        .asString()
        .contains("办理<em>护照</em>")
        .contains("&lt;script&gt;")
        .doesNotContain("<script>");
  }

  @Test
  void onlyPublishedArticlesInsideTheirValidityPeriodAreFound() {
    index.indexArticles(
        List.of(
            anArticle(1).title("护照申领 现行").build(),
            anArticle(2).title("护照申领 草稿").status(ArticleStatus.DRAFT).build(),
            anArticle(3)
                .title("护照申领 已过期")
                .valid(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31))
                .build(),
            anArticle(4).title("护照申领 未生效").valid(LocalDate.of(2027, 1, 1), null).build()));

    assertThat(codes("护照申领")).containsExactly("KB1001");
  }

  @Test
  void retiringOrRemovingAnArticleTakesItOutOfTheNextSearch() {
    var a = anArticle(1).title("公园年票办理").build();
    index.indexArticles(List.of(a, anArticle(2).title("公园健身器材报修").build()));
    assertThat(codes("公园")).contains("KB1001");

    index.indexArticles(
        List.of(a.next(a.content(), ArticleStatus.RETIRED, "lead1", Instant.now())));
    index.removeArticle(2);

    assertThat(codes("公园")).isEmpty();
  }

  @Test
  void aCategoryFilterKeepsOnlyThatCategory() {
    index.indexArticles(
        List.of(
            anArticle(1).title("医保报销").category("医疗保障").build(),
            anArticle(2).title("工伤医疗报销").category("社会保险").build()));

    assertThat(index.search(SearchRequest.of("报销", 10, "社会保险"), TODAY))
        .extracting(SearchHit::code)
        .containsExactly("KB1002");
  }

  @Test
  void querySyntaxCharactersAreJustText() {
    index.indexArticles(List.of(anArticle(1).title("护照申领").build()));

    for (String q : List.of("\"(*?:\\", "护照 AND (", "title:护照*", "~!@#$%^&[]{}|/", "<script>")) {
      assertThat(search(q)).as(q).isNotNull();
    }
    assertThat(codes("护照\"(*?:\\")).containsExactly("KB1001");
  }

  @Test
  void aLongRamblingQueryStillFindsTheAnswer() {
    index.indexArticles(Articles.sample());
    String story = "我家住一楼，窗户外面那棵大杨树好几年没人修了，树枝都顶到玻璃上了，一刮风哗哗地响，也挡光。".repeat(20);

    assertThat(codes(story.substring(0, SearchRequest.QUERY_MAX))).first().isEqualTo("KB9009");
  }

  @Test
  void suggestionsCompleteTitlesFromTheirStartOrAWordInside() {
    index.indexArticles(Articles.sample());

    assertThat(index.suggest("普通护", 5, TODAY)).extracting(s -> s.title()).containsExactly("普通护照申领");
    assertThat(index.suggest("签注", 5, TODAY)).extracting(s -> s.code()).contains("KB9002");
    assertThat(index.suggest("   ", 5, TODAY)).isEmpty();
  }

  @Test
  void similarTicketsAreEarlierTicketsAboutTheSameProblemNeverTheTicketItself() {
    Instant t = Instant.parse("2026-06-09T01:00:00Z");
    TicketText earlier = new TicketText(1, "HD1", "GY03", "海淀区清河安宁里", "安宁里小区突然停电，整栋楼没电", t);
    TicketText unrelated =
        new TicketText(2, "HD2", "SR03", "海淀区中关村", "路边有人摆摊占道经营", t.plusSeconds(60));
    TicketText current =
        new TicketText(3, "HD3", "GY03", "海淀区清河安宁里", "安宁里停电了，家里没电", t.plusSeconds(120));
    TicketText later =
        new TicketText(4, "HD4", "GY03", "海淀区清河安宁里", "安宁里停电还没恢复", t.plusSeconds(180));
    index.indexTickets(List.of(earlier, unrelated, current, later));

    List<SimilarTicket> similar = index.similarTickets(current, 10);

    assertThat(similar).extracting(SimilarTicket::ticketNo).containsExactly("HD1");
    assertThat(similar.get(0).snippet()).contains("<em>停电</em>");
  }

  @Test
  void aNewSynonymDictionaryAppliesToArticlesIndexedAfterIt() {
    index.useSynonyms(SynonymDictionary.parse("城市管理,城管"));
    index.indexArticles(List.of(anArticle(1).title("城市管理综合执法").build()));

    assertThat(codes("城管")).containsExactly("KB1001");
  }
}
