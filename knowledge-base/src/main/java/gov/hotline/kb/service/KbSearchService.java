package gov.hotline.kb.service;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.user.Actor;
import gov.hotline.kb.domain.KbRules;
import gov.hotline.kb.domain.LoggedQuery;
import gov.hotline.kb.domain.SearchGap;
import gov.hotline.kb.domain.SearchHit;
import gov.hotline.kb.domain.SearchRequest;
import gov.hotline.kb.domain.SimilarTicket;
import gov.hotline.kb.domain.Suggestion;
import gov.hotline.kb.domain.TicketText;
import gov.hotline.kb.port.KnowledgeIndex;
import gov.hotline.kb.port.SearchLog;
import gov.hotline.kb.port.TicketTexts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Searching the knowledge base, suggestions while typing, and similar earlier tickets. */
public final class KbSearchService {
  private static final Logger LOG = LoggerFactory.getLogger(KbSearchService.class);
  public static final int SUGGEST_MAX = 20;
  public static final int SIMILAR_MAX = 50;

  public static final int GAPS_MAX = 500;
  public static final Duration GAPS_DEFAULT_PERIOD = Duration.ofDays(30);

  private final KnowledgeIndex index;
  private final TicketTexts tickets;
  private final Clock clock;
  private final SearchLog log;

  public KbSearchService(KnowledgeIndex index, TicketTexts tickets, Clock clock) {
    this(index, tickets, clock, SearchLog.NONE);
  }

  public KbSearchService(KnowledgeIndex index, TicketTexts tickets, Clock clock, SearchLog log) {
    this.index = index;
    this.tickets = tickets;
    this.clock = clock;
    this.log = log;
  }

  public List<SearchHit> search(SearchRequest request) {
    return index.search(request, today());
  }

  /**
   * A search by a person: logged (masked, with the role and the number of hits) for the editors.
   */
  public List<SearchHit> search(SearchRequest request, Actor actor) {
    List<SearchHit> hits = search(request);
    try {
      log.record(LoggedQuery.of(request.query()), hits.size(), actor.role(), clock.instant());
    } catch (RuntimeException e) {
      // the answer comes from the index: a database that cannot take the log row must not cost it
      LOG.warn("the search could not be logged: {}", e.getMessage());
    }
    return hits;
  }

  /** The unanswered questions of a period, and the period (defaults filled in). */
  public record Gaps(Instant from, Instant to, List<SearchGap> items) {}

  /**
   * 检索盲点: the questions of {@code [from, to)} that found nothing, for the editors; without {@code
   * to} up to now, without {@code from} the 30 days before {@code to}.
   */
  public Gaps gaps(Actor actor, Instant fromOrNull, Instant toOrNull, int limit) {
    KbRules.requireEditor(actor);
    Instant to = toOrNull == null ? clock.instant() : toOrNull;
    Instant from = fromOrNull == null ? to.minus(GAPS_DEFAULT_PERIOD) : fromOrNull;
    if (!from.isBefore(to)) {
      throw DomainException.invalid("INVALID_PERIOD", "统计区间无效：开始时间须早于结束时间");
    }
    if (limit < 1 || limit > GAPS_MAX) {
      throw DomainException.invalid("INVALID_LIMIT", "参数 limit 取值应在 1 到 " + GAPS_MAX + " 之间");
    }
    return new Gaps(from, to, log.gaps(from, to, limit));
  }

  /** What an agent reads when a search finds nothing. */
  public static final String NO_ANSWER = "未找到相关知识";

  /**
   * Ways on after a search that found nothing: titles that start like the query (if any), then how
   * to ask again.
   */
  public List<String> noAnswerSuggestions(String query) {
    List<String> out = new ArrayList<>();
    String q = query == null ? "" : query.strip();
    if (!q.isEmpty()) {
      String prefix = q.length() > 4 ? q.substring(0, 4) : q;
      index.suggest(prefix, 3, today()).forEach(s -> out.add("可查看：" + s.title()));
    }
    out.add("换个说法，用事项或政策名称检索（如“公积金提取”“社保卡补办”）");
    out.add("检查错别字，或输入拼音首字母（如 gjj、sbk）");
    out.add("仍未找到的问题请告知班长，由知识库编辑补充");
    return out;
  }

  public List<Suggestion> suggest(String prefix, int limit) {
    if (prefix == null || prefix.isBlank()) {
      return List.of();
    }
    if (prefix.strip().length() > SearchRequest.QUERY_MAX) {
      throw DomainException.invalid(
          "QUERY_TOO_LONG", "输入过长：最多 " + SearchRequest.QUERY_MAX + " 个字符");
    }
    return index.suggest(prefix.strip(), Math.max(1, Math.min(SUGGEST_MAX, limit)), today());
  }

  /** Earlier tickets like this one; the ticket must exist (callers check who may see it). */
  public List<SimilarTicket> similar(long ticketId, int limit) {
    if (limit < 1 || limit > SIMILAR_MAX) {
      throw DomainException.invalid("INVALID_LIMIT", "参数 limit 取值应在 1 到 " + SIMILAR_MAX + " 之间");
    }
    TicketText t =
        tickets
            .find(ticketId)
            .orElseThrow(() -> DomainException.notFound("TICKET_NOT_FOUND", "工单不存在：" + ticketId));
    return index.similarTickets(t, limit);
  }

  /** Earlier tickets like an appeal not saved yet (the agent is still typing it), best first. */
  public List<SimilarTicket> similarToText(String text, String address, int limit) {
    if (limit < 1 || limit > SIMILAR_MAX) {
      throw DomainException.invalid("INVALID_LIMIT", "参数 limit 取值应在 1 到 " + SIMILAR_MAX + " 之间");
    }
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return index.similarTickets(
        new TicketText(0, null, null, address, text.strip(), clock.instant()), limit);
  }

  /** Indexes one ticket (after it was created). */
  public void indexTicket(long ticketId) {
    tickets.find(ticketId).ifPresent(t -> index.indexTickets(List.of(t)));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
