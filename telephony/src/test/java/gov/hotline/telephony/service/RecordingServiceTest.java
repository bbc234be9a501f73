package gov.hotline.telephony.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.id.UserId;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.telephony.adapter.recordings.DirectoryRecordingFiles;
import gov.hotline.telephony.domain.Call;
import gov.hotline.telephony.domain.CallOutcome;
import gov.hotline.telephony.domain.Direction;
import gov.hotline.telephony.domain.Leg;
import gov.hotline.telephony.domain.Playback;
import gov.hotline.telephony.domain.Recording;
import gov.hotline.telephony.domain.RecordingCheck;
import gov.hotline.telephony.domain.RecordingDay;
import gov.hotline.telephony.domain.RecordingStatus;
import gov.hotline.telephony.port.RecordingAccessLog;
import gov.hotline.telephony.support.MemoryTelephony;
import gov.hotline.telephony.support.MutableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recordings checked against files the test writes into a recordings directory: spoken, silent, cut
 * short, garbage, absent; PENDING until the grace period after the hang-up is over, then a
 * conclusion; playback for the listening roles only, every request audited. Time is a clock the
 * test moves.
 */
class RecordingServiceTest {
  private static final Instant ENDED = Instant.parse("2026-12-04T02:00:00Z");
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final UnitId CENTER = new UnitId("center");
  private static final Actor LEAD = new Actor(new UserId(3), "lead1", Role.TEAM_LEAD, CENTER);
  private static final Actor MANAGER = new Actor(new UserId(4), "boss", Role.MANAGER, CENTER);
  private static final Actor AGENT = new Actor(new UserId(7), "agent1", Role.AGENT, CENTER);

  @TempDir Path tmp;

  /** The recordings directory, inside the temporary one so that a file can lie just outside it. */
  private Path dir;

  private final MemoryTelephony store = new MemoryTelephony();
  private final MutableClock clock = new MutableClock(ENDED.plusSeconds(1));
  private RecordingService service;

  private RecordingService service() {
    if (service == null) {
      dir = tmp.resolve("monitor");
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      service =
          new RecordingService(
              store, new DirectoryRecordingFiles(dir), RecordingCheck.defaults(), clock);
    }
    return service;
  }

  /**
   * A 16-bit mono 8 kHz WAVE of {@code seconds}: a 440 Hz tone (speech-like energy) or digital
   * silence.
   */
  private static byte[] wav(double seconds, boolean tone) {
    int samples = (int) (seconds * 8000);
    ByteBuffer b = ByteBuffer.allocate(44 + 2 * samples).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes())
        .putInt(36 + 2 * samples)
        .put("WAVE".getBytes())
        .put("fmt ".getBytes())
        .putInt(16)
        .putShort((short) 1)
        .putShort((short) 1)
        .putInt(8000)
        .putInt(16000)
        .putShort((short) 2)
        .putShort((short) 16)
        .put("data".getBytes())
        .putInt(2 * samples);
    for (int i = 0; i < samples; i++) {
      b.putShort(tone ? (short) (8000 * Math.sin(2 * Math.PI * 440 * i / 8000.0)) : 0);
    }
    return b.array();
  }

  private byte[] write(String name, byte[] content) throws IOException {
    service();
    Files.write(dir.resolve(name), content);
    return content;
  }

  private static String sha256(byte[] content) throws NoSuchAlgorithmException {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }

  /**
   * An answered citizen call that ended at {@code ended}, its recording announced as {@code file}.
   */
  private static Call answered(String id, String file, Instant ended) {
    Instant started = ended.minusSeconds(60);
    return new Call(
        id,
        "lab",
        Direction.INBOUND,
        CallOutcome.ANSWERED,
        new Call.Party("13800138000", null, "12345", null, null),
        "hotline",
        id,
        new Call.Times(
            started, started.plusSeconds(4), started.plusSeconds(10), ended, ended, null),
        new Call.Seconds(6, 50, null, null, null),
        "PJSIP/6001",
        "Agent One",
        new Call.End(16, "Normal Clearing", "caller", false),
        file,
        file != null,
        false,
        false,
        List.of(),
        List.of(new Leg(id, "PJSIP/trunk-00000001", started, ended, 16)),
        List.of());
  }

  /** A caller who hung up in the queue: no agent, no recording needed. */
  private static Call abandoned(String id, Instant ended) {
    Instant started = ended.minusSeconds(30);
    return new Call(
        id,
        "lab",
        Direction.INBOUND,
        CallOutcome.ABANDONED,
        new Call.Party("13800138001", null, "12345", null, null),
        "hotline",
        id,
        new Call.Times(started, started.plusSeconds(4), null, ended, ended, null),
        new Call.Seconds(26, null, null, null, null),
        null,
        null,
        new Call.End(16, "Normal Clearing", null, false),
        null,
        false,
        false,
        true,
        List.of(),
        List.of(new Leg(id, "PJSIP/trunk-00000002", started, ended, 16)),
        List.of());
  }

  private void stored(Call... calls) {
    store.inTransaction(
        r -> {
          r.calls().upsert(List.of(calls));
          return null;
        });
  }

  private Optional<Recording> indexed(String callId) {
    return store.inTransaction(r -> r.recordings().byCallId(callId));
  }

  @Test
  void aSpokenRecordingIsVerifiedWithItsDurationSizeAndChecksum() throws Exception {
    byte[] content = write("hotline-a-1.1.wav", wav(2, true));

    Recording r = service().index(answered("1.1", "hotline-a-1.1.wav", ENDED));

    assertThat(r.status()).isEqualTo(RecordingStatus.VERIFIED);
    assertThat(r.durationSeconds()).isEqualTo(2.0);
    assertThat(r.sizeBytes()).isEqualTo(content.length);
    assertThat(r.sha256()).isEqualTo(sha256(content));
    assertThat(r.rmsDbfs()).isCloseTo(-15.2, within(0.5));
    assertThat(r.expected()).isTrue();
    assertThat(r.checkedAt()).isEqualTo(clock.instant());
    assertThat(indexed("1.1")).contains(r);
  }

  @Test
  void digitalSilenceIsSilent() throws IOException {
    write("hotline-b-1.2.wav", wav(3, false));

    Recording r = service().index(answered("1.2", "hotline-b-1.2.wav", ENDED));

    assertThat(r.status()).isEqualTo(RecordingStatus.SILENT);
    assertThat(r.durationSeconds()).isEqualTo(3.0);
    assertThat(r.rmsDbfs()).as("minus infinity is stored as -200").isEqualTo(-200.0);
  }

  @Test
  void aFileCutShortAfterItsHeaderIsEmpty() throws IOException {
    write("hotline-c-1.3.wav", Arrays.copyOf(wav(2, true), 44 + 800));

    Recording r = service().index(answered("1.3", "hotline-c-1.3.wav", ENDED));

    assertThat(r.status()).isEqualTo(RecordingStatus.EMPTY);
    assertThat(r.durationSeconds()).isEqualTo(0.05);
  }

  @Test
  void aTruncatedFileCountsOnlyTheAudioThatIsThere() throws IOException {
    byte[] full = wav(4, true);
    write("hotline-d-1.4.wav", Arrays.copyOf(full, 44 + 16000));

    Recording r = service().index(answered("1.4", "hotline-d-1.4.wav", ENDED));

    assertThat(r.status()).isEqualTo(RecordingStatus.VERIFIED);
    assertThat(r.durationSeconds()).isEqualTo(1.0);
  }

  @Test
  void aFileThatIsNoWaveIsCorruptButStillMeasured() throws Exception {
    byte[] garbage = write("hotline-e-1.5.wav", "this is not a wave file at all".getBytes());

    Recording r = service().index(answered("1.5", "hotline-e-1.5.wav", ENDED));

    assertThat(r.status()).isEqualTo(RecordingStatus.CORRUPT);
    assertThat(r.sizeBytes()).isEqualTo(garbage.length);
    assertThat(r.sha256()).isEqualTo(sha256(garbage));
    assertThat(r.durationSeconds()).isNull();
  }

  @Test
  void aMissingFileIsPendingDuringTheGracePeriod() {
    Recording r = service().index(answered("1.6", "hotline-f-1.6.wav", ENDED));

    assertThat(r.status()).isEqualTo(RecordingStatus.PENDING);
    assertThat(r.file()).isEqualTo("hotline-f-1.6.wav");
  }

  @Test
  void aMissingFileIsMissingOnceTheGracePeriodIsOver() {
    clock.advance(RecordingCheck.defaults().grace());

    Recording r = service().index(answered("1.7", "hotline-g-1.7.wav", ENDED));

    assertThat(r.status()).isEqualTo(RecordingStatus.MISSING);
  }

  @Test
  void aCallThatNeededNoRecordingHasNone() {
    clock.advance(Duration.ofMinutes(1));

    Recording r = service().index(abandoned("2.1", ENDED));

    assertThat(r.status()).isEqualTo(RecordingStatus.NONE);
    assertThat(r.expected()).isFalse();
  }

  @Test
  void aFileWhoseNameWasLostIsFoundByTheChannelsUniqueid() throws IOException {
    write("hotline-20261204-100000-13800138000-1.8.wav", wav(1, true));

    Recording r = service().index(answered("1.8", null, ENDED));

    assertThat(r.file()).isEqualTo("hotline-20261204-100000-13800138000-1.8.wav");
    assertThat(r.status()).isEqualTo(RecordingStatus.VERIFIED);
  }

  @Test
  void aNameReachingOutOfTheDirectoryIsNeverOpened() throws IOException {
    service();
    Files.write(tmp.resolve("secret-1.9.wav"), wav(1, true));
    clock.advance(Duration.ofMinutes(1));

    Recording r = service().index(answered("1.9", "../secret-1.9.wav", ENDED));

    assertThat(r.status()).isEqualTo(RecordingStatus.MISSING);
    assertThat(r.sha256()).isNull();
  }

  @Test
  void reindexingAStoredCallByIdReplacesItsCheck() throws IOException {
    stored(answered("1.10", "hotline-h-1.10.wav", ENDED));
    assertThat(service().index("1.10"))
        .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(RecordingStatus.PENDING));
    write("hotline-h-1.10.wav", wav(1, true));

    assertThat(service().index("1.10"))
        .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(RecordingStatus.VERIFIED));
    assertThat(indexed("1.10"))
        .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(RecordingStatus.VERIFIED));
    assertThat(service().index("no-such-call")).isEmpty();
  }

  @Test
  void settlingConcludesTheUncheckedAndPendingCallsPastTheGracePeriodOnly() throws IOException {
    Instant now = ENDED.plus(Duration.ofHours(1));
    stored(
        answered("3.1", "rec-3.1.wav", ENDED), // never checked, file there
        answered("3.2", "rec-3.2.wav", ENDED.plusSeconds(1)), // checked PENDING, file never came
        answered("3.3", "rec-3.3.wav", now.minusSeconds(2)), // still within the grace period
        answered("3.4", "rec-3.4.wav", now.minus(Duration.ofDays(4))), // older than the look-back
        abandoned("3.5", ENDED.plusSeconds(2))); // never checked, needed none
    write("rec-3.1.wav", wav(1, true));
    store.inTransaction(
        r -> {
          r.recordings()
              .upsert(
                  new Recording(
                      "3.2",
                      "rec-3.2.wav",
                      RecordingStatus.PENDING,
                      null,
                      null,
                      null,
                      null,
                      null,
                      true,
                      ENDED.plusSeconds(1)));
          return null;
        });
    clock.advance(Duration.between(clock.instant(), now));

    Map<RecordingStatus, Integer> settled = service().settle(100);

    assertThat(settled)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                RecordingStatus.VERIFIED, 1, RecordingStatus.MISSING, 1, RecordingStatus.NONE, 1));
    assertThat(indexed("3.3")).isEmpty();
    assertThat(indexed("3.4")).isEmpty();
    assertThat(service().settle(100)).as("each call is taken up once").isEmpty();
  }

  @Test
  void settlingTakesTheOldestCallsFirstUpToTheLimit() {
    stored(
        answered("4.2", "x-4.2.wav", ENDED.plusSeconds(10)), answered("4.1", "x-4.1.wav", ENDED));
    clock.advance(Duration.ofMinutes(5));

    service().settle(1);

    assertThat(indexed("4.1")).isPresent();
    assertThat(indexed("4.2")).isEmpty();
  }

  @Test
  void beforeItsFirstCheckARecordingThatIsNeededShowsAsPending() {
    assertThat(service().view(answered("5.1", null, ENDED), null).status())
        .isEqualTo(RecordingStatus.PENDING);
    assertThat(service().view(abandoned("5.2", ENDED), null).status())
        .isEqualTo(RecordingStatus.NONE);
  }

  @Test
  void aTeamLeadOrManagerPlaysARecordingAndEachRequestIsAudited() throws Exception {
    byte[] content = write("rec-6.1.wav", wav(1, true));
    Call call = answered("6.1", "rec-6.1.wav", ENDED);
    stored(call);
    service().index(call);

    Playback p = service().open("6.1", LEAD, "bytes=0-99");
    service().open("6.1", MANAGER, null);

    assertThat(p.fileName()).isEqualTo("rec-6.1.wav");
    assertThat(p.sizeBytes()).isEqualTo(content.length);
    assertThat(p.sha256()).isEqualTo(sha256(content));
    assertThat(Files.readAllBytes(p.path())).isEqualTo(content);
    assertThat(store.accessLog())
        .containsExactly(
            new RecordingAccessLog.Access(
                "6.1", 3, "lead1", "TEAM_LEAD", clock.instant(), "bytes=0-99", "GRANTED"),
            new RecordingAccessLog.Access(
                "6.1", 4, "boss", "MANAGER", clock.instant(), null, "GRANTED"));
  }

  @Test
  void anAgentMayNotListenAndTheRefusalIsAudited() throws IOException {
    write("rec-6.2.wav", wav(1, true));
    stored(answered("6.2", "rec-6.2.wav", ENDED));

    assertThatThrownBy(() -> service().open("6.2", AGENT, null))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ErrorKind.FORBIDDEN);
              assertThat(e).hasMessage("当前角色（座席员）无权调听录音，仅限班长、管理人员、系统管理员");
            });
    assertThat(store.accessLog())
        .extracting(RecordingAccessLog.Access::result)
        .containsExactly("DENIED");
  }

  @Test
  void aCallWithoutAFileToPlayIsNotFoundAndAudited() {
    stored(answered("6.3", "rec-6.3.wav", ENDED));

    assertThatThrownBy(() -> service().open("6.3", LEAD, null))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
              assertThat(e.code()).isEqualTo("RECORDING_NOT_FOUND");
              assertThat(e).hasMessage("该通话没有可调听的录音：6.3");
            });
    assertThatThrownBy(() -> service().open("no-such-call", LEAD, null))
        .isInstanceOf(DomainException.class);
    assertThat(store.accessLog())
        .extracting(RecordingAccessLog.Access::result)
        .containsExactly("NOT_FOUND", "NOT_FOUND");
  }

  @Test
  void playbackUsesTheIndexedFileWhenTheCallNeverNamedIt() throws IOException {
    write("hotline-x-6.4.wav", wav(1, true));
    Call call = answered("6.4", null, ENDED);
    stored(call);
    service().index(call);

    assertThat(service().open("6.4", LEAD, null).fileName()).isEqualTo("hotline-x-6.4.wav");
  }

  @Test
  void theDaysCheckCountsCallsNeedingARecordingAgainstVerifiedOnes() throws IOException {
    Instant day = LocalDate.of(2026, 12, 4).atStartOfDay(SHANGHAI).toInstant();
    write("ok-7.1.wav", wav(1, true));
    write("quiet-7.2.wav", wav(1, false));
    Call verified = answered("7.1", "ok-7.1.wav", day.plus(Duration.ofHours(9)));
    Call silent = answered("7.2", "quiet-7.2.wav", day.plus(Duration.ofHours(10)));
    Call unchecked = answered("7.3", "gone-7.3.wav", day.plus(Duration.ofHours(11)));
    Call tomorrow = answered("7.4", "ok-7.1.wav", day.plus(Duration.ofHours(25)));
    stored(verified, silent, unchecked, tomorrow, abandoned("7.5", day.plus(Duration.ofHours(12))));
    service().index(verified);
    service().index(silent);

    RecordingDay report = service().day(LocalDate.of(2026, 12, 4), SHANGHAI);

    assertThat(report.callsNeedingRecording()).isEqualTo(3);
    assertThat(report.verified()).isEqualTo(1);
    assertThat(report.problems())
        .extracting(RecordingDay.Problem::callId, RecordingDay.Problem::status)
        .containsExactlyInAnyOrder(tuple("7.2", "SILENT"), tuple("7.3", "PENDING"));
  }
}
