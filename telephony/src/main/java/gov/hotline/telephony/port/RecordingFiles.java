package gov.hotline.telephony.port;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The recordings directory (Asterisk's monitor spool, shared with the platform). Only plain file
 * names resolve, and only to regular files really inside the directory: no separators, no {@code
 * ..}, no symbolic link pointing out.
 */
public interface RecordingFiles {
  /** The file with this name, if the name is safe and the file exists. */
  Optional<Path> locate(String fileName);

  /**
   * The name of a file recorded for this channel ({@code …-<uniqueid>.wav}, the dialplan's naming),
   * if any.
   */
  Optional<String> findByUniqueid(String uniqueid);
}
