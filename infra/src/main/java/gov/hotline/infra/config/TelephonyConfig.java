package gov.hotline.infra.config;

import gov.hotline.core.calendar.ServiceHours;
import gov.hotline.infra.config.HotlineConfig.ConfigException;
import gov.hotline.telephony.adapter.agi.SurveyAgiServer;
import gov.hotline.telephony.domain.AmiServerConfig;
import gov.hotline.telephony.service.IngestLeaseKeeper;
import gov.hotline.telephony.verticle.AmiIngestion;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Telephony settings. One Asterisk server with {@code HOTLINE_AMI_HOST} (+ {@code _PORT}, {@code
 * _USER}, {@code _SECRET}, {@code _QUEUE_LOG}), or several with {@code
 * HOTLINE_AMI_SERVERS=pbx1,pbx2} and {@code HOTLINE_AMI_PBX1_HOST} … per server. Without any, the
 * demo starts the AMI simulator instead. The FastAGI satisfaction survey listens on {@code
 * HOTLINE_AGI_BIND}:{@code HOTLINE_AGI_PORT} (4573; 0 turns it off). Ingestion is DEGRADED on
 * {@code /health} once its oldest unstored frame is older than {@code
 * HOTLINE_AMI_LAG_DEGRADED_SECONDS}; recordings still unsettled are re-checked every {@code
 * HOTLINE_RECORDING_SWEEP_SECONDS}. The same FastAGI port answers the dialplan's service-hours
 * question by the business calendar and {@code HOTLINE_SERVICE_HOURS} (09:00-17:00); the dialled
 * numbers in {@code HOTLINE_EMERGENCY_LINES} (comma-separated) are answered 7×24 by the emergency
 * queue when the hotline is closed. Among several instances on one database, the one holding a
 * server's ingestion lease ingests it: {@code HOTLINE_INSTANCE_ID} names this instance (default:
 * host name and process id), {@code HOTLINE_AMI_LEASE_MS} is how long a lease lasts unrenewed
 * (3000: renewed every second, taken over within about four seconds of the holder's end).
 */
public record TelephonyConfig(
    List<AmiServerConfig> servers,
    Path recordingsDir,
    int shortAbandonSeconds,
    int queueCapacity,
    boolean startMixMonitor,
    int simulatorPort,
    double simulatorCallsPerMinute,
    Duration recordingGrace,
    int reconcileEveryMinutes,
    int wrapUpSeconds,
    double simulatorSpeed,
    String agiBind,
    int agiPort,
    Duration ingestLagLimit,
    Duration recordingSweep,
    ServiceHours serviceHours,
    String instanceId,
    Duration ingestLease,
    Path amiSpoolDir) {

  /** What the ingestion chains run with. */
  public AmiIngestion.Settings ingestion() {
    return new AmiIngestion.Settings(
        shortAbandonSeconds,
        queueCapacity,
        reconcileEveryMinutes,
        ingestLagLimit,
        wrapUpSeconds,
        new IngestLeaseKeeper.Settings(instanceId, ingestLease),
        amiSpoolDir);
  }

  /** This process on a shared database: the host name and the process id. */
  static String defaultInstanceId() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "localhost";
    }
    return host + "-" + ProcessHandle.current().pid();
  }

  /**
   * The clock of everything telephony stamps (the live board, pauses, recordings, surveys, QA):
   * Asterisk's own, the machine's real time, which AMI events, recording files and queue_log carry.
   * The business clock's offset ({@code HOTLINE_CLOCK_START}) must not shift it, or a call would
   * seem to end before it began.
   */
  public Clock pbxClock() {
    return Clock.systemUTC();
  }

  static TelephonyConfig from(HotlineConfig.Settings s, Path dataDir) {
    Duration ping = Duration.ofMillis(s.integer("HOTLINE_AMI_PING_MS", 1000, 100, 2000));
    Duration pingTimeout =
        Duration.ofMillis(s.integer("HOTLINE_AMI_PING_TIMEOUT_MS", 2000, 200, 30_000));
    List<AmiServerConfig> servers = new ArrayList<>();
    String list = s.text("HOTLINE_AMI_SERVERS", "");
    if (!list.isBlank()) {
      for (String id :
          Arrays.stream(list.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList()) {
        servers.add(
            server(
                s,
                id,
                "HOTLINE_AMI_" + id.toUpperCase(Locale.ROOT).replace('-', '_') + "_",
                ping,
                pingTimeout));
      }
    } else if (!s.text("HOTLINE_AMI_HOST", "").isBlank()) {
      servers.add(
          server(s, s.text("HOTLINE_AMI_SERVER_ID", "pbx1"), "HOTLINE_AMI_", ping, pingTimeout));
    }
    return new TelephonyConfig(
        List.copyOf(servers),
        Path.of(s.text("HOTLINE_RECORDINGS_DIR", dataDir.resolve("recordings").toString()))
            .toAbsolutePath(),
        s.integer("HOTLINE_SHORT_ABANDON_SECONDS", 10, 0, 600),
        s.integer("HOTLINE_AMI_QUEUE_CAPACITY", 100_000, 100, 10_000_000),
        Boolean.parseBoolean(s.text("HOTLINE_AMI_START_MIXMONITOR", "true")),
        s.integer("HOTLINE_SIM_PORT", 0, 0, 65535),
        s.integer("HOTLINE_SIM_CALLS_PER_MINUTE", 6, 0, 6000),
        Duration.ofSeconds(s.integer("HOTLINE_RECORDING_GRACE_SECONDS", 5, 0, 3600)),
        s.integer("HOTLINE_RECONCILE_EVERY_MINUTES", 10, 0, 24 * 60),
        s.integer("HOTLINE_WRAPUP_SECONDS", 3, 0, 3600),
        s.integer("HOTLINE_SIM_SPEED", 1, 1, 100),
        s.text("HOTLINE_AGI_BIND", "0.0.0.0"),
        s.integer("HOTLINE_AGI_PORT", SurveyAgiServer.DEFAULT_PORT, 0, 65535),
        Duration.ofSeconds(s.integer("HOTLINE_AMI_LAG_DEGRADED_SECONDS", 30, 1, 3600)),
        Duration.ofSeconds(s.integer("HOTLINE_RECORDING_SWEEP_SECONDS", 60, 5, 24 * 3600)),
        serviceHours(s),
        s.text("HOTLINE_INSTANCE_ID", defaultInstanceId()),
        Duration.ofMillis(s.integer("HOTLINE_AMI_LEASE_MS", 3000, 500, 30_000)),
        Path.of(s.text("HOTLINE_AMI_SPOOL_DIR", dataDir.resolve("ami-spool").toString()))
            .toAbsolutePath());
  }

  private static ServiceHours serviceHours(HotlineConfig.Settings s) {
    String hours = s.text("HOTLINE_SERVICE_HOURS", "09:00-17:00");
    Set<String> lines =
        Arrays.stream(s.text("HOTLINE_EMERGENCY_LINES", "").split(","))
            .map(String::trim)
            .filter(x -> !x.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
    try {
      return ServiceHours.parse(hours, lines);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(
          "HOTLINE_SERVICE_HOURS 须为 开始-结束 的时刻，例如 09:00-17:00（开始早于结束）：" + hours);
    }
  }

  private static AmiServerConfig server(
      HotlineConfig.Settings s, String id, String prefix, Duration ping, Duration pingTimeout) {
    String host = s.text(prefix + "HOST", "");
    if (host.isBlank()) {
      throw new ConfigException("缺少 Asterisk 服务器 " + id + " 的地址：" + prefix + "HOST");
    }
    String queueLog = s.text(prefix + "QUEUE_LOG", "");
    return new AmiServerConfig(
        id,
        host,
        s.integer(prefix + "PORT", 5038, 1, 65535),
        s.text(prefix + "USER", "hotline"),
        s.text(prefix + "SECRET", ""),
        queueLog.isBlank() ? null : Path.of(queueLog),
        ping,
        pingTimeout);
  }

  /** The configuration as printed at start-up: no secrets. */
  @Override
  public String toString() {
    return "ami="
        + (servers.isEmpty() ? "simulator" : servers)
        + " recordings="
        + recordingsDir
        + " agi="
        + (agiPort == 0 ? "off" : agiBind + ":" + agiPort)
        + " serviceHours="
        + serviceHours.opens()
        + "-"
        + serviceHours.closes()
        + " emergencyLines="
        + serviceHours.emergencyLines()
        + " instance="
        + instanceId
        + " lease="
        + ingestLease.toMillis()
        + "ms";
  }
}
