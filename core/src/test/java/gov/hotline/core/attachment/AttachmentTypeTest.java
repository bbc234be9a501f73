package gov.hotline.core.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The kind of a file by its content, and the names shown for it. */
class AttachmentTypeTest {

  private static byte[] bytes(int... b) {
    byte[] out = new byte[Math.max(b.length, 16)];
    for (int i = 0; i < b.length; i++) {
      out[i] = (byte) b[i];
    }
    return out;
  }

  private static byte[] zip(String... entries) throws IOException {
    var out = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(out)) {
      for (String e : entries) {
        zip.putNextEntry(new ZipEntry(e));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void imagesAndPdfAreKnownByTheirMagicBytes() {
    assertThat(AttachmentType.sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0))).contains(AttachmentType.JPEG);
    assertThat(AttachmentType.sniff(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)))
        .contains(AttachmentType.PNG);
    assertThat(AttachmentType.sniff(bytes('R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'E', 'B', 'P')))
        .contains(AttachmentType.WEBP);
    assertThat(AttachmentType.sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
        .contains(AttachmentType.PDF);
  }

  @Test
  void officeDocumentsAreZipPackagesNamedByTheirParts() throws IOException {
    assertThat(AttachmentType.sniff(zip("[Content_Types].xml", "word/document.xml")))
        .contains(AttachmentType.DOCX);
    assertThat(AttachmentType.sniff(zip("[Content_Types].xml", "xl/workbook.xml")))
        .contains(AttachmentType.XLSX);
    assertThat(AttachmentType.sniff(zip("payload.exe"))).isEmpty();
    assertThat(AttachmentType.sniff(zip("word/document.xml"))).isEmpty();
  }

  @Test
  void programsPagesAndOtherAudioAreNotAccepted() {
    assertThat(AttachmentType.sniff(bytes('M', 'Z', 0x90))).isEmpty();
    assertThat(AttachmentType.sniff("<html><script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(AttachmentType.sniff(bytes('R', 'I', 'F', 'F', 1, 2, 3, 4, 'W', 'A', 'V', 'E')))
        .isEmpty();
    assertThat(AttachmentType.sniff(new byte[0])).isEmpty();
  }

  @Test
  void aNameKeepsItsLastSegmentWithoutUnsafeCharactersAndTakesTheRealExtension() {
    assertThat(SafeNames.of("../../etc/passwd.jpg", AttachmentType.PNG)).isEqualTo("passwd.png");
    assertThat(SafeNames.of("C:\\Users\\a\\现场照片.JPG", AttachmentType.JPEG)).isEqualTo("现场照片.jpg");
    assertThat(SafeNames.of("a\"b<c>\u0000\u202e.pdf", AttachmentType.PDF))
        .isEqualTo("a_b_c___.pdf");
    assertThat(SafeNames.of("...", AttachmentType.PDF)).isEqualTo("附件.pdf");
    assertThat(SafeNames.of(null, AttachmentType.XLSX)).isEqualTo("附件.xlsx");
    assertThat(SafeNames.of("长".repeat(200) + ".docx", AttachmentType.DOCX)).hasSize(85);
  }
}
