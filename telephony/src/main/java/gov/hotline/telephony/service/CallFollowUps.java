package gov.hotline.telephony.service;

import gov.hotline.telephony.domain.Call;
import gov.hotline.telephony.domain.CallFolder;
import gov.hotline.telephony.domain.IngestResult;
import gov.hotline.telephony.domain.Recording;
import gov.hotline.telephony.domain.RecordingStatus;
import gov.hotline.telephony.port.PbxCommands;
import gov.hotline.telephony.port.RecordingMetrics;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work that follows a committed batch, off the ingestion thread: a call that ended gets its
 * recording checked (once shortly after the hang-up, again when the grace period is over, when a
 * missing file becomes MISSING); a call answered without a recording in progress gets MixMonitor
 * started through AMI (when configured).
 */
public final class CallFollowUps implements Consumer<IngestResult>, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CallFollowUps.class);
  private static final int SWEEP_BATCH = 500;
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private static final Duration SUMMARY_EVERY = Duration.ofMinutes(1);

  private final RecordingService recordings;
  private final Duration grace;
  private final boolean startMixMonitor;
  private final ZoneId zone;
  private final RecordingMetrics metrics;
  private final ScheduledExecutorService executor =
      Executors.newScheduledThreadPool(
          2, Thread.ofPlatform().daemon().name("recording-check-", 0).factory());
  private final UnusableRecordings unusable = new UnusableRecordings();
  private volatile Function<String, Optional<PbxCommands>> commands = id -> Optional.empty();

  public CallFollowUps(
      RecordingService recordings,
      Duration grace,
      boolean startMixMonitor,
      ZoneId zone,
      RecordingMetrics metrics) {
    this.recordings = recordings;
    this.grace = grace;
    this.startMixMonitor = startMixMonitor;
    this.zone = zone;
    this.metrics = metrics;
    executor.scheduleAtFixedRate(
        this::summarize, SUMMARY_EVERY.toMillis(), SUMMARY_EVERY.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The commands of each server, once ingestion (which runs this) has started. */
  public void bind(Function<String, Optional<PbxCommands>> commandsOfServer) {
    this.commands = commandsOfServer;
  }

  /**
   * Settles recordings the checks after each hang-up missed (calls that ended while ingestion
   * stalled or the platform was down): shortly after the start, then every {@code period}.
   */
  public void sweepUnsettled(Duration period) {
    executor.scheduleWithFixedDelay(
        this::settle, grace.toMillis() + 2000, period.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void settle() {
    try {
      var settled = recordings.settle(SWEEP_BATCH);
      if (!settled.isEmpty()) {
        settled.forEach((status, n) -> metrics.checked(status, n));
        LOG.info("settled the recordings of calls whose checks had not concluded: {}", settled);
      }
    } catch (RuntimeException e) {
      LOG.warn("settling unchecked recordings failed", e);
    }
  }

  @Override
  public void accept(IngestResult result) {
    for (CallFolder.Change c : result.changes()) {
      Call after = c.after();
      Call before = c.before();
      if (after.ended() && (before == null || !before.ended())) {
        executor.schedule(() -> check(after.id(), false), 1, TimeUnit.SECONDS);
        executor.schedule(
            () -> check(after.id(), true), grace.toMillis() + 1500, TimeUnit.MILLISECONDS);
      }
      boolean justAnswered =
          after.times().answeredAt() != null
              && (before == null || before.times().answeredAt() == null);
      if (startMixMonitor
          && justAnswered
          && !after.ended()
          && !after.recordingStarted()
          && after.recordingFile() == null) {
        startRecording(after);
      }
    }
  }

  private void check(String callId, boolean last) {
    try {
      Optional<Recording> r = recordings.index(callId);
      r.filter(rec -> last || rec.status() != RecordingStatus.PENDING)
          .ifPresent(
              rec -> {
                if (last) {
                  metrics.checked(rec.status(), 1);
                }
                if (last && rec.expected() && !rec.status().usable()) {
                  unusable.note(callId, rec.status());
                }
              });
    } catch (RuntimeException e) {
      LOG.warn("checking the recording of call {} failed", callId, e);
    }
  }

  /**
   * The dialplan did not record this answered call: start MixMonitor on the caller's channel, named
   * as it would.
   */
  private void startRecording(Call call) {
    String channel = call.legs().isEmpty() ? null : call.legs().getFirst().channel();
    if (channel == null) {
      return;
    }
    // named by time and call id only: a file name travels (logs, listings, downloads) where numbers
    // must not
    String file =
        "hotline-"
            + STAMP.format(call.times().answeredAt().atZone(zone))
            + "-"
            + call.id()
            + ".wav";
    commands
        .apply(call.serverId())
        .ifPresent(
            cmd ->
                cmd.mixMonitor(channel, file)
                    .whenComplete(
                        (r, err) -> {
                          if (err != null || !r.success()) {
                            LOG.warn(
                                "starting MixMonitor for call {} on {} failed: {}",
                                call.id(),
                                channel,
                                err != null ? err.getMessage() : r.message());
                          } else {
                            LOG.info("started MixMonitor for call {} on {}", call.id(), channel);
                          }
                        }));
  }

  private void summarize() {
    unusable.drain().ifPresent(line -> LOG.warn("in the last {}: {}", SUMMARY_EVERY, line));
  }

  @Override
  public void close() {
    summarize();
    executor.shutdownNow();
  }
}
