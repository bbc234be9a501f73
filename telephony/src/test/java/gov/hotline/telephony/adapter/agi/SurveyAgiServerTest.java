package gov.hotline.telephony.adapter.agi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.hotline.telephony.domain.SurveyOutcome;
import gov.hotline.telephony.domain.SurveyResult;
import gov.hotline.telephony.service.SurveyService;
import gov.hotline.telephony.support.AsteriskAgiCall;
import gov.hotline.telephony.support.MemoryTelephony;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The survey over the real Asterisk-Java FastAGI server, with a scripted Asterisk on the other end
 * of the socket: what the caller hears, what gets stored, how each session is counted.
 */
@Tag("ami")
class SurveyAgiServerTest {
  private static final String CALL = "1795290592.0";
  private static final Instant NOW = Instant.parse("2026-11-21T11:50:30Z");
  private static final String ASK = "GET DATA \"custom/hotline-survey\" 5000 1";
  private static final String THANKS = "STREAM FILE \"custom/hotline-survey-thanks\" \"\"";
  private static final String INVALID = "STREAM FILE \"custom/hotline-survey-invalid\" \"\"";

  private final MemoryTelephony store = new MemoryTelephony();
  private final List<SurveyOutcome> counted = new CopyOnWriteArrayList<>();
  private SurveyAgiServer server;
  private int port;

  @BeforeEach
  void start() {
    port = freePort();
    SurveyScript script =
        new SurveyScript(
            new SurveyService(store, Clock.fixed(NOW, ZoneOffset.UTC)),
            SurveyPrompts.defaults(),
            counted::add);
    server = SurveyAgiServer.start("127.0.0.1", port, script, 8);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private AsteriskAgiCall surveyOf(String callId) {
    return AsteriskAgiCall.to(
        port, SurveyScript.NAME + "?" + SurveyScript.CALL_ID_PARAMETER + "=" + callId);
  }

  @ParameterizedTest
  @CsvSource({"1, SATISFIED", "2, BASICALLY_SATISFIED", "3, DISSATISFIED"})
  void eachKeyIsStoredAsItsAnswerOnTheCall(String key, SurveyResult expected) {
    surveyOf(CALL).pressing(key).run();

    assertThat(store.answers().get(CALL).result()).isEqualTo(expected);
    assertThat(store.answers().get(CALL).digit()).isEqualTo(key);
    assertThat(store.answers().get(CALL).at()).isEqualTo(NOW);
  }

  @Test
  void theCallerIsAskedOnceAndThankedAfterAnswering() {
    List<String> heard = surveyOf(CALL).pressing("1").run();

    assertThat(heard).startsWith(ASK, THANKS);
    assertThat(counted).containsExactly(SurveyOutcome.ANSWERED);
  }

  @Test
  void aWrongKeyIsExplainedAndTheQuestionAskedAgain() {
    List<String> heard = surveyOf(CALL).pressing("9").pressing("2").run();

    assertThat(heard).startsWith(ASK, INVALID, ASK, THANKS);
    assertThat(store.answers().get(CALL).result()).isEqualTo(SurveyResult.BASICALLY_SATISFIED);
  }

  @Test
  void silenceOnEveryAttemptStoresNothingAfterThreeQuestions() {
    List<String> heard = surveyOf(CALL).silent().silent().silent().run();

    assertThat(heard.stream().filter(ASK::equals)).hasSize(3);
    assertThat(heard).doesNotContain(THANKS);
    assertThat(store.answers()).isEmpty();
    assertThat(counted).containsExactly(SurveyOutcome.NO_INPUT);
  }

  @Test
  void onlyWrongKeysStoreNothingAndCountAsInvalid() {
    surveyOf(CALL).pressing("0").pressing("*").pressing("4").run();

    assertThat(store.answers()).isEmpty();
    assertThat(counted).containsExactly(SurveyOutcome.INVALID);
  }

  @Test
  void hangingUpWhileAskedStoresNothingAndCountsAsHangup() {
    List<String> heard = surveyOf(CALL).hangingUp().run();

    assertThat(heard).first().isEqualTo(ASK);
    assertThat(store.answers()).isEmpty();
    assertThat(counted).containsExactly(SurveyOutcome.HANGUP);
  }

  @Test
  void aConnectionDroppedMidwayStoresNothingAndTheServerServesTheNextCall() {
    surveyOf("1795290600.1").pressing("9").dropping().run();

    surveyOf(CALL).pressing("3").run();

    assertThat(store.answers()).containsOnlyKeys(CALL);
    assertThat(counted).containsExactly(SurveyOutcome.HANGUP, SurveyOutcome.ANSWERED);
  }

  @Test
  void aSecondSurveyOfTheSameCallLeavesTheFirstAnswer() {
    surveyOf(CALL).pressing("1").run();

    surveyOf(CALL).pressing("3").run();

    assertThat(store.answers().get(CALL).result()).isEqualTo(SurveyResult.SATISFIED);
    assertThat(counted).containsExactly(SurveyOutcome.ANSWERED, SurveyOutcome.REPEATED);
  }

  @Test
  void withoutTheUrlParameterTheFirstArgumentIsTheCallId() {
    AsteriskAgiCall.to(port, SurveyScript.NAME).arguments(CALL).pressing("2").run();

    assertThat(store.answers()).containsOnlyKeys(CALL);
  }

  @Test
  void withNeitherTheChannelsUniqueidIsTheCallId() {
    AsteriskAgiCall.to(port, SurveyScript.NAME).uniqueid("1795290700.5").pressing("2").run();

    assertThat(store.answers()).containsOnlyKeys("1795290700.5");
  }

  @Test
  void aCallIdThatCannotBeOneIsNotSurveyed() {
    List<String> heard = surveyOf("x%27%3B%20DROP%20TABLE").pressing("1").run();

    assertThat(heard).doesNotContain(ASK);
    assertThat(store.answers()).isEmpty();
    assertThat(counted).containsExactly(SurveyOutcome.NO_CALL_ID);
  }

  @Test
  void anotherScriptNameRunsNothing() {
    List<String> heard = AsteriskAgiCall.to(port, "hotline-ivr?callid=" + CALL).pressing("1").run();

    assertThat(heard).doesNotContain(ASK);
    assertThat(store.answers()).isEmpty();
  }

  @Test
  void aPortInUseFailsTheStartWithAClearMessage() {
    assertThatThrownBy(() -> SurveyAgiServer.start("127.0.0.1", port, (request, channel) -> {}, 1))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("127.0.0.1:" + port);
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
