package gov.hotline.telephony.domain.qa;

import gov.hotline.core.error.DomainException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A version of the scorecard (质检评分表) admins define: its items' weights add up to {@value
 * #FULL_MARKS}. Every change is a new version; a score keeps the version it was given on.
 */
public record Scorecard(
    int version, String name, List<ScorecardItem> items, Instant createdAt, String createdBy) {
  public static final int FULL_MARKS = 100;

  public Scorecard {
    items = List.copyOf(items);
  }

  /**
   * A new scorecard (version given by the store), checked: a name, 1–30 items, distinct codes,
   * weights summing 100.
   */
  public static Scorecard define(String name, List<ScorecardItem> items, Instant at, String by) {
    if (name == null || name.isBlank() || name.strip().length() > 40) {
      throw DomainException.invalid("INVALID_SCORECARD", "请填写评分表名称（不超过 40 个字）");
    }
    if (items.isEmpty() || items.size() > 30) {
      throw DomainException.invalid("INVALID_SCORECARD", "评分表需要 1 到 30 个评分项");
    }
    Set<String> codes = new HashSet<>();
    for (ScorecardItem i : items) {
      if (!codes.add(i.code())) {
        throw DomainException.invalid("INVALID_SCORECARD", "评分项代码重复：" + i.code());
      }
    }
    int sum = items.stream().mapToInt(ScorecardItem::weight).sum();
    if (sum != FULL_MARKS) {
      throw DomainException.invalid("INVALID_SCORECARD", "评分项分值合计须为 100，现为 " + sum);
    }
    return new Scorecard(0, name.strip(), items, at, by);
  }

  public Optional<ScorecardItem> item(String code) {
    return items.stream().filter(i -> i.code().equals(code)).findFirst();
  }

  /**
   * The points of each item checked against this card (every item with a weight scored, from 0 to
   * its weight; only fatal items can be failed) as item scores in the card's order.
   */
  public List<ItemScore> check(Map<String, Integer> points, Set<String> fatalFailed) {
    for (String code : points.keySet()) {
      item(code)
          .orElseThrow(() -> DomainException.invalid("UNKNOWN_QA_ITEM", "评分表中没有该评分项：" + code));
    }
    for (String code : fatalFailed) {
      if (!item(code).map(ScorecardItem::fatal).orElse(false)) {
        throw DomainException.invalid("UNKNOWN_QA_ITEM", "不是致命项：" + code);
      }
    }
    return items.stream()
        .map(
            i -> {
              Integer p = points.get(i.code());
              if (p == null && i.weight() > 0) {
                throw DomainException.invalid(
                    "QA_ITEM_MISSING", "请为评分项打分：" + i.label() + "（" + i.code() + "）");
              }
              int given = p == null ? 0 : p;
              if (given < 0 || given > i.weight()) {
                throw DomainException.invalid(
                    "QA_POINTS_OUT_OF_RANGE",
                    "评分项 " + i.label() + " 的得分须在 0 到 " + i.weight() + " 之间：" + given);
              }
              return new ItemScore(i.code(), given, fatalFailed.contains(i.code()));
            })
        .toList();
  }

  /** The total of checked item scores: their sum, or 0 when a fatal item failed. */
  public static int total(List<ItemScore> scores) {
    return scores.stream().anyMatch(ItemScore::fatalFailed)
        ? 0
        : scores.stream().mapToInt(ItemScore::points).sum();
  }
}
