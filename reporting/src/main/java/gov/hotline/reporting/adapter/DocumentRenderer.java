package gov.hotline.reporting.adapter;

import gov.hotline.reporting.domain.ReportDocument;
import gov.hotline.reporting.domain.ReportFormat;
import gov.hotline.reporting.port.ReportRenderer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** Renders documents with the HTML, XLSX, CSV and PDF adapters. */
public final class DocumentRenderer implements ReportRenderer {
  private final ReportHtml html = new ReportHtml();
  private final ReportPdf pdf;
  private final Clock clock;

  public DocumentRenderer(Clock clock) {
    this(clock, ReportPdf.withDefaultFont());
  }

  public DocumentRenderer(Clock clock, ReportPdf pdf) {
    this.clock = clock;
    this.pdf = pdf;
  }

  @Override
  public byte[] render(ReportDocument doc, ReportFormat format) {
    return switch (format) {
      case HTML ->
          html.render(doc, clock.instant(), clock.getZone()).getBytes(StandardCharsets.UTF_8);
      case XLSX -> ReportXlsx.render(doc);
      case CSV -> ReportCsv.render(doc);
      case PDF -> pdf.render(doc, clock.instant(), clock.getZone());
    };
  }

  @Override
  public boolean renders(ReportFormat format) {
    return format != ReportFormat.PDF || pdf.available();
  }
}
