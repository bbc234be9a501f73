package gov.hotline.dispatch.domain;

import gov.hotline.core.id.CategoryId;
import gov.hotline.core.ticket.AppealType;

/**
 * What a recommendation is asked for: the appeal text, its address, and optionally its type and
 * category.
 */
public record AppealFacts(
    String text, String address, AppealType appealType, CategoryId categoryId) {}
