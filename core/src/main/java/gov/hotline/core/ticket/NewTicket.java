package gov.hotline.core.ticket;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.id.CategoryId;

/**
 * An appeal as taken at intake (受理), validated: required fields present, texts within their limits.
 */
public record NewTicket(Caller caller, Appeal appeal) {

  /**
   * Validates raw intake fields; {@code urgency} defaults to NORMAL, {@code callerName} may be
   * empty (匿名), {@code callerPhone} may be empty on channels that do not demand it ({@link
   * Channel#phoneRequired()}).
   */
  public static NewTicket of(
      Channel channel,
      String callerName,
      String callerPhone,
      String address,
      AppealType appealType,
      String categoryId,
      Urgency urgency,
      String content,
      String callId,
      boolean confidential) {
    if (channel == null) {
      throw DomainException.invalid("MISSING_FIELD", "缺少必填项：来源渠道（channel）");
    }
    if (channel == Channel.CITY) {
      throw DomainException.invalid("CITY_CHANNEL_RESERVED", "来源渠道“市级派单”的工单只能由市级平台推送，不能手工受理");
    }
    if (appealType == null) {
      throw DomainException.invalid("MISSING_FIELD", "缺少必填项：诉求类型（appealType）");
    }
    String category = TextRules.required(categoryId, "categoryId", "问题分类", 32);
    Caller caller =
        new Caller(
            TextRules.optional(callerName, "callerName", "来电人姓名", TextRules.NAME_MAX),
            channel.phoneRequired() || !(callerPhone == null || callerPhone.isBlank())
                ? TextRules.phone(callerPhone, "callerPhone", "联系电话")
                : null,
            confidential);
    Appeal appeal =
        new Appeal(
            channel,
            appealType,
            CategoryId.of(category),
            urgency == null ? Urgency.NORMAL : urgency,
            TextRules.optional(address, "address", "地址", TextRules.ADDRESS_MAX),
            TextRules.required(content, "content", "诉求内容", TextRules.CONTENT_MAX),
            TextRules.optional(callId, "callId", "通话编号", 64));
    return new NewTicket(caller, appeal);
  }
}
