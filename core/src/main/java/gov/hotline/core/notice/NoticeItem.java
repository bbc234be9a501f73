package gov.hotline.core.notice;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.ticket.TextRules;

/** One line of the one-time notice (一次性告知): what kind, and what the citizen was told. */
public record NoticeItem(NoticeKind kind, String text) {
  public static final int TEXT_MAX = 1000;

  public NoticeItem {
    if (kind == null) {
      throw DomainException.invalid("MISSING_FIELD", "缺少必填项：告知事项类别（kind）");
    }
    text = TextRules.required(text, "text", "告知内容", TEXT_MAX);
  }
}
