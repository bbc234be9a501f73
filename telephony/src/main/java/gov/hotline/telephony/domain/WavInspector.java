package gov.hotline.telephony.domain;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads a RIFF/WAVE stream (Asterisk's {@code wav} is 16-bit PCM, 8 kHz, mono; {@code WAV}
 * a-law/µ-law variants are decoded too): the duration comes from the header's data size and byte
 * rate, and one pass over the samples gives their RMS and peak, so that silence and near-empty
 * files can be told from a real recording. Anything that is not a readable WAVE gives empty.
 */
public final class WavInspector {
  private WavInspector() {}

  public static Optional<WavInfo> inspect(InputStream in) throws IOException {
    byte[] head = in.readNBytes(12);
    if (head.length < 12 || !ascii(head, 0, "RIFF") || !ascii(head, 8, "WAVE")) {
      return Optional.empty();
    }
    int format = -1;
    int channels = 0;
    int rate = 0;
    int byteRate = 0;
    int bits = 0;
    while (true) {
      byte[] chunk = in.readNBytes(8);
      if (chunk.length < 8) {
        return Optional.empty();
      }
      long size = le32(chunk, 4) & 0xffffffffL;
      if (ascii(chunk, 0, "fmt ")) {
        byte[] fmt = in.readNBytes((int) Math.min(size, 64));
        skip(in, size - fmt.length + (size & 1));
        if (fmt.length < 16) {
          return Optional.empty();
        }
        format = le16(fmt, 0);
        channels = le16(fmt, 2);
        rate = le32(fmt, 4);
        byteRate = le32(fmt, 8);
        bits = le16(fmt, 14);
      } else if (ascii(chunk, 0, "data")) {
        if (format < 0 || channels <= 0 || byteRate <= 0) {
          return Optional.empty();
        }
        return Optional.of(samples(in, format, channels, rate, byteRate, bits, size));
      } else {
        skip(in, size + (size & 1));
      }
    }
  }

  private static WavInfo samples(
      InputStream in, int format, int channels, int rate, int byteRate, int bits, long declared)
      throws IOException {
    int width = format == WavInfo.PCM ? Math.max(1, bits / 8) : 1;
    double sumSquares = 0;
    double peak = 0;
    long count = 0;
    long read = 0;
    byte[] buf = new byte[16 * 1024];
    int n;
    while (read < declared
        && (n = in.read(buf, 0, (int) Math.min(buf.length, declared - read))) > 0) {
      int usable = n - n % width;
      for (int i = 0; i < usable; i += width) {
        double v = sample(buf, i, format, width);
        sumSquares += v * v;
        peak = Math.max(peak, Math.abs(v));
        count++;
      }
      read += n;
    }
    long dataBytes = Math.min(read, declared);
    double rms = count == 0 ? 0 : Math.sqrt(sumSquares / count);
    double dbfs = rms <= 0 ? Double.NEGATIVE_INFINITY : 20 * Math.log10(rms);
    return new WavInfo(
        format, channels, rate, bits, dataBytes, (double) dataBytes / byteRate, dbfs, peak);
  }

  /** One sample as a fraction of full scale (-1…1). */
  private static double sample(byte[] b, int i, int format, int width) {
    if (format == WavInfo.ALAW) {
      return alaw(b[i] & 0xff) / 32768.0;
    }
    if (format == WavInfo.MULAW) {
      return mulaw(b[i] & 0xff) / 32768.0;
    }
    if (width == 1) {
      return ((b[i] & 0xff) - 128) / 128.0;
    }
    int hi = b[i + width - 1];
    int lo = b[i + width - 2] & 0xff;
    return ((hi << 8) | lo) / 32768.0;
  }

  static int alaw(int a) {
    a ^= 0x55;
    int t = (a & 0x0f) << 4;
    int seg = (a & 0x70) >> 4;
    t = seg == 0 ? t + 8 : seg == 1 ? t + 0x108 : (t + 0x108) << (seg - 1);
    return (a & 0x80) != 0 ? t : -t;
  }

  static int mulaw(int u) {
    u = ~u & 0xff;
    int t = ((u & 0x0f) << 3) + 0x84;
    t <<= (u & 0x70) >> 4;
    return (u & 0x80) != 0 ? 0x84 - t : t - 0x84;
  }

  private static void skip(InputStream in, long n) throws IOException {
    long left = n;
    while (left > 0) {
      long s = in.skip(left);
      if (s <= 0) {
        if (in.read() < 0) {
          throw new EOFException();
        }
        s = 1;
      }
      left -= s;
    }
  }

  private static boolean ascii(byte[] b, int at, String s) {
    for (int i = 0; i < 4; i++) {
      if (b[at + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int le16(byte[] b, int at) {
    return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
  }

  private static int le32(byte[] b, int at) {
    return (b[at] & 0xff)
        | (b[at + 1] & 0xff) << 8
        | (b[at + 2] & 0xff) << 16
        | (b[at + 3] & 0xff) << 24;
  }
}
