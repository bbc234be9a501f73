package gov.hotline.core.attachment;

/**
 * Uploaded file names made safe to show and to offer on download: only the last path segment (no
 * {@code ../}, no drive or directory), no control, quote or separator characters, at most 80
 * characters, and the extension of the content's real kind. Files are never stored under this name
 * (the store names them by their SHA-256).
 */
public final class SafeNames {
  private static final int MAX = 80;

  private SafeNames() {}

  public static String of(String uploaded, AttachmentType type) {
    String name = uploaded == null ? "" : uploaded;
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    name = name.substring(slash + 1);
    StringBuilder b = new StringBuilder();
    name.codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c)
                  || "\"'<>:|?*;%`$\\/".indexOf(c) >= 0
                  || Character.getType(c) == Character.FORMAT) {
                b.append('_');
              } else {
                b.appendCodePoint(c);
              }
            });
    String stem = b.toString().trim();
    int dot = stem.lastIndexOf('.');
    if (dot >= 0) {
      stem = stem.substring(0, dot);
    }
    stem = stem.replaceAll("^[.\\s_]+", "").replaceAll("[.\\s]+$", "");
    if (stem.isEmpty()) {
      stem = "附件";
    }
    if (stem.codePointCount(0, stem.length()) > MAX) {
      stem = stem.substring(0, stem.offsetByCodePoints(0, MAX));
    }
    return stem + "." + type.extension();
  }
}
