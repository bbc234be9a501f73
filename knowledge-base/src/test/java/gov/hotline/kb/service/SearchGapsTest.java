package gov.hotline.kb.service;

import static gov.hotline.kb.support.Articles.anArticle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.id.UserId;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.kb.adapter.lucene.LuceneBackend;
import gov.hotline.kb.adapter.search.AnalyzedKnowledgeIndex;
import gov.hotline.kb.domain.SearchGap;
import gov.hotline.kb.domain.SearchRequest;
import gov.hotline.kb.domain.SynonymDictionary;
import gov.hotline.kb.domain.TicketText;
import gov.hotline.kb.port.KnowledgeIndex;
import gov.hotline.kb.port.SearchLog;
import gov.hotline.kb.port.TicketTexts;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The searches people make are logged, and the editors read back the ones that found nothing. */
class SearchGapsTest {
  private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
  private static final Instant AN_HOUR_AGO = NOW.minusSeconds(3600);
  private static final Actor AGENT = actor("agent1", Role.AGENT);
  private static final Actor LEAD = actor("lead1", Role.TEAM_LEAD);

  private final MemorySearchLog log = new MemorySearchLog();
  private KnowledgeIndex index;
  private KbSearchService search;
  private KbSearchService searchAnHourAgo;

  @BeforeEach
  void open() {
    index = new AnalyzedKnowledgeIndex(LuceneBackend.inMemory(), SynonymDictionary.defaults());
    index.indexArticles(List.of(anArticle(1).title("住房公积金租房提取").body("无房职工租房可按月提取住房公积金。").build()));
    search = new KbSearchService(index, NO_TICKETS, Clock.fixed(NOW, ZoneOffset.UTC), log);
    searchAnHourAgo =
        new KbSearchService(index, NO_TICKETS, Clock.fixed(AN_HOUR_AGO, ZoneOffset.UTC), log);
  }

  @AfterEach
  void close() {
    index.close();
  }

  @Test
  void aSearchIsLoggedMaskedWithTheRoleAndTheNumberOfHits() {
    search.search(SearchRequest.of("13812345678 公积金提取", null, null), AGENT);

    assertThat(log.rows)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.query()).isEqualTo("138****5678 公积金提取");
              assertThat(r.role()).isEqualTo(Role.AGENT);
              assertThat(r.hits()).isPositive();
              assertThat(r.at()).isEqualTo(NOW);
            });
  }

  @Test
  void theGapsAreTheQuestionsThatFoundNothingMostMissedFirst() {
    searchAnHourAgo.search(SearchRequest.of("宠物狗办证", null, null), AGENT);
    searchAnHourAgo.search(SearchRequest.of("养犬登记", null, null), AGENT);
    searchAnHourAgo.search(SearchRequest.of("养犬登记", null, null), AGENT);
    searchAnHourAgo.search(SearchRequest.of("公积金提取", null, null), AGENT);

    var gaps = search.gaps(LEAD, null, null, 10);

    assertThat(gaps.items())
        .extracting(SearchGap::query, SearchGap::searches, SearchGap::misses)
        .containsExactly(tuple("养犬登记", 2L, 2L), tuple("宠物狗办证", 1L, 1L));
    assertThat(gaps.to()).isEqualTo(NOW);
    assertThat(gaps.from()).isEqualTo(NOW.minus(KbSearchService.GAPS_DEFAULT_PERIOD));
  }

  @Test
  void onlyEditorsReadTheGaps() {
    assertThatThrownBy(() -> search.gaps(AGENT, null, null, 10))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("无权编辑知识库");
  }

  @Test
  void aPeriodThatEndsBeforeItStartsIsRefused() {
    assertThatThrownBy(() -> search.gaps(LEAD, NOW, NOW.minusSeconds(1), 10))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("开始时间须早于结束时间");
  }

  @Test
  void aLogThatCannotBeWrittenDoesNotCostTheAnswer() {
    KbSearchService broken =
        new KbSearchService(
            index,
            NO_TICKETS,
            Clock.fixed(NOW, ZoneOffset.UTC),
            new MemorySearchLog() {
              @Override
              public void record(String q, int hits, Role role, Instant at) {
                throw new IllegalStateException("数据库暂不可用");
              }
            });

    assertThat(broken.search(SearchRequest.of("公积金提取", null, null), AGENT)).isNotEmpty();
  }

  private static Actor actor(String name, Role role) {
    return new Actor(new UserId(1), name, role, new UnitId("U1"));
  }

  private static final TicketTexts NO_TICKETS =
      new TicketTexts() {
        @Override
        public Optional<TicketText> find(long ticketId) {
          return Optional.empty();
        }

        @Override
        public List<TicketText> after(long afterId, int limit) {
          return List.of();
        }

        @Override
        public long count() {
          return 0;
        }
      };

  /** The search log in memory, grouping as the database does. */
  private static class MemorySearchLog implements SearchLog {
    record Row(String query, int hits, Role role, Instant at) {}

    final List<Row> rows = new ArrayList<>();

    @Override
    public void record(String query, int hits, Role role, Instant at) {
      rows.add(new Row(query, hits, role, at));
    }

    @Override
    public List<SearchGap> gaps(Instant from, Instant to, int limit) {
      Map<String, List<Row>> byQuery = new LinkedHashMap<>();
      rows.stream()
          .filter(r -> !r.at().isBefore(from) && r.at().isBefore(to))
          .forEach(r -> byQuery.computeIfAbsent(r.query(), q -> new ArrayList<>()).add(r));
      return byQuery.entrySet().stream()
          .map(
              e ->
                  new SearchGap(
                      e.getKey(),
                      e.getValue().size(),
                      e.getValue().stream().filter(r -> r.hits() == 0).count(),
                      e.getValue().stream().map(Row::at).max(Comparator.naturalOrder()).get()))
          .filter(g -> g.misses() > 0)
          .sorted(Comparator.comparingLong(SearchGap::misses).reversed())
          .limit(limit)
          .toList();
    }
  }
}
