package gov.hotline.core.city;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.id.CategoryId;
import gov.hotline.core.ticket.AppealType;
import gov.hotline.core.ticket.TextRules;
import gov.hotline.core.ticket.Urgency;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A case the city's 12345 centre dispatched down to the district (市级派单), validated: its own case
 * number (市级工单编号), the deadline the city set (办理时限), the category, the citizen and the text.
 */
public record CityCase(
    String caseNo,
    AppealType appealType,
    CategoryId categoryId,
    Urgency urgency,
    String citizenName,
    String citizenPhone,
    String address,
    String content,
    Instant dispatchedAt,
    Instant deadline) {

  private static final Pattern CASE_NO = Pattern.compile("[A-Za-z0-9-]{4,40}");

  /** The raw fields as the city sent them. */
  public record Input(
      String caseNo,
      String appealType,
      String categoryId,
      String urgency,
      String citizenName,
      String citizenPhone,
      String address,
      String content,
      Instant dispatchedAt,
      Instant deadline) {}

  /**
   * Validates what the city sent; a refusal is an INVALID {@link DomainException} whose message the
   * city can read (in Chinese).
   */
  public static CityCase of(Input in) {
    String no = in.caseNo() == null ? "" : in.caseNo().strip();
    if (!CASE_NO.matcher(no).matches()) {
      throw DomainException.invalid(
          "CITY_CASE_NO_INVALID", "市级工单编号缺失或格式不正确（4–40 位字母、数字或连字符）：" + no);
    }
    AppealType type = parse(AppealType.class, in.appealType(), "诉求类型", AppealType.COMPLAINT);
    Urgency urgency = parse(Urgency.class, in.urgency(), "紧急程度", Urgency.NORMAL);
    if (in.deadline() == null) {
      throw DomainException.invalid("CITY_DEADLINE_MISSING", "缺少办理时限（deadline）");
    }
    if (in.dispatchedAt() != null && !in.deadline().isAfter(in.dispatchedAt())) {
      throw DomainException.invalid("CITY_DEADLINE_INVALID", "办理时限须晚于市级派单时间");
    }
    return new CityCase(
        no,
        type,
        CategoryId.of(TextRules.required(in.categoryId(), "categoryId", "问题分类", 32)),
        urgency,
        TextRules.optional(in.citizenName(), "citizenName", "诉求人姓名", TextRules.NAME_MAX),
        TextRules.phone(in.citizenPhone(), "citizenPhone", "诉求人联系电话"),
        TextRules.optional(in.address(), "address", "地址", TextRules.ADDRESS_MAX),
        TextRules.required(in.content(), "content", "诉求内容", TextRules.CONTENT_MAX),
        in.dispatchedAt(),
        in.deadline());
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String code, String label, E def) {
    if (code == null || code.isBlank()) {
      return def;
    }
    try {
      return Enum.valueOf(type, code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid("CITY_CODE_UNKNOWN", label + "无法识别：" + code.strip());
    }
  }
}
