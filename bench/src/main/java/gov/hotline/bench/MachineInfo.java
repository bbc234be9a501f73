package gov.hotline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What the figures were measured on, read from the JDK and, where readable, Linux's /proc. */
final class MachineInfo {

  private MachineInfo() {}

  static List<String> describe() {
    Runtime.Version v = Runtime.version();
    return List.of(
        "cores        "
            + Runtime.getRuntime().availableProcessors()
            + " (Runtime.availableProcessors)",
        "CPU          " + cpuModel(),
        "memory       " + totalMemory(),
        "OS           "
            + System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"),
        "JDK          "
            + v.feature()
            + " ("
            + System.getProperty("java.vm.vendor")
            + " "
            + System.getProperty("java.vm.name")
            + " "
            + v
            + ")",
        "load average " + loadAverage() + " (1/5/15 min, before the run)");
  }

  private static String cpuModel() {
    for (String line : lines("/proc/cpuinfo")) {
      if (line.startsWith("model name")) {
        return line.substring(line.indexOf(':') + 1).strip();
      }
    }
    return "unknown (/proc/cpuinfo not readable)";
  }

  private static String totalMemory() {
    for (String line : lines("/proc/meminfo")) {
      if (line.startsWith("MemTotal:")) {
        long kib = Long.parseLong(line.replaceAll("\\D+", ""));
        return String.format(
            Locale.ROOT, "%.1f GiB (/proc/meminfo MemTotal)", kib / 1024.0 / 1024.0);
      }
    }
    return "unknown (/proc/meminfo not readable)";
  }

  private static String loadAverage() {
    List<String> l = lines("/proc/loadavg");
    if (l.isEmpty()) {
      return "unknown";
    }
    String[] f = l.get(0).split("\\s+");
    return f.length >= 3 ? f[0] + " " + f[1] + " " + f[2] : l.get(0);
  }

  /**
   * Aggregate CPU jiffies from the first line of /proc/stat: {busy, total}, or null where
   * unreadable. Busy excludes idle and iowait, so busy/total over an interval is the share of all
   * cores that was working.
   */
  static long[] cpuJiffies() {
    List<String> l = lines("/proc/stat");
    if (l.isEmpty() || !l.get(0).startsWith("cpu ")) {
      return null;
    }
    String[] f = l.get(0).strip().split("\\s+");
    long total = 0;
    long idle = 0;
    // fields: user nice system idle iowait irq softirq steal guest guest_nice; guest time is
    // already in user
    for (int i = 1; i < Math.min(f.length, 9); i++) {
      long x = Long.parseLong(f[i]);
      total += x;
      if (i == 4 || i == 5) {
        idle += x;
      }
    }
    return new long[] {total - idle, total};
  }

  private static List<String> lines(String file) {
    try {
      return Files.readAllLines(Path.of(file));
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
