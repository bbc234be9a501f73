package gov.hotline.reporting.domain;

/**
 * 签入时长 (time logged in) of one person in a period: Σ over the intervals from joining the hotline
 * queue ({@code QueueMemberAdded}) to leaving it ({@code QueueMemberRemoved}), clipped to the
 * period; a person still logged in at the period's end counts until then.
 */
public record LoggedInTime(long millis) {
  public double hours() {
    return millis / 3_600_000.0;
  }

  public double seconds() {
    return millis / 1000.0;
  }
}
