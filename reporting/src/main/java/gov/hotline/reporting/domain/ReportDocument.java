package gov.hotline.reporting.domain;

import java.util.List;

/**
 * A report as people read it: a Chinese title, a note on how figures are defined, sections of formatted cells, and
 * an optional two-series bar chart. HTML, XLSX and CSV all render this one document, so they cannot disagree.
 */
public record ReportDocument(String title, String note, List<Section> sections, Chart chart) {

  public ReportDocument {
    sections = List.copyOf(sections);
  }

  /** A titled table: heading row plus data rows, every cell already formatted. */
  public record Section(String title, List<String> headings, List<List<String>> rows) {
    public Section {
      headings = List.copyOf(headings);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /** Bars of two series (e.g. 呼入总数 and 接听数) over labelled slots. */
  public record Chart(String title, String seriesA, String seriesB, List<Bar> bars) {
    public Chart {
      bars = List.copyOf(bars);
    }
  }

  /** One slot of the chart. */
  public record Bar(String label, long a, long b) {
  }
}
