package gov.hotline.infra.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.support.AmiRig;
import gov.hotline.infra.support.ApiClient;
import gov.hotline.infra.support.TestClock;
import gov.hotline.infra.support.TestDatabase;
import gov.hotline.telephony.fixtures.Fixtures;
import gov.hotline.telephony.simulator.RawFeed;
import gov.hotline.telephony.simulator.Replay;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Recordings end to end: the real MixMonitor files of the recording captures are indexed (duration,
 * size, SHA-256, energy), served with HTTP Range to listening roles only, every request audited, no
 * path trickery; calls that needed a recording and lack a usable one are listed in the day's check.
 */
@Tag("db")
@Tag("ami")
class RecordingApiTest {
  private static final String SPEECH_CALL = "1795291491.399";
  private static final String SILENT_CALLBACK = "1795291502.401";
  private static final String NO_FILE_CALL = "1795291510.403";
  private static final String TRUNCATED_CALL = "1795291545.408";
  private static final String ANSWERED_WITHOUT_FILE = "1795290615.2";
  private static final String SPEECH_FILE =
      "hotline-20261121-200451-13800138010-1795291491.399.wav";
  private static AmiRig rig;
  private static ApiClient api;
  private static String lead;
  private static TestDatabase db;
  private static Path dir;
  private static LocalDate day;

  @BeforeAll
  static void replayTheRecordingCaptures() throws IOException {
    dir =
        Files.createDirectories(Path.of("target", "test-data", "recordings_api_files"))
            .toAbsolutePath();
    try (var files = Files.list(Fixtures.recordings())) {
      for (Path f : files.filter(p -> p.toString().endsWith(".wav")).toList()) {
        Files.copy(f, dir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Path outside = Files.writeString(dir.getParent().resolve("secret.txt"), "not a recording");
    Files.deleteIfExists(dir.resolve("link-9.77.wav"));
    Files.createSymbolicLink(dir.resolve("link-9.77.wav"), outside);
    rig =
        AmiRig.start(
            "recordings_api",
            Map.of(
                "HOTLINE_RECORDINGS_DIR", dir.toString(), "HOTLINE_RECORDING_GRACE_SECONDS", "3"));
    api = rig.api();
    lead = rig.leadToken();
    db = rig.server().database();
    // the captures have no Timestamp headers: their calls fall on the day the server receives them,
    // kept to one day
    day = TestClock.awaitClearOfMidnight(Clock.system(TestClock.ZONE), Duration.ofMinutes(3));
    rig.sim().play(Replay.of(Fixtures.transcript("recordings"))).join();
    rig.sim().play(Replay.of(Fixtures.transcript("recordings_empty"))).join();
    rig.sim().play(Replay.of(Fixtures.transcript("answered_agent_hangup"))).join();
    rig.sim()
        .play(
            RawFeed.of(
                call("9.66", "../secret.txt"),
                call("9.77", "link-9.77.wav"),
                call("9.88", "/etc/passwd")))
        .join();
    for (String id :
        new String[] {
          SPEECH_CALL,
          SILENT_CALLBACK,
          NO_FILE_CALL,
          TRUNCATED_CALL,
          ANSWERED_WITHOUT_FILE,
          "9.66",
          "9.77",
          "9.88"
        }) {
      AmiRig.await(
          "recording of " + id + " checked for good",
          Duration.ofSeconds(30),
          () -> !"PENDING".equals(recording(id).getString("status")));
    }
  }

  /** A short answered call whose dialplan announced this recording name. */
  private static String call(String id, String recording) {
    String ch =
        "Channel: PJSIP/trunk-" + id + "\r\nUniqueid: " + id + "\r\nLinkedid: " + id + "\r\n";
    return "Event: Newchannel\r\nPrivilege: call,all\r\n"
        + ch
        + "CallerIDNum: 13900000000\r\nExten: 12345\r\n\r\n"
        + "Event: UserEvent\r\nPrivilege: user,all\r\n"
        + ch
        + "UserEvent: HotlineCall\r\nRecording: "
        + recording
        + "\r\n\r\n"
        + "Event: AgentConnect\r\nPrivilege: agent,all\r\n"
        + ch
        + "Queue: hotline\r\nInterface: PJSIP/6001\r\n"
        + "MemberName: Agent One\r\nHoldTime: 1\r\nRingTime: 1\r\n\r\n"
        + "Event: Hangup\r\nPrivilege: call,all\r\n"
        + ch
        + "Cause: 16\r\n\r\n";
  }

  @AfterAll
  static void stop() {
    rig.close();
  }

  private static JsonObject recording(String callId) {
    var r = api.get("/api/v1/calls/" + callId, lead);
    return r.status() == 200
        ? r.json().getJsonObject("recording")
        : new JsonObject().put("status", "PENDING");
  }

  @Test
  void aSpeechRecordingIsVerifiedWithDurationSizeAndChecksum() {
    JsonObject r = recording(SPEECH_CALL);

    assertThat(r.getString("file")).isEqualTo(SPEECH_FILE);
    assertThat(r.getString("status")).isEqualTo("VERIFIED");
    assertThat(r.getDouble("durationSeconds")).isEqualTo(8.28);
    assertThat(r.getLong("sizeBytes")).isEqualTo(132_524);
    assertThat(r.getString("sha256"))
        .isEqualTo("5e6cc6f9eb4548db78380e91797b8c1323e7eb7a93734b49f2d9e75cda5ac30f");
  }

  @Test
  void aSilentOrTruncatedFileDoesNotCountAsARecording() {
    assertThat(recording(SILENT_CALLBACK).getString("status")).isEqualTo("SILENT");
    assertThat(recording(TRUNCATED_CALL).getString("status")).isEqualTo("EMPTY");
  }

  @Test
  void anAnsweredCallWithoutAFileIsFlaggedMissingAndACallThatNeededNoneIsNot() {
    assertThat(recording(ANSWERED_WITHOUT_FILE).getString("status")).isEqualTo("MISSING");
    assertThat(recording(NO_FILE_CALL).getString("status")).isEqualTo("NONE");
  }

  @Test
  void aTeamLeadGetsTheWholeFile() throws IOException {
    ApiClient.Bytes r = api.getBytes("/api/v1/calls/" + SPEECH_CALL + "/recording", lead);

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("content-type")).isEqualTo("audio/wav");
    assertThat(r.header("accept-ranges")).isEqualTo("bytes");
    assertThat(r.body()).isEqualTo(Files.readAllBytes(dir.resolve(SPEECH_FILE)));
  }

  @Test
  void aRangeRequestGetsJustThoseBytes() throws IOException {
    byte[] file = Files.readAllBytes(dir.resolve(SPEECH_FILE));

    ApiClient.Bytes head =
        api.getBytes("/api/v1/calls/" + SPEECH_CALL + "/recording", lead, "Range", "bytes=0-43");
    ApiClient.Bytes tail =
        api.getBytes("/api/v1/calls/" + SPEECH_CALL + "/recording", lead, "Range", "bytes=-100");
    ApiClient.Bytes from =
        api.getBytes("/api/v1/calls/" + SPEECH_CALL + "/recording", lead, "Range", "bytes=132000-");

    assertThat(head.status()).isEqualTo(206);
    assertThat(head.header("content-range")).isEqualTo("bytes 0-43/132524");
    assertThat(head.body()).isEqualTo(Arrays.copyOfRange(file, 0, 44));
    assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(file, file.length - 100, file.length));
    assertThat(from.body()).isEqualTo(Arrays.copyOfRange(file, 132_000, file.length));
  }

  @Test
  void aRangeBeyondTheFileIs416() {
    ApiClient.Bytes r =
        api.getBytes("/api/v1/calls/" + SPEECH_CALL + "/recording", lead, "Range", "bytes=999999-");

    assertThat(r.status()).isEqualTo(416);
    assertThat(r.header("content-range")).isEqualTo("bytes */132524");
  }

  @Test
  void anAgentMayNotListenAndTheRefusalIsAudited() {
    String agent = api.login("agent1", "hotline");

    var r = api.get("/api/v1/calls/" + SPEECH_CALL + "/recording", agent);

    assertThat(r.status()).isEqualTo(403);
    assertThat(r.errorMessage()).contains("无权调听录音");
    assertThat(
            db.number(
                "SELECT count(*) FROM telephony.recording_access WHERE username = 'agent1' "
                    + "AND result = 'DENIED'"))
        .isPositive();
  }

  @Test
  void everyPlaybackIsAuditedWithWhoAndWhichRange() {
    api.getBytes("/api/v1/calls/" + SPEECH_CALL + "/recording", lead, "Range", "bytes=10-20");

    assertThat(
            db.number(
                "SELECT count(*) FROM telephony.recording_access WHERE username = 'lead1' "
                    + "AND call_id = '"
                    + SPEECH_CALL
                    + "' AND result = 'GRANTED' AND byte_range = 'bytes=10-20'"))
        .isPositive();
    assertThat(
            db.number(
                "SELECT count(*) FROM audit.audit_event WHERE action = 'RECORDING_PLAY' "
                    + "AND actor_username = 'lead1' AND target = 'call "
                    + SPEECH_CALL
                    + "' AND detail = 'bytes=10-20'"))
        .isPositive();
  }

  @Test
  void namesThatPointOutsideTheRecordingsDirectoryAreNeverServed() {
    for (String id : new String[] {"9.66", "9.77", "9.88"}) {
      ApiClient.Bytes r = api.getBytes("/api/v1/calls/" + id + "/recording", lead);

      assertThat(r.status()).as(id).isEqualTo(404);
      assertThat(new String(r.body()))
          .as(id)
          .doesNotContain("not a recording")
          .doesNotContain("root:");
    }
  }

  @Test
  void theDaysCheckListsCallsThatNeededARecordingWithoutAUsableOne() {
    JsonObject check = api.get("/api/v1/recordings/day?date=" + day, lead).json();

    assertThat(check.getInteger("verified")).isEqualTo(1);
    assertThat(check.getInteger("callsNeedingRecording")).isGreaterThanOrEqualTo(4);
    assertThat(
            check.getJsonArray("problems").stream().map(p -> ((JsonObject) p).getString("callId")))
        .contains(SILENT_CALLBACK, ANSWERED_WITHOUT_FILE)
        .doesNotContain(SPEECH_CALL, NO_FILE_CALL);
  }

  @Test
  void anAnsweredCallTheDialplanDidNotRecordGetsMixMonitorStartedThroughAmi() {
    String ch = "Channel: PJSIP/trunk-9.99\r\nUniqueid: 9.99\r\nLinkedid: 9.99\r\n";
    rig.sim()
        .play(
            RawFeed.of(
                "Event: Newchannel\r\nPrivilege: call,all\r\n"
                    + ch
                    + "CallerIDNum: 13900000099\r\nExten: 12345\r\n\r\n",
                "Event: AgentConnect\r\nPrivilege: agent,all\r\n"
                    + ch
                    + "Queue: hotline\r\nInterface: PJSIP/6002\r\n"
                    + "MemberName: Agent Two\r\nHoldTime: 2\r\nRingTime: 1\r\n\r\n"))
        .join();

    AmiRig.await(
        "MixMonitor asked for and started",
        Duration.ofSeconds(15),
        () -> {
          var call = api.get("/api/v1/calls/9.99", lead);
          return call.status() == 200
              && call.json().getJsonObject("recording").getString("file") != null;
        });

    assertThat(rig.sim().actionsReceived()).contains("MixMonitor");
    assertThat(recording("9.99").getString("file")).matches("hotline-\\d{8}-\\d{6}-9\\.99\\.wav");
  }

  @Test
  void rolesThatSeeMaskedNumbersNeverSeeTheNumberInARecordingsFileName() {
    String manager = api.login("manager1", "hotline");

    String detail = api.get("/api/v1/calls/" + SPEECH_CALL, manager).body();
    String list = api.get("/api/v1/calls?size=200", manager).body();

    assertThat(new JsonObject(detail).getJsonObject("recording").getString("file"))
        .isEqualTo("录音-" + SPEECH_CALL + ".wav");
    assertThat(detail).doesNotContain("13800138010").contains("138****8010");
    assertThat(list).doesNotContain("13800138010");
  }

  @Test
  void aRecordingIsDownloadedUnderItsCallIdNotTheCallersNumber() {
    ApiClient.Bytes r =
        api.getBytes("/api/v1/calls/" + SPEECH_CALL + "/recording", api.login("admin", "hotline"));

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("content-disposition"))
        .doesNotContain("13800138010")
        .contains("filename=\"recording-" + SPEECH_CALL + ".wav\"")
        .contains("filename*=UTF-8''%E5%BD%95%E9%9F%B3-" + SPEECH_CALL + ".wav");
  }

  @Test
  void theDaysCheckMasksNumbersForManagers() {
    String body =
        api.get("/api/v1/recordings/day?date=" + day, api.login("manager1", "hotline")).body();

    assertThat(body).doesNotContainPattern("1[3-9]\\d{9}");
    assertThat(new JsonObject(body).getJsonArray("problems")).isNotEmpty();
  }

  @Test
  void theChecksAreCountedInTheMetrics() {
    // each call's final check comes at the end of its own grace period: wait for both statuses
    AmiRig.await(
        "final checks counted",
        Duration.ofSeconds(15),
        () -> {
          String body = api.get("/metrics", null).body();
          return body.contains("hotline_recordings_checked_total{status=\"MISSING\"}")
              && body.contains("hotline_recordings_checked_total{status=\"VERIFIED\"}");
        });

    assertThat(api.get("/metrics", null).body())
        .containsPattern("hotline_recordings_checked_total\\{status=\"VERIFIED\"} [1-9]")
        .containsPattern("hotline_recordings_checked_total\\{status=\"MISSING\"} [1-9]");
  }
}
