package gov.hotline.core.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file a ticket may carry (附件类型): photos (JPEG, PNG, WebP), PDF and Office documents
 * (Word .docx, Excel .xlsx). The kind is read from the content's magic bytes ({@link #sniff}),
 * never from the uploaded name or the Content-Type the client sent.
 */
public enum AttachmentType {
  JPEG("image/jpeg", "jpg", "图片", true),
  PNG("image/png", "png", "图片", true),
  WEBP("image/webp", "webp", "图片", true),
  PDF("application/pdf", "pdf", "PDF 文档", false),
  DOCX(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "docx",
      "Word 文档",
      false),
  XLSX(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "xlsx",
      "Excel 表格",
      false);

  private final String mediaType;
  private final String extension;
  private final String label;
  private final boolean image;

  AttachmentType(String mediaType, String extension, String label, boolean image) {
    this.mediaType = mediaType;
    this.extension = extension;
    this.label = label;
    this.image = image;
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  public String label() {
    return label;
  }

  public boolean image() {
    return image;
  }

  public static Optional<AttachmentType> byMediaType(String mediaType) {
    return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
  }

  /**
   * The kind of {@code content} by its leading bytes; an Office document is a ZIP package whose
   * entries name it ({@code word/…} or {@code xl/…} next to {@code [Content_Types].xml}). Empty for
   * anything else (executables, HTML, scripts, other archives …).
   */
  public static Optional<AttachmentType> sniff(byte[] content) {
    if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(JPEG);
    }
    if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of(PNG);
    }
    if (startsWith(content, 'R', 'I', 'F', 'F')
        && content.length >= 12
        && content[8] == 'W'
        && content[9] == 'E'
        && content[10] == 'B'
        && content[11] == 'P') {
      return Optional.of(WEBP);
    }
    if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
      return Optional.of(PDF);
    }
    if (startsWith(content, 'P', 'K', 0x03, 0x04)) {
      return office(content);
    }
    return Optional.empty();
  }

  private static Optional<AttachmentType> office(byte[] content) {
    boolean types = false;
    boolean word = false;
    boolean excel = false;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry e;
      int entries = 0;
      while ((e = zip.getNextEntry()) != null && entries++ < 10_000) {
        String name = e.getName();
        types |= name.equals("[Content_Types].xml");
        word |= name.equals("word/document.xml");
        excel |= name.equals("xl/workbook.xml");
      }
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
    if (types && word && !excel) {
      return Optional.of(DOCX);
    }
    if (types && excel && !word) {
      return Optional.of(XLSX);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] content, int... magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((content[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
