package gov.hotline.reporting.domain;

import gov.hotline.core.calendar.ServiceBranch;
import java.time.LocalDate;

/**
 * How many citizens' calls counted on one local day took one service-hours branch (服务时间分流): the 5×8
 * queue, the 7×24 emergency queue or the after-hours message, as the dialplan was told.
 */
public record BranchDay(LocalDate day, ServiceBranch branch, long calls) {}
