package gov.hotline.kb.domain;

/** Filters of the editors' article list; null means "any". {@code text} matches code or title. */
public record ArticleFilter(
    ArticleStatus status, String category, String text, int page, int size) {
  public ArticleFilter {
    page = Math.max(1, page);
    size = Math.min(200, Math.max(1, size));
  }

  public int offset() {
    return (page - 1) * size;
  }
}
