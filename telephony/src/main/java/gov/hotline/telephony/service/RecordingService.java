package gov.hotline.telephony.service;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.telephony.domain.Call;
import gov.hotline.telephony.domain.CallQuery;
import gov.hotline.telephony.domain.Leg;
import gov.hotline.telephony.domain.Playback;
import gov.hotline.telephony.domain.Recording;
import gov.hotline.telephony.domain.RecordingCheck;
import gov.hotline.telephony.domain.RecordingDay;
import gov.hotline.telephony.domain.RecordingStatus;
import gov.hotline.telephony.domain.RecordingView;
import gov.hotline.telephony.domain.WavInfo;
import gov.hotline.telephony.domain.WavInspector;
import gov.hotline.telephony.port.RecordingAccessLog;
import gov.hotline.telephony.port.RecordingFiles;
import gov.hotline.telephony.port.TelephonyTransactions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Recordings (录音): indexing each call's file (duration from the WAV header, size, SHA-256, energy),
 * showing the status, clearing playback for the roles that listen (every request audited), and the
 * daily check of calls that needed a recording against verified ones.
 */
public final class RecordingService {
  private static final Role[] LISTENERS = {Role.TEAM_LEAD, Role.MANAGER, Role.ADMIN};

  private final TelephonyTransactions store;
  private final RecordingFiles files;
  private final RecordingCheck check;
  private final Clock clock;

  public RecordingService(
      TelephonyTransactions store, RecordingFiles files, RecordingCheck check, Clock clock) {
    this.store = store;
    this.files = files;
    this.check = check;
    this.clock = clock;
  }

  /** Checks the call's recording now and stores the result. */
  public Recording index(Call call) {
    String file = call.recordingFile();
    if (file == null) {
      // the name was announced in events that were lost: the dialplan's names end with the
      // channel's uniqueid
      file =
          call.legs().stream()
              .map(Leg::uniqueid)
              .map(files::findByUniqueid)
              .flatMap(Optional::stream)
              .findFirst()
              .orElse(null);
    }
    Recording r = inspect(call, file);
    store.inTransaction(
        t -> {
          t.recordings().upsert(r);
          return null;
        });
    return r;
  }

  /** Re-checks the recording of a stored call, if the call exists. */
  public Optional<Recording> index(String callId) {
    return store.inTransaction(t -> t.calls().byId(callId)).map(this::index);
  }

  /** How far back {@link #settle} looks for calls whose recording was never settled. */
  public static final Duration SETTLE_LOOKBACK = Duration.ofDays(3);

  /**
   * Checks, again, the recordings of calls that ended more than the grace period ago and are still
   * unchecked or PENDING — calls that ended while ingestion was stalled or the platform was down,
   * whose checks after the hang-up never ran or never concluded. Each check concludes (VERIFIED,
   * SILENT, EMPTY, CORRUPT, MISSING or NONE), so a call is taken up once. Runs after a start and
   * then periodically; returns how many calls ended in each status.
   */
  public Map<RecordingStatus, Integer> settle(int limit) {
    Instant now = clock.instant();
    List<String> ids =
        store.inTransaction(
            t ->
                t.recordings()
                    .unsettled(now.minus(SETTLE_LOOKBACK), now.minus(check.grace()), limit));
    Map<RecordingStatus, Integer> out = new EnumMap<>(RecordingStatus.class);
    for (String id : ids) {
      index(id).ifPresent(r -> out.merge(r.status(), 1, Integer::sum));
    }
    return out;
  }

  private Recording inspect(Call call, String file) {
    boolean expected = RecordingCheck.expected(call);
    Optional<Path> path = file == null ? Optional.empty() : files.locate(file);
    if (path.isEmpty()) {
      return new Recording(
          call.id(),
          file,
          check.absent(call, clock.instant()),
          null,
          null,
          null,
          null,
          null,
          expected,
          clock.instant());
    }
    try (InputStream raw = Files.newInputStream(path.get());
        DigestInputStream in = new DigestInputStream(raw, MessageDigest.getInstance("SHA-256"))) {
      Optional<WavInfo> info = WavInspector.inspect(in);
      in.transferTo(OutputStream.nullOutputStream());
      String sha = HexFormat.of().formatHex(in.getMessageDigest().digest());
      long size = Files.size(path.get());
      return info.map(
              w ->
                  new Recording(
                      call.id(),
                      file,
                      check.of(w),
                      round(w.durationSeconds()),
                      size,
                      sha,
                      Double.isInfinite(w.rmsDbfs()) ? -200.0 : round(w.rmsDbfs()),
                      round(w.peak()),
                      expected,
                      clock.instant()))
          .orElseGet(
              () ->
                  new Recording(
                      call.id(),
                      file,
                      RecordingStatus.CORRUPT,
                      null,
                      size,
                      sha,
                      null,
                      null,
                      expected,
                      clock.instant()));
    } catch (IOException e) {
      return new Recording(
          call.id(),
          file,
          RecordingStatus.CORRUPT,
          null,
          null,
          null,
          null,
          null,
          expected,
          clock.instant());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The recording as the API shows it: the stored check, or what can be said before the first
   * check.
   */
  public RecordingView view(Call call, Recording r) {
    if (r != null) {
      return new RecordingView(
          r.file() != null ? r.file() : call.recordingFile(),
          r.status(),
          r.durationSeconds(),
          r.sizeBytes(),
          r.sha256(),
          r.checkedAt());
    }
    // not checked yet: only a check of the directory may conclude that a file is missing
    boolean pending = call.recordingFile() != null || RecordingCheck.expected(call);
    return new RecordingView(
        call.recordingFile(),
        pending ? RecordingStatus.PENDING : RecordingStatus.NONE,
        null,
        null,
        null,
        null);
  }

  /**
   * Clears playback of a call's recording for a listening role; every request is written to the
   * audit log.
   */
  public Playback open(String callId, Actor actor, String range) {
    if (!actor.is(LISTENERS)) {
      audit(callId, actor, range, "DENIED");
      throw DomainException.forbidden("当前角色（" + actor.role().label() + "）无权调听录音，仅限班长、管理人员、系统管理员");
    }
    Optional<Playback> playback =
        store.inTransaction(
            t ->
                t.calls()
                    .byId(callId)
                    .flatMap(
                        call -> {
                          String file =
                              t.recordings()
                                  .byCallId(callId)
                                  .map(Recording::file)
                                  .orElse(call.recordingFile());
                          return Optional.ofNullable(file)
                              .flatMap(
                                  f ->
                                      files
                                          .locate(f)
                                          .map(
                                              p ->
                                                  playback(
                                                      p,
                                                      f,
                                                      t.recordings()
                                                          .byCallId(callId)
                                                          .map(Recording::sha256)
                                                          .orElse(null))));
                        }));
    audit(callId, actor, range, playback.isPresent() ? "GRANTED" : "NOT_FOUND");
    return playback.orElseThrow(
        () -> DomainException.notFound("RECORDING_NOT_FOUND", "该通话没有可调听的录音：" + callId));
  }

  private static Playback playback(Path p, String name, String sha) {
    try {
      return new Playback(p, name, Files.size(p), sha);
    } catch (IOException e) {
      throw DomainException.notFound("RECORDING_NOT_FOUND", "录音文件无法读取：" + name);
    }
  }

  private void audit(String callId, Actor actor, String range, String result) {
    store.inTransaction(
        t -> {
          t.recordingAccess()
              .append(
                  new RecordingAccessLog.Access(
                      callId,
                      actor.userId().value(),
                      actor.username(),
                      actor.role().name(),
                      clock.instant(),
                      range,
                      result));
          return null;
        });
  }

  /**
   * The day's check (in the hotline's zone): calls that needed a recording against verified
   * recordings.
   */
  public RecordingDay day(LocalDate day, ZoneId zone) {
    var from = day.atStartOfDay(zone).toInstant();
    var to = day.plusDays(1).atStartOfDay(zone).toInstant();
    return store.inTransaction(
        t -> {
          List<Call> needing = new ArrayList<>();
          for (int page = 1; ; page++) {
            List<Call> calls =
                t.calls().search(new CallQuery(from, to, null, null, null, null, page, 200));
            calls.stream().filter(RecordingCheck::expected).forEach(needing::add);
            if (calls.size() < 200) {
              break;
            }
          }
          Map<String, Recording> recs =
              t.recordings().byCallIds(needing.stream().map(Call::id).toList()).stream()
                  .collect(Collectors.toMap(Recording::callId, Function.identity()));
          List<RecordingDay.Problem> problems = new ArrayList<>();
          int verified = 0;
          for (Call c : needing) {
            RecordingView v = view(c, recs.get(c.id()));
            if (v.status().usable()) {
              verified++;
            } else {
              problems.add(
                  new RecordingDay.Problem(
                      c.id(), c.party().number(), c.agentInterface(), v.file(), v.status().name()));
            }
          }
          return new RecordingDay(day, needing.size(), verified, problems);
        });
  }

  private static Double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
