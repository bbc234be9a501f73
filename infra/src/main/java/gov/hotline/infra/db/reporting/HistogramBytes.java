package gov.hotline.infra.db.reporting;

import gov.hotline.reporting.domain.WaitHistogram;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * How wait histograms are stored: the buckets up to the last non-empty one, each an unsigned LEB128
 * varint. Most buckets hold small counts, so a day's histogram takes tens of bytes, and a month of
 * them decodes in milliseconds (reading them as {@code bigint[]} boxed every bucket and dominated a
 * monthly report).
 */
final class HistogramBytes {
  private HistogramBytes() {}

  static byte[] encode(WaitHistogram h) {
    long[] buckets = h.trimmed();
    ByteArrayOutputStream out = new ByteArrayOutputStream(buckets.length + 8);
    for (long v : buckets) {
      while ((v & ~0x7FL) != 0) {
        out.write((int) ((v & 0x7F) | 0x80));
        v >>>= 7;
      }
      out.write((int) v);
    }
    return out.toByteArray();
  }

  static WaitHistogram decode(byte[] bytes) {
    long[] buckets = new long[WaitHistogram.MAX_SECONDS + 2];
    int n = 0;
    int i = 0;
    while (i < bytes.length) {
      long v = 0;
      int shift = 0;
      byte b;
      do {
        b = bytes[i++];
        v |= (long) (b & 0x7F) << shift;
        shift += 7;
      } while (b < 0);
      buckets[n++] = v;
    }
    return WaitHistogram.of(Arrays.copyOf(buckets, n));
  }
}
