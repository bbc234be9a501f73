package gov.hotline.telephony.domain;

/**
 * What the WAV file says about itself and what its samples show: format, rate, channels, bits, the
 * data size and the duration the header implies, the RMS level (dBFS) and the peak (0…1) of the
 * samples.
 */
public record WavInfo(
    int format,
    int channels,
    int sampleRate,
    int bitsPerSample,
    long dataBytes,
    double durationSeconds,
    double rmsDbfs,
    double peak) {
  public static final int PCM = 1;
  public static final int ALAW = 6;
  public static final int MULAW = 7;
}
