package gov.hotline.infra.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.calendar.ServiceBranch;
import gov.hotline.infra.config.HotlineConfig;
import gov.hotline.infra.support.AsteriskConf;
import gov.hotline.infra.support.AsteriskConf.Step;
import gov.hotline.telephony.adapter.agi.ServiceHoursScript;
import gov.hotline.telephony.adapter.agi.SurveyAgiServer;
import gov.hotline.telephony.adapter.agi.SurveyPrompts;
import gov.hotline.telephony.adapter.agi.SurveyScript;
import gov.hotline.telephony.adapter.ami.AmiPrivileges;
import gov.hotline.telephony.adapter.recordings.DirectoryRecordingFiles;
import gov.hotline.telephony.domain.AmiServerConfig;
import gov.hotline.telephony.domain.Dialplan;
import gov.hotline.telephony.fixtures.Fixtures;
import gov.hotline.telephony.fixtures.Truth;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample Asterisk configuration in {@code infra/asterisk/} matches what the platform's code
 * expects: the AMI account and its rights, the queue, the recording file names the indexer finds,
 * the events the call folder reads and the survey's script and port. The expectations come from the
 * code (defaults, constants, the indexer itself), so a change on either side fails here.
 */
class AsteriskSampleConfigTest {
  private static final Path DIR =
      Path.of("asterisk"); // infra/asterisk: tests run in the module directory

  private final AmiServerConfig ami =
      HotlineConfig.from(Map.of("HOTLINE_AMI_HOST", "pbx")).telephony().servers().getFirst();
  private final AsteriskConf manager = AsteriskConf.read(DIR.resolve("manager.conf"));
  private final AsteriskConf queues = AsteriskConf.read(DIR.resolve("queues.conf"));
  private final AsteriskConf extensions = AsteriskConf.read(DIR.resolve("extensions.conf"));

  @Test
  void theManagerAccountIsThePlatformsDefaultUserWithEveryRightItsActionsNeed() {
    AsteriskConf.Section account = manager.section(ami.username());

    assertThat(classes(account.value("read").orElseThrow())).containsAll(AmiPrivileges.READ);
    assertThat(classes(account.value("write").orElseThrow()))
        .containsAll(AmiPrivileges.writeClasses());
  }

  @Test
  void amiListensOnThePlatformsDefaultPortAndTimestampsItsEvents() {
    AsteriskConf.Section general = manager.section("general");

    assertThat(general.value("enabled")).contains("yes");
    assertThat(general.value("port")).contains(Integer.toString(ami.port()));
    assertThat(general.value("timestampevents")).contains("yes");
  }

  @Test
  void theQueueIsTheOneThePlatformWatchesAndNamesTheAnsweringAgentOnTheCaller() {
    AsteriskConf.Section queue = queues.section(Dialplan.QUEUE);

    assertThat(queue.values("member"))
        .extracting(m -> m.substring(0, m.indexOf(',')))
        .containsExactly("PJSIP/6001", "PJSIP/6002", "PJSIP/6003", "PJSIP/6004");
    assertThat(queue.value("setinterfacevar")).contains("yes");
  }

  @Test
  void anInboundRecordingIsNamedExactlyAsInTheLabAndTheIndexerFindsItByUniqueid(
      @TempDir Path monitor) throws IOException {
    Truth.TruthCall lab = Fixtures.truth("answered").calls().getFirst();
    String pattern = assignment(extensions.steps("from-trunk"), "REC_FILE");

    String name =
        expand(
            pattern,
            Map.of(
                "${STRFTIME(${EPOCH},,%Y%m%d-%H%M%S)}",
                "20261121-194952",
                "${CALLERID(num)}",
                lab.caller(),
                "${UNIQUEID}",
                lab.uniqueid()));

    assertThat(name).isEqualTo(lab.recording());
    assertThat(foundByUniqueid(monitor, name, lab.uniqueid())).isTrue();
    assertThat(extensions.steps("from-trunk"))
        .anyMatch(s -> s.app().equals("MixMonitor") && s.args().equals("${REC_FILE}"));
  }

  @Test
  void aCallbackRecordingIsNamedExactlyAsInTheLabAndTheIndexerFindsItByUniqueid(
      @TempDir Path monitor) throws IOException {
    Truth.TruthCall lab = Fixtures.truth("originate_callback").calls().getFirst();
    String pattern = assignment(extensions.steps(Dialplan.CALLBACK_CONTEXT), "REC_FILE");

    String name =
        expand(
            pattern,
            Map.of(
                "${STRFTIME(${EPOCH},,%Y%m%d-%H%M%S)}",
                "20261121-195159", "${EXTEN}", lab.caller(), "${UNIQUEID}", lab.uniqueid()));

    assertThat(name).isEqualTo(lab.recording());
    assertThat(foundByUniqueid(monitor, name, lab.uniqueid())).isTrue();
  }

  @Test
  void eachInboundCallIsAnnouncedWithTheVariableAndUserEventTheFolderReads() {
    List<Step> steps = extensions.steps("from-trunk");

    assertThat(assignment(steps, Dialplan.CALL_ID_VARIABLE)).isNotBlank();
    assertThat(userEvent(steps, Dialplan.CALL_EVENT))
        .containsEntry("Recording", "${REC_FILE}")
        .containsKey("CallId");
    assertThat(userEvent(steps, Dialplan.AFTER_HOURS_EVENT)).isNotNull();
  }

  @Test
  void theCallbackContextIsTheOneThePlatformOriginatesIntoAndNamesTheTicket() {
    List<Step> steps = extensions.steps(Dialplan.CALLBACK_CONTEXT);

    assertThat(userEvent(steps, Dialplan.CALLBACK_EVENT))
        .containsEntry("Ticket", "${" + Dialplan.TICKET_VARIABLE + "}")
        .containsEntry("Recording", "${REC_FILE}");
  }

  @Test
  void theSurveyRunsAfterTheAgentHangsUpOnThePlatformsScriptAndDefaultPort() {
    List<Step> steps = extensions.steps("from-trunk");
    Step queue = steps.stream().filter(s -> s.app().equals("Queue")).findFirst().orElseThrow();
    Step agi =
        steps.stream()
            .filter(s -> s.app().equals("AGI") && s.args().contains("/" + SurveyScript.NAME + "?"))
            .findFirst()
            .orElseThrow();
    URI url =
        URI.create(
            agi.args()
                .replace("${HOTLINE_AGI_HOST}", "pbx-host")
                .replace("${CHANNEL(linkedid)}", "LINKEDID"));

    assertThat(queue.args().split(",")[0]).isEqualTo(Dialplan.QUEUE);
    assertThat(queue.args().split(",")[1])
        .as("Queue option c: the caller goes on after the agent hangs up")
        .contains("c");
    assertThat(steps.indexOf(agi)).isGreaterThan(steps.indexOf(queue));
    assertThat(url.getScheme()).isEqualTo("agi");
    assertThat(url.getPort())
        .isEqualTo(SurveyAgiServer.DEFAULT_PORT)
        .isEqualTo(HotlineConfig.from(Map.of()).telephony().agiPort());
    assertThat(url.getPath()).isEqualTo("/" + SurveyScript.NAME);
    assertThat(url.getQuery()).isEqualTo(SurveyScript.CALL_ID_PARAMETER + "=LINKEDID");
  }

  @Test
  void everyInboundCallAsksThePlatformForItsServiceHoursBranchBeforeAnswering() {
    List<Step> steps = extensions.steps("from-trunk");
    Step hours =
        steps.stream()
            .filter(s -> s.app().equals("AGI") && s.args().contains("/" + ServiceHoursScript.NAME))
            .findFirst()
            .orElseThrow();
    Step answer = steps.stream().filter(s -> s.app().equals("Answer")).findFirst().orElseThrow();
    URI url =
        URI.create(
            hours
                .args()
                .replace("${HOTLINE_AGI_HOST}", "pbx-host")
                .replace("${CHANNEL(linkedid)}", "LINKEDID")
                .replace("${HOTLINE_LINE}", "LINE"));

    assertThat(steps.indexOf(hours)).isLessThan(steps.indexOf(answer));
    assertThat(url.getPort()).isEqualTo(SurveyAgiServer.DEFAULT_PORT);
    assertThat(url.getPath()).isEqualTo("/" + ServiceHoursScript.NAME);
    assertThat(url.getQuery())
        .isEqualTo(
            SurveyScript.CALL_ID_PARAMETER
                + "=LINKEDID&"
                + ServiceHoursScript.LINE_PARAMETER
                + "=LINE");
  }

  @Test
  void eachServiceHoursBranchLeadsWhereThePlatformSays() {
    List<Step> steps = extensions.steps("from-trunk");
    String variable = "${" + ServiceHoursScript.VARIABLE + "}";

    for (ServiceBranch b : ServiceBranch.values()) {
      assertThat(steps)
          .as("a GotoIf on " + b)
          .anyMatch(
              s ->
                  s.app().equals("GotoIf")
                      && s.args().contains(variable)
                      && s.args().contains("\"" + b.name() + "\""));
    }
    assertThat(steps)
        .anyMatch(s -> s.app().equals("Queue") && s.args().startsWith("hotline-emergency,"));
    assertThat(queues.section("hotline-emergency").values("member")).isNotEmpty();
  }

  @Test
  void queueLogIsWrittenToAFileThePlatformCanRead() {
    AsteriskConf.Section general = AsteriskConf.read(DIR.resolve("logger.conf")).section("general");

    assertThat(general.value("queue_log")).contains("yes");
    assertThat(general.value("queue_log_to_file")).contains("yes");
  }

  @Test
  void theReadmeListsEverySoundTheSurveyPlays() throws IOException {
    String readme = Files.readString(DIR.resolve("README.md"), StandardCharsets.UTF_8);
    SurveyPrompts prompts = SurveyPrompts.defaults();

    assertThat(readme).contains(prompts.question(), prompts.invalid(), prompts.thanks());
  }

  private static Set<String> classes(String list) {
    return Arrays.stream(list.split(",")).map(String::trim).collect(Collectors.toSet());
  }

  /** The value a {@code Set(NAME=value)} step assigns. */
  private static String assignment(List<Step> steps, String variable) {
    return steps.stream()
        .filter(s -> s.app().equals("Set") && s.args().startsWith(variable + "="))
        .map(s -> s.args().substring(variable.length() + 1))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no Set(" + variable + "=…)"));
  }

  /** The headers of a {@code UserEvent(Name,Header: value,…)} step. */
  private static Map<String, String> userEvent(List<Step> steps, String name) {
    Step s =
        steps.stream()
            .filter(x -> x.app().equals("UserEvent") && x.args().startsWith(name + ","))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no UserEvent(" + name + ",…)"));
    return Arrays.stream(s.args().substring(name.length() + 1).split(","))
        .map(h -> h.split(":", 2))
        .collect(Collectors.toMap(h -> h[0].trim(), h -> h[1].trim()));
  }

  private static String expand(String pattern, Map<String, String> values) {
    String out = pattern;
    for (var e : values.entrySet()) {
      out = out.replace(e.getKey(), e.getValue());
    }
    return out;
  }

  /**
   * The platform's own indexer: a safe file name, found in the monitor directory by the channel's
   * uniqueid.
   */
  private static boolean foundByUniqueid(Path monitor, String name, String uniqueid)
      throws IOException {
    Files.write(monitor.resolve(name), new byte[44]);
    return DirectoryRecordingFiles.isSafeName(name)
        && new DirectoryRecordingFiles(monitor).findByUniqueid(uniqueid).equals(Optional.of(name));
  }
}
