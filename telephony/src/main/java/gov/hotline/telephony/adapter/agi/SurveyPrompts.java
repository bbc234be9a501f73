package gov.hotline.telephony.adapter.agi;

/**
 * The sound files the survey plays (names as Asterisk's sounds directory knows them, without
 * extension), how long it waits for a key and how often it asks. The files ship with the deployment
 * (infra/asterisk/README.md).
 *
 * @param question "请对本次服务进行评价：满意请按1，基本满意请按2，不满意请按3"
 * @param invalid "您的输入有误" (played before asking again)
 * @param thanks "感谢您的评价，再见"
 * @param timeoutMillis how long to wait for a key after the question
 * @param attempts how often to ask in all (a timeout or a wrong key uses one attempt)
 */
public record SurveyPrompts(
    String question, String invalid, String thanks, long timeoutMillis, int attempts) {
  public SurveyPrompts {
    if (attempts < 1 || timeoutMillis < 1) {
      throw new IllegalArgumentException(
          "the survey needs at least one attempt and a positive timeout");
    }
  }

  public static SurveyPrompts defaults() {
    return new SurveyPrompts(
        "custom/hotline-survey",
        "custom/hotline-survey-invalid",
        "custom/hotline-survey-thanks",
        5000,
        3);
  }
}
