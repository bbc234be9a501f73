package gov.hotline.kb.domain;

import gov.hotline.core.notice.NoticeItem;
import gov.hotline.core.notice.NoticeKind;
import gov.hotline.core.notice.OneTimeNotice;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one-time notice (一次性告知) an article offers: its sections on materials, place, hours and fees,
 * found by the headings editors write ({@code 【所需材料】…}, {@code 二、办理地点：…}, {@code 收费标准：…}). The
 * article's text is kept as written; an article without such sections offers none.
 */
public final class NoticeChecklist {
  /** A heading at the start of a line: 【X】, or X： after an optional 一、 / 1. numbering. */
  private static final Pattern HEADING =
      Pattern.compile(
          "^\\s*(?:[一二三四五六七八九十]+[、.．]|\\d+[、.．)）])?\\s*(?:【([^】]{2,10})】|([^：:，。]{2,10})[：:])\\s*(.*)$");

  private static final Map<NoticeKind, List<String>> HEADINGS = new EnumMap<>(NoticeKind.class);

  static {
    HEADINGS.put(NoticeKind.MATERIALS, List.of("所需材料", "申请材料", "办理材料", "提交材料", "材料"));
    HEADINGS.put(NoticeKind.PLACE, List.of("办理地点", "办理渠道", "受理地点", "办理地址", "受理渠道", "地点"));
    HEADINGS.put(NoticeKind.HOURS, List.of("办理时间", "受理时间", "工作时间", "办公时间", "开放时间", "办理时限", "时限"));
    HEADINGS.put(NoticeKind.FEES, List.of("收费标准", "办理费用", "收费", "费用"));
  }

  private NoticeChecklist() {}

  /** The checklist lines of an article body, in the order the article gives them. */
  public static List<NoticeItem> items(String body) {
    List<NoticeItem> out = new ArrayList<>();
    if (body == null) {
      return out;
    }
    for (String line : body.split("\\R")) {
      Matcher m = HEADING.matcher(line);
      if (!m.matches()) {
        continue;
      }
      String heading = m.group(1) != null ? m.group(1) : m.group(2);
      String text = m.group(3).strip();
      Optional<NoticeKind> kind = kindOf(heading.strip());
      if (kind.isPresent() && !text.isEmpty()) {
        out.add(new NoticeItem(kind.get(), text));
      }
    }
    return out;
  }

  /** The notice of {@code article}, if it has any checklist lines. */
  public static Optional<OneTimeNotice> of(Article article) {
    List<NoticeItem> items = items(article.content().body());
    return items.isEmpty()
        ? Optional.empty()
        : Optional.of(new OneTimeNotice(article.code(), article.content().title(), items));
  }

  private static Optional<NoticeKind> kindOf(String heading) {
    for (var e : HEADINGS.entrySet()) {
      for (String h : e.getValue()) {
        if (heading.equals(h) || heading.endsWith(h) && heading.length() <= h.length() + 2) {
          return Optional.of(e.getKey());
        }
      }
    }
    return Optional.empty();
  }
}
