package gov.hotline.telephony.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a stand-in recording for a generated call: 8 kHz μ-law WAV (8 kB a second) with bursts of
 * noise shaped like turns of speech, so that the demo's recordings are indexed, verified and can be
 * played.
 */
final class SimRecording {
  private static final Logger LOG = LoggerFactory.getLogger(SimRecording.class);

  private SimRecording() {}

  static void write(Path dir, String file, double seconds, Random random) {
    if (dir == null) {
      return;
    }
    int samples = (int) (Math.min(seconds, 600) * 8000);
    try {
      Files.createDirectories(dir);
      try (OutputStream out = Files.newOutputStream(dir.resolve(file))) {
        ByteBuffer h = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes())
            .putInt(36 + samples)
            .put("WAVE".getBytes())
            .put("fmt ".getBytes())
            .putInt(16)
            .putShort((short) 7)
            .putShort((short) 1)
            .putInt(8000)
            .putInt(8000)
            .putShort((short) 1)
            .putShort((short) 8)
            .put("data".getBytes())
            .putInt(samples);
        out.write(h.array());
        byte[] buf = new byte[8000];
        double amp = 0;
        for (int i = 0; i < samples; i++) {
          if (i % 4000 == 0) {
            amp = random.nextInt(3) == 0 ? 300 : 2000 + random.nextInt(6000);
          }
          double v =
              amp * Math.sin(i * 0.31 + Math.sin(i * 0.013) * 3)
                  + random.nextGaussian() * amp * 0.2;
          buf[i % 8000] = (byte) mulaw((int) Math.max(-32000, Math.min(32000, v)));
          if (i % 8000 == 7999 || i == samples - 1) {
            out.write(buf, 0, i % 8000 + 1);
          }
        }
      }
    } catch (IOException e) {
      LOG.warn("could not write demo recording {}: {}", file, e.getMessage());
    }
  }

  /** G.711 μ-law encoding of a 16-bit sample. */
  static int mulaw(int sample) {
    int sign = sample < 0 ? 0x80 : 0;
    int v = Math.min(32635, Math.abs(sample)) + 0x84;
    int exponent = 7;
    for (int mask = 0x4000; (v & mask) == 0 && exponent > 0; mask >>= 1) {
      exponent--;
    }
    int mantissa = (v >> (exponent + 3)) & 0x0f;
    return ~(sign | exponent << 4 | mantissa) & 0xff;
  }
}
