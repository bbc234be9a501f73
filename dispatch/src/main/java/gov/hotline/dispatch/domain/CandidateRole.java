package gov.hotline.dispatch.domain;

/** The role a recommended unit would take: lead (主办) or assisting (协办). */
public enum CandidateRole {
  LEAD("主办"),
  ASSIST("协办");

  private final String label;

  CandidateRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
