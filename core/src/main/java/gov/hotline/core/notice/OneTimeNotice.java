package gov.hotline.core.notice;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.ticket.TextRules;
import java.util.List;

/**
 * 一次性告知: what the citizen was told when the agent closed a consultation directly (直接办结), as a
 * checklist (materials, place, hours, fees) drawn from the knowledge-base article used ({@code
 * articleCode}, {@code articleTitle}; both null when the agent wrote the lines without an article),
 * so that the citizen need not call twice and can read it again on the tracking page.
 */
public record OneTimeNotice(String articleCode, String articleTitle, List<NoticeItem> items) {
  public static final int MAX_ITEMS = 20;

  public OneTimeNotice {
    articleCode = TextRules.optional(articleCode, "articleCode", "知识条目编号", 64);
    articleTitle = TextRules.optional(articleTitle, "articleTitle", "知识条目标题", 200);
    items = items == null ? List.of() : List.copyOf(items);
    if (items.isEmpty()) {
      throw DomainException.invalid("EMPTY_NOTICE", "一次性告知清单至少要有一项（所需材料、办理地点、办理时间或收费标准）");
    }
    if (items.size() > MAX_ITEMS) {
      throw DomainException.invalid("TOO_MANY_NOTICE_ITEMS", "一次性告知清单最多 " + MAX_ITEMS + " 项");
    }
  }
}
