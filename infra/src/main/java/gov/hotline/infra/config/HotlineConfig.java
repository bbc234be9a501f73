package gov.hotline.infra.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * All server configuration in one typed place. Sources, later ones winning: built-in defaults, the file named by
 * {@code HOTLINE_CONFIG} (a properties file using the same HOTLINE_* keys), then environment variables.
 * Secrets belong in the environment only.
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
    Path dataDir,
    String adminPassword,
    int tokenTtlHours,
    String ticketPrefix,
    ZoneId zone,
    TelephonyConfig telephony) {

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
    env.forEach((k, v) -> {
      if (k.startsWith("HOTLINE_")) {
        values.put(k, v);
      }
    });
    Settings s = new Settings(values);
    Path dataDir = Path.of(s.text("HOTLINE_DATA_DIR", ".hotline/data")).toAbsolutePath();
    return new HotlineConfig(
        s.text("HOTLINE_HTTP_HOST", "0.0.0.0"),
        s.integer("HOTLINE_HTTP_PORT", 8080, 0, 65535),
        s.integer("HOTLINE_HTTP_INSTANCES", 2 * Runtime.getRuntime().availableProcessors() * 8, 1, 512),
        s.integer("HOTLINE_MAX_BODY_BYTES", 256 * 1024, 1024, 64 * 1024 * 1024),
        s.text("HOTLINE_DB_URL", DEFAULT_DB_URL),
        s.text("HOTLINE_DB_USER", "postgres"),
        s.text("HOTLINE_DB_PASSWORD", ""),
        s.integer("HOTLINE_DB_POOL_SIZE", 16, 1, 500),
        dataDir,
        s.text("HOTLINE_ADMIN_PASSWORD", ""),
        s.integer("HOTLINE_TOKEN_TTL_HOURS", 12, 1, 24 * 30),
        s.text("HOTLINE_TICKET_PREFIX", "HD"),
        ZoneId.of(s.text("HOTLINE_TIMEZONE", "Asia/Shanghai")),
        TelephonyConfig.from(s, dataDir));
  }

  public HotlineConfig withHttpPort(int port) {
    return new HotlineConfig(httpHost, port, httpInstances, maxBodyBytes, dbUrl, dbUser, dbPassword, dbPoolSize,
        dataDir, adminPassword, tokenTtlHours, ticketPrefix, zone, telephony);
  }

  public HotlineConfig withDb(String url, String user, String password) {
    return new HotlineConfig(httpHost, httpPort, httpInstances, maxBodyBytes, url, user, password, dbPoolSize,
        dataDir, adminPassword, tokenTtlHours, ticketPrefix, zone, telephony);
  }

  /** The configuration as printed at start-up: no secrets. */
  @Override
  public String toString() {
    return "http=" + httpHost + ":" + httpPort + " instances=" + httpInstances + " db=" + dbUrl + " user=" + dbUser
        + " pool=" + dbPoolSize + " dataDir=" + dataDir + " zone=" + zone + " " + telephony;
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
    public ConfigException(String message) {
      super(message);
    }
  }
}
