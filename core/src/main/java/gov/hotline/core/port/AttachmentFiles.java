package gov.hotline.core.port;

import gov.hotline.core.attachment.AttachmentType;
import java.util.Optional;

/**
 * Where attachment content lies: one file per SHA-256, written once, and a small JPEG thumbnail of
 * images where the image can be read (WebP may not be).
 */
public interface AttachmentFiles {
  /**
   * Stores {@code content} under its hash (nothing when already there); returns whether a thumbnail
   * exists.
   */
  boolean store(String sha256, AttachmentType type, byte[] content);

  byte[] read(String sha256);

  Optional<byte[]> thumbnail(String sha256);
}
