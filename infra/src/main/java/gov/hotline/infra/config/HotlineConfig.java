package gov.hotline.infra.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * All server configuration in one typed place. Sources, later ones winning: built-in defaults, the
 * file named by {@code HOTLINE_CONFIG} (a properties file using the same HOTLINE_* keys), then
 * environment variables. Secrets belong in the environment only.
 */
public record HotlineConfig(
    String httpHost,
    int httpPort,
    int httpInstances,
    int maxBodyBytes,
    String dbUrl,
    String dbUser,
    String dbPassword,
    int dbPoolSize,
    Duration dbWait,
    Path dataDir,
    String adminPassword,
    int tokenTtlHours,
    String ticketPrefix,
    ZoneId zone,
    Clock clock,
    double[] unitScoreWeights,
    LocalTime reportTime,
    SearchEngine searchEngine,
    String esUrl,
    String esIndexPrefix,
    TelephonyConfig telephony,
    DispatchConfig dispatch,
    ReportConfig reports,
    SecurityConfig security,
    CityConfig city) {

  /** Which engine serves knowledge-base search. */
  public enum SearchEngine {
    LUCENE,
    ELASTICSEARCH
  }

  public static final String DEFAULT_DB_URL = "jdbc:postgresql://localhost:5432/hotline";

  /** Reads the configuration from the process environment (and the file it names). */
  public static HotlineConfig load() {
    return from(System.getenv());
  }

  public static HotlineConfig from(Map<String, String> env) {
    Map<String, String> values = new HashMap<>();
    String file = env.get("HOTLINE_CONFIG");
    if (file != null && !file.isBlank()) {
      values.putAll(readFile(Path.of(file)));
    }
    env.forEach(
        (k, v) -> {
          if (k.startsWith("HOTLINE_")) {
            values.put(k, v);
          }
        });
    Settings s = new Settings(values);
    Path dataDir = Path.of(s.text("HOTLINE_DATA_DIR", ".hotline/data")).toAbsolutePath();
    ZoneId zone = ZoneId.of(s.text("HOTLINE_TIMEZONE", "Asia/Shanghai"));
    return new HotlineConfig(
        s.text("HOTLINE_HTTP_HOST", "0.0.0.0"),
        s.integer("HOTLINE_HTTP_PORT", 8080, 0, 65535),
        s.integer(
            "HOTLINE_HTTP_INSTANCES", 2 * Runtime.getRuntime().availableProcessors() * 8, 1, 512),
        s.integer("HOTLINE_MAX_BODY_BYTES", 256 * 1024, 1024, 64 * 1024 * 1024),
        s.text("HOTLINE_DB_URL", DEFAULT_DB_URL),
        s.text("HOTLINE_DB_USER", "postgres"),
        s.text("HOTLINE_DB_PASSWORD", ""),
        s.integer("HOTLINE_DB_POOL_SIZE", 16, 1, 500),
        // how long a request waits for a connection before it answers 503: fail fast in an outage
        Duration.ofMillis(s.integer("HOTLINE_DB_WAIT_MS", 1500, 250, 60_000)),
        dataDir,
        s.text("HOTLINE_ADMIN_PASSWORD", ""),
        s.integer("HOTLINE_TOKEN_TTL_HOURS", 12, 1, 24 * 30),
        s.text("HOTLINE_TICKET_PREFIX", "HD"),
        zone,
        s.clock("HOTLINE_CLOCK_START", zone),
        s.weights("HOTLINE_UNIT_SCORE_WEIGHTS", "0.2,0.4,0.4"),
        s.time("HOTLINE_REPORT_TIME", "01:00"),
        s.engine("HOTLINE_SEARCH_ENGINE"),
        s.text("HOTLINE_ES_URL", "http://localhost:9200"),
        s.text("HOTLINE_ES_INDEX_PREFIX", "hotline-kb-"),
        TelephonyConfig.from(s, dataDir),
        DispatchConfig.from(s),
        ReportConfig.from(s),
        SecurityConfig.from(s),
        CityConfig.from(s));
  }

  /** The configuration as printed at start-up: no secrets. */
  @Override
  public String toString() {
    return "http="
        + httpHost
        + ":"
        + httpPort
        + " instances="
        + httpInstances
        + " db="
        + dbUrl
        + " user="
        + dbUser
        + " pool="
        + dbPoolSize
        + " dbWait="
        + dbWait.toMillis()
        + "ms"
        + " dataDir="
        + dataDir
        + " zone="
        + zone
        + " search="
        + searchEngine
        + (searchEngine == SearchEngine.ELASTICSEARCH ? " es=" + esUrl : "")
        + " "
        + telephony
        + " "
        + security
        + " "
        + city;
  }

  private static Map<String, String> readFile(Path p) {
    Properties props = new Properties();
    try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      props.load(r);
    } catch (IOException e) {
      throw new ConfigException("配置文件无法读取：" + p + "（" + e.getMessage() + "）");
    }
    Map<String, String> out = new HashMap<>();
    props.forEach((k, v) -> out.put(k.toString().trim(), v.toString().trim()));
    return out;
  }

  /** Typed access with clear messages for bad values. */
  record Settings(Map<String, String> values) {
    String text(String key, String def) {
      String v = values.get(key);
      return v == null || v.isBlank() ? def : v.trim();
    }

    LocalTime time(String key, String def) {
      String v = text(key, def);
      try {
        return LocalTime.parse(v);
      } catch (DateTimeParseException e) {
        throw new ConfigException(key + " 须为时刻，格式 HH:mm，例如 01:00：" + v);
      }
    }

    /** Three non-negative weights "响应率,解决率,满意率", e.g. 0.2,0.4,0.4. */
    double[] weights(String key, String def) {
      String[] parts = text(key, def).split(",");
      try {
        if (parts.length != 3) {
          throw new NumberFormatException();
        }
        double[] w =
            new double[] {
              Double.parseDouble(parts[0]),
              Double.parseDouble(parts[1]),
              Double.parseDouble(parts[2])
            };
        if (w[0] < 0 || w[1] < 0 || w[2] < 0 || w[0] + w[1] + w[2] <= 0) {
          throw new NumberFormatException();
        }
        return w;
      } catch (RuntimeException e) {
        throw new ConfigException(
            key + " 须为三个非负数，以逗号分隔（响应率,解决率,满意率 的权重），例如 0.2,0.4,0.4：" + text(key, def));
      }
    }

    /**
     * The business clock: the system clock, or — for tests, training and demos of a chosen day —
     * one that starts at the given moment and runs on from there. Telephony keeps the PBX's time
     * (events are stamped as they arrive).
     */
    Clock clock(String key, ZoneId zone) {
      String v = text(key, "");
      if (v.isEmpty()) {
        return Clock.system(zone);
      }
      try {
        Instant start = OffsetDateTime.parse(v).toInstant();
        Clock system = Clock.system(zone);
        return Clock.offset(system, Duration.between(system.instant(), start));
      } catch (DateTimeParseException e) {
        throw new ConfigException(key + " 须为带时区的时刻，例如 2026-11-18T10:00:00+08:00：" + v);
      }
    }

    SearchEngine engine(String key) {
      String v = text(key, "lucene").toLowerCase(Locale.ROOT);
      return switch (v) {
        case "lucene", "embedded" -> SearchEngine.LUCENE;
        case "elasticsearch", "es" -> SearchEngine.ELASTICSEARCH;
        default -> throw new ConfigException(key + " 取值无效：" + v + "（可选：lucene、elasticsearch）");
      };
    }

    int integer(String key, int def, int min, int max) {
      String v = values.get(key);
      if (v == null || v.isBlank()) {
        return def;
      }
      try {
        int n = Integer.parseInt(v.trim());
        if (n < min || n > max) {
          throw new ConfigException(key + " 超出范围 [" + min + ", " + max + "]：" + v);
        }
        return n;
      } catch (NumberFormatException e) {
        throw new ConfigException(key + " 必须是整数：" + v);
      }
    }
  }

  /** A configuration value that cannot be used; the process stops with this message. */
  public static final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
      super(message);
    }
  }
}
