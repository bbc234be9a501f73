package gov.hotline.core.city;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.ticket.TextRules;
import java.time.Instant;

/**
 * The city's verdict (市级审核结果) on what the district reported: accepted (通过) or rejected (驳回) with
 * its reason. {@code verdictId} is the city's own id (a verdict delivered twice counts once);
 * {@code updateKey} names the update it judges, if the city says so.
 */
public record CityVerdict(
    String verdictId,
    String caseNo,
    String updateKey,
    boolean accepted,
    String reason,
    Instant at) {

  public CityVerdict {
    verdictId = TextRules.required(verdictId, "verdictId", "审核结果编号", 64);
    caseNo = TextRules.required(caseNo, "caseNo", "市级工单编号", 40);
    updateKey = TextRules.optional(updateKey, "updateKey", "报送消息编号", 80);
    reason =
        accepted
            ? TextRules.optional(reason, "reason", "审核意见", TextRules.REASON_MAX)
            : TextRules.required(reason, "reason", "驳回理由", TextRules.REASON_MAX);
    if (at == null) {
      throw DomainException.invalid("MISSING_FIELD", "缺少必填项：审核时间（at）");
    }
  }
}
