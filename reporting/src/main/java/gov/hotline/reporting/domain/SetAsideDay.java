package gov.hotline.reporting.domain;

import java.time.LocalDate;

/**
 * How many calls of one {@link SetAside} class started on one local day (counted when they ended,
 * like every traffic figure).
 */
public record SetAsideDay(LocalDate day, SetAside kind, long calls) {}
