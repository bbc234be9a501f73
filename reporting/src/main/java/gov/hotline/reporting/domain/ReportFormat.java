package gov.hotline.reporting.domain;

/** Output formats of reports. */
public enum ReportFormat {
  HTML("text/html; charset=utf-8", "html"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  CSV("text/csv; charset=utf-8", "csv"),
  PDF("application/pdf", "pdf");

  private final String contentType;
  private final String extension;

  ReportFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  public String contentType() {
    return contentType;
  }

  public String extension() {
    return extension;
  }
}
