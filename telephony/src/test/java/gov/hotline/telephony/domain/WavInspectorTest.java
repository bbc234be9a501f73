package gov.hotline.telephony.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import gov.hotline.telephony.fixtures.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The three real MixMonitor files and synthetic edge cases, inspected and judged. */
class WavInspectorTest {
  private static final String SPEECH = "hotline-20261121-200451-13800138010-1795291491.399.wav";
  private static final String SILENCE = "callback-20261121-200503-13900139001-1795291502.401.wav";
  private static final String TRUNCATED = "hotline-20261121-200545-13800138021-1795291545.408.wav";

  private final RecordingCheck check = RecordingCheck.defaults();

  private static WavInfo inspect(String file) throws IOException {
    try (InputStream in = Files.newInputStream(Fixtures.recordings().resolve(file))) {
      return WavInspector.inspect(in).orElseThrow();
    }
  }

  /** A 16-bit mono 8 kHz WAVE with this many data bytes (zeros). */
  static byte[] wav(int dataBytes) {
    ByteBuffer b = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes())
        .putInt(36 + dataBytes)
        .put("WAVE".getBytes())
        .put("fmt ".getBytes())
        .putInt(16)
        .putShort((short) 1)
        .putShort((short) 1)
        .putInt(8000)
        .putInt(16000)
        .putShort((short) 2)
        .putShort((short) 16)
        .put("data".getBytes())
        .putInt(dataBytes);
    return b.array();
  }

  @Test
  void aSpeechRecordingHasItsHeaderDurationAndIsVerified() throws IOException {
    WavInfo w = inspect(SPEECH);

    assertThat(w.sampleRate()).isEqualTo(8000);
    assertThat(w.durationSeconds()).isCloseTo(8.28, within(0.01));
    assertThat(w.rmsDbfs()).isCloseTo(20 * Math.log10(0.13), within(0.5));
    assertThat(check.of(w)).isEqualTo(RecordingStatus.VERIFIED);
  }

  @Test
  void digitalSilenceIsNotARecordingOfAConversation() throws IOException {
    WavInfo w = inspect(SILENCE);

    assertThat(w.durationSeconds()).isCloseTo(4.02, within(0.01));
    assertThat(w.rmsDbfs()).isLessThan(-60);
    assertThat(check.of(w)).isEqualTo(RecordingStatus.SILENT);
  }

  @Test
  void aFileWithOneFrameIsEmpty() throws IOException {
    WavInfo w = inspect(TRUNCATED);

    assertThat(w.durationSeconds()).isCloseTo(0.02, within(0.001));
    assertThat(check.of(w)).isEqualTo(RecordingStatus.EMPTY);
  }

  @Test
  void aHeaderOnlyFileIsEmpty() throws IOException {
    WavInfo w = WavInspector.inspect(new ByteArrayInputStream(wav(0))).orElseThrow();

    assertThat(w.durationSeconds()).isZero();
    assertThat(check.of(w)).isEqualTo(RecordingStatus.EMPTY);
  }

  @Test
  void aZeroByteFileOrGarbageIsNoWave() throws IOException {
    assertThat(WavInspector.inspect(new ByteArrayInputStream(new byte[0]))).isEmpty();
    assertThat(WavInspector.inspect(new ByteArrayInputStream("not a wave at all".getBytes())))
        .isEqualTo(Optional.empty());
  }

  @Test
  void aHeaderClaimingMoreDataThanThereIsCountsOnlyWhatIsThere() throws IOException {
    byte[] full = wav(16000);
    byte[] cut = Arrays.copyOf(full, 44 + 800);

    WavInfo w = WavInspector.inspect(new ByteArrayInputStream(cut)).orElseThrow();

    assertThat(w.dataBytes()).isEqualTo(800);
    assertThat(w.durationSeconds()).isCloseTo(0.05, within(0.001));
  }

  @Test
  void aLawSilenceDecodesToPlusEight() {
    assertThat(WavInspector.alaw(0xD5)).isEqualTo(8);
  }
}
