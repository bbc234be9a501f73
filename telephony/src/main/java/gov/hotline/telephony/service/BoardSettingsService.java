package gov.hotline.telephony.service;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.telephony.domain.LiveSettings;
import gov.hotline.telephony.domain.PauseReason;
import gov.hotline.telephony.port.TelephonyTransactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Pause reasons (示忙原因) and live-board thresholds: everyone at the hotline reads them, admins change
 * them. Read on every pause and every live snapshot, so kept in memory for {@link #TTL} (another
 * instance's change shows within it; this instance's at once).
 */
public final class BoardSettingsService {
  static final Duration TTL = Duration.ofSeconds(15);
  private static final Role[] READERS = {
    Role.AGENT, Role.TEAM_LEAD, Role.DISPATCHER, Role.MANAGER, Role.ADMIN
  };

  private final TelephonyTransactions store;
  private final Clock clock;
  private volatile Snapshot cached;

  private record Snapshot(List<PauseReason> reasons, LiveSettings live, Instant until) {}

  public BoardSettingsService(TelephonyTransactions store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public List<PauseReason> pauseReasons(Actor actor) {
    requireRole(actor, READERS);
    return snapshot().reasons();
  }

  public List<PauseReason> replacePauseReasons(Actor actor, List<PauseReason> reasons) {
    requireRole(actor, Role.ADMIN);
    List<PauseReason> checked = PauseReason.checkList(reasons);
    store.inTransaction(
        r -> {
          r.boardSettings().replacePauseReasons(checked);
          return null;
        });
    cached = null;
    return checked;
  }

  /** The reason named by its code (or its label), or 400 naming the reasons there are. */
  public PauseReason resolve(String codeOrLabel) {
    if (codeOrLabel == null || codeOrLabel.isBlank()) {
      throw DomainException.invalid("INVALID_REASON", "请填写暂停原因（示忙原因代码）");
    }
    String v = codeOrLabel.strip();
    List<PauseReason> reasons = snapshot().reasons();
    return find(reasons, v)
        .orElseThrow(
            () ->
                DomainException.invalid(
                    "UNKNOWN_PAUSE_REASON",
                    "示忙原因不存在："
                        + v
                        + "，可选："
                        + reasons.stream()
                            .map(r -> r.code() + " " + r.label())
                            .collect(Collectors.joining("、"))));
  }

  /**
   * The label of a reason as Asterisk reports it (label or code); the text itself when it is not in
   * the list.
   */
  public String label(String reported) {
    return reported == null
        ? null
        : find(snapshot().reasons(), reported.strip()).map(PauseReason::label).orElse(reported);
  }

  public LiveSettings liveSettings(Actor actor) {
    requireRole(actor, READERS);
    return snapshot().live();
  }

  /**
   * The thresholds, for rendering the board (no role: the board's readers were checked by their
   * route).
   */
  public LiveSettings thresholds() {
    return snapshot().live();
  }

  public LiveSettings saveLiveSettings(Actor actor, LiveSettings settings) {
    requireRole(actor, Role.ADMIN);
    store.inTransaction(
        r -> {
          r.boardSettings().saveLiveSettings(settings);
          return null;
        });
    cached = null;
    return settings;
  }

  private static Optional<PauseReason> find(List<PauseReason> reasons, String v) {
    return reasons.stream().filter(r -> r.code().equals(v) || r.label().equals(v)).findFirst();
  }

  private Snapshot snapshot() {
    Snapshot s = cached;
    if (s == null || clock.instant().isAfter(s.until())) {
      s =
          store.inTransaction(
              r ->
                  new Snapshot(
                      r.boardSettings().pauseReasons(),
                      r.boardSettings().liveSettings(),
                      clock.instant().plus(TTL)));
      cached = s;
    }
    return s;
  }

  private static void requireRole(Actor actor, Role... roles) {
    if (!actor.is(roles)) {
      throw DomainException.forbidden("当前角色（" + actor.role().label() + "）无权执行该操作");
    }
  }
}
