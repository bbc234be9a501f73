package gov.hotline.reporting.port;

import gov.hotline.reporting.domain.ReportDocument;
import gov.hotline.reporting.domain.ReportFormat;

/** Turns a report document into the bytes of a file format. */
public interface ReportRenderer {
  byte[] render(ReportDocument doc, ReportFormat format);

  /**
   * Whether this machine can render the format (PDF needs a font file); the archive skips those it
   * cannot.
   */
  default boolean renders(ReportFormat format) {
    return true;
  }
}
