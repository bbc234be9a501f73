package gov.hotline.dispatch.verticle;

/** Event-bus addresses of the dispatch context. */
public final class DispatchAddresses {
  /**
   * A scan put tickets into hotspots (热点); the body is the scan's {@code ScanResult}. Published
   * after commit.
   */
  public static final String HOTSPOTS_RAISED = "dispatch.evt.hotspots-raised";

  private DispatchAddresses() {}
}
