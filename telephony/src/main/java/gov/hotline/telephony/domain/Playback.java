package gov.hotline.telephony.domain;

import java.nio.file.Path;

/**
 * A recording cleared for playback: where it is, its name as Asterisk gave it, its size and
 * checksum.
 */
public record Playback(Path path, String fileName, long sizeBytes, String sha256) {}
