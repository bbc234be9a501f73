package gov.hotline.core.attachment;

/**
 * What an attachment is for: the citizen's material with the appeal, or the unit's proof of
 * handling.
 */
public enum AttachmentPurpose {
  APPEAL("诉求材料"),
  HANDLING("办理材料");

  private final String label;

  AttachmentPurpose(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
