package gov.hotline.kb.domain;

/** Where an article (知识条目) is in its life: only published articles are searchable. */
public enum ArticleStatus {
  DRAFT("草稿"),
  PUBLISHED("已发布"),
  RETIRED("已下架");

  private final String label;

  ArticleStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
