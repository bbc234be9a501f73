package gov.hotline.infra.attachment;

import gov.hotline.core.attachment.AttachmentType;
import gov.hotline.core.port.AttachmentFiles;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Attachment content under the data directory: {@code attachments/ab/abcdef….bin} named by SHA-256
 * (the only name a file ever gets, so no uploaded name reaches the file system), written through a
 * temporary file and an atomic move; thumbnails ({@value #THUMB} px on the longer side, JPEG)
 * beside them as {@code ….thumb.jpg}, made with ImageIO where it can read the image (JPEG and PNG
 * always; WebP only with a reader plugin, otherwise none).
 */
public final class FileAttachmentStore implements AttachmentFiles {
  static final int THUMB = 240;
  private static final Logger LOG = LoggerFactory.getLogger(FileAttachmentStore.class);
  private static final Pattern SHA = Pattern.compile("[0-9a-f]{64}");
  private final Path root;

  public FileAttachmentStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public boolean store(String sha256, AttachmentType type, byte[] content) {
    Path file = file(sha256, ".bin");
    Path thumb = file(sha256, ".thumb.jpg");
    try {
      Files.createDirectories(file.getParent());
      if (!Files.exists(file)) {
        write(file, content);
      }
      if (!type.image()) {
        return false;
      }
      if (Files.exists(thumb)) {
        return true;
      }
      Optional<byte[]> jpeg = thumbnailOf(content);
      if (jpeg.isPresent()) {
        write(thumb, jpeg.get());
      }
      return jpeg.isPresent();
    } catch (IOException e) {
      throw new UncheckedIOException("附件无法保存：" + file, e);
    }
  }

  @Override
  public byte[] read(String sha256) {
    try {
      return Files.readAllBytes(file(sha256, ".bin"));
    } catch (IOException e) {
      throw new UncheckedIOException("附件文件无法读取：" + sha256, e);
    }
  }

  @Override
  public Optional<byte[]> thumbnail(String sha256) {
    Path thumb = file(sha256, ".thumb.jpg");
    try {
      return Files.exists(thumb) ? Optional.of(Files.readAllBytes(thumb)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("缩略图无法读取：" + sha256, e);
    }
  }

  /**
   * The file of a hash; anything but 64 lowercase hex digits is refused, so no name can leave the
   * root.
   */
  Path file(String sha256, String suffix) {
    if (sha256 == null || !SHA.matcher(sha256).matches()) {
      throw new IllegalArgumentException("not a SHA-256: " + sha256);
    }
    Path p = root.resolve(sha256.substring(0, 2)).resolve(sha256 + suffix).normalize();
    if (!p.startsWith(root)) {
      throw new IllegalArgumentException("outside the attachment directory: " + p);
    }
    return p;
  }

  private static void write(Path target, byte[] bytes) throws IOException {
    Path tmp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
    try {
      Files.write(tmp, bytes);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** A JPEG thumbnail, or empty when no reader knows the image or it cannot be decoded. */
  static Optional<byte[]> thumbnailOf(byte[] image) {
    try {
      BufferedImage src = ImageIO.read(new ByteArrayInputStream(image));
      if (src == null || src.getWidth() <= 0 || src.getHeight() <= 0) {
        return Optional.empty();
      }
      double scale = Math.min(1.0, (double) THUMB / Math.max(src.getWidth(), src.getHeight()));
      int w = Math.max(1, (int) Math.round(src.getWidth() * scale));
      int h = Math.max(1, (int) Math.round(src.getHeight() * scale));
      BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = out.createGraphics();
      try {
        g.setRenderingHint(
            RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.drawImage(src, 0, 0, w, h, null);
      } finally {
        g.dispose();
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      if (!ImageIO.write(out, "jpg", bytes)) {
        return Optional.empty();
      }
      return Optional.of(bytes.toByteArray());
    } catch (IOException | RuntimeException e) {
      LOG.info("附件缩略图未生成：{}", e.toString());
      return Optional.empty();
    }
  }
}
