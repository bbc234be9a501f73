package gov.hotline.reporting.domain;

/**
 * A caller's answer to the post-call survey (话后评价, 满意度测评 over FastAGI), as the telephony context
 * stored it: 1 满意, 2 基本满意, 3 不满意.
 */
public enum SurveyAnswer {
  SATISFIED,
  BASICALLY_SATISFIED,
  DISSATISFIED
}
