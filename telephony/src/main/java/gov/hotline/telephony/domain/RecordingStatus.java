package gov.hotline.telephony.domain;

/**
 * The state of a call's recording (录音): only {@code VERIFIED} counts as a usable recording. {@code
 * EMPTY} is a file with (next to) no audio, {@code SILENT} one whose audio has no energy, {@code
 * MISSING} a call that should have a recording but has none; {@code NONE} a call that needs none
 * (it never reached an agent and recorded nothing).
 */
public enum RecordingStatus {
  PENDING("待核验"),
  VERIFIED("已核验"),
  MISSING("缺失"),
  EMPTY("空文件"),
  SILENT("静音"),
  CORRUPT("文件损坏"),
  NONE("无录音");

  private final String label;

  RecordingStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean usable() {
    return this == VERIFIED;
  }
}
