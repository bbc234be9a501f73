package gov.hotline.bench;

/**
 * Reads the server's {@code /metrics} once a second: heap in use (all heap pools), the AMI hand-off
 * queue's depth and the messages it dropped; keeps the highest values since the last {@link
 * #reset}.
 */
final class ServerSampler implements AutoCloseable {
  private final BenchServer server;
  private final Thread thread;
  private volatile boolean running = true;
  private volatile double maxHeap;
  private volatile double maxDepth;
  private volatile double dropped;
  private volatile long maxRssKb;
  private volatile String last = "";

  ServerSampler(BenchServer server) {
    this.server = server;
    this.thread = Thread.ofPlatform().daemon().name("server-sampler").start(this::run);
  }

  private void run() {
    while (running) {
      try {
        String m = server.get("/metrics");
        last = m;
        double heap = BenchServer.metric(m, "jvm_memory_used_bytes", "area=\"heap\"");
        double depth = BenchServer.metric(m, "hotline_ami_queue_depth");
        if (!Double.isNaN(heap)) {
          maxHeap = Math.max(maxHeap, heap);
        }
        if (!Double.isNaN(depth)) {
          maxDepth = Math.max(maxDepth, depth);
        }
        double d = BenchServer.metric(m, "hotline_ami_messages_dropped_total");
        dropped = Double.isNaN(d) ? dropped : d;
        maxRssKb = Math.max(maxRssKb, server.rssKb());
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        return;
      } catch (Exception e) {
        // a missed sample; the next one comes in a second
      }
    }
  }

  void reset() {
    maxHeap = 0;
    maxDepth = 0;
  }

  double maxHeapMb() {
    return maxHeap / 1024 / 1024;
  }

  double maxQueueDepth() {
    return maxDepth;
  }

  double dropped() {
    return dropped;
  }

  long maxRssMb() {
    return maxRssKb / 1024;
  }

  /** The last scrape of /metrics. */
  String lastScrape() {
    return last;
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }
}
