package gov.hotline.reporting.domain;

import java.util.List;

/**
 * A report as people read it: a Chinese title, a note on how figures are defined, sections of
 * cells, and an optional two-series bar chart. HTML, PDF, XLSX and CSV all render this one
 * document, so they cannot disagree: HTML, PDF and CSV show each cell's text, XLSX writes counts,
 * rates and durations as numbers with a number format.
 */
public record ReportDocument(String title, String note, List<Section> sections, Chart chart) {

  public ReportDocument {
    sections = List.copyOf(sections);
  }

  /** A titled table: heading row plus data rows. */
  public record Section(String title, List<String> headings, List<List<Cell>> rows) {
    public Section {
      headings = List.copyOf(headings);
      rows = rows.stream().map(List::copyOf).toList();
    }

    /** A section whose cells are all text (e.g. the contract panel). */
    public static Section ofText(String title, List<String> headings, List<List<String>> rows) {
      return new Section(
          title, headings, rows.stream().map(r -> r.stream().map(Cell::plain).toList()).toList());
    }
  }

  /** What a cell holds, which decides how a spreadsheet stores it. */
  public enum Kind {
    TEXT,
    COUNT,
    PERCENT,
    DURATION,
    DECIMAL
  }

  /**
   * One cell: its text as people read it (12.3%, 1:15, 无数据 …) and, for figures, the exact value
   * behind it — a count, a fraction 0–1, seconds, or a score; {@code value} is null for text and
   * for a figure that is undefined.
   */
  public record Cell(String text, Double value, Kind kind) {
    public Cell {
      text = text == null ? "" : text;
    }

    public static Cell plain(String text) {
      return new Cell(text, null, Kind.TEXT);
    }

    public static Cell count(long n) {
      return new Cell(Long.toString(n), (double) n, Kind.COUNT);
    }

    /** A rate shown as 12.3% ("—" when undefined). */
    public static Cell rate(Ratio r) {
      return new Cell(r.percent(), r.value(), Kind.PERCENT);
    }

    /** A rate with its own text for the undefined case (e.g. 无数据). */
    public static Cell rate(Ratio r, String text) {
      return new Cell(text, r.value(), Kind.PERCENT);
    }

    /** A duration shown as 分:秒 ("—" when undefined). */
    public static Cell duration(Double seconds) {
      return new Cell(
          Formats.minutesSeconds(seconds),
          seconds == null || seconds.isNaN() ? null : seconds,
          Kind.DURATION);
    }

    /** A number with one decimal, e.g. a score; {@code text} when there is none. */
    public static Cell decimal(Double v, String text) {
      return new Cell(text, v, Kind.DECIMAL);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** Bars of two series (e.g. 呼入总数 and 接听数) over labelled slots. */
  public record Chart(String title, String seriesA, String seriesB, List<Bar> bars) {
    public Chart {
      bars = List.copyOf(bars);
    }
  }

  /** One slot of the chart. */
  public record Bar(String label, long a, long b) {}
}
