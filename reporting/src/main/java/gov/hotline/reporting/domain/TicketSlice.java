package gov.hotline.reporting.domain;

import gov.hotline.core.ticket.AppealType;
import gov.hotline.core.ticket.Channel;
import java.time.LocalDate;

/**
 * Counters of one day, intake channel (渠道), appeal type (诉求类型) and second-level category (问题分类).
 * Rollups store slices; reports merge them.
 */
public record TicketSlice(
    LocalDate day,
    Channel channel,
    AppealType appealType,
    String categoryId,
    TicketCounters counters) {

  /** A stable text key, for comparing two ways of computing the same slices. */
  public String key() {
    return day + " " + channel + " " + appealType + " " + categoryId;
  }
}
