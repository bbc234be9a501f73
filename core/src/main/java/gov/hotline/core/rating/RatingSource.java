package gov.hotline.core.rating;

/** Where a rating (好差评) came from. */
public enum RatingSource {
  CALLBACK("回访"),
  SURVEY("通话满意度测评"),
  CITIZEN("群众自评");

  private final String label;

  RatingSource(String label) {
    this.label = label;
  }

  /** Chinese label shown to users. */
  public String label() {
    return label;
  }
}
