package gov.hotline.infra.http.openapi;

import static gov.hotline.core.user.Role.ADMIN;
import static gov.hotline.core.user.Role.AGENT;
import static gov.hotline.core.user.Role.DISPATCHER;
import static gov.hotline.core.user.Role.MANAGER;
import static gov.hotline.core.user.Role.TEAM_LEAD;
import static gov.hotline.core.user.Role.UNIT_HANDLER;

import gov.hotline.core.user.Role;

/** The role sets the contract names again and again. */
final class Roles {
  static final Role[] OPEN = {};
  static final Role[] ALL = {AGENT, TEAM_LEAD, DISPATCHER, UNIT_HANDLER, MANAGER, ADMIN};

  /** Everyone at the hotline centre (not the units). */
  static final Role[] HOTLINE = {AGENT, TEAM_LEAD, DISPATCHER, MANAGER, ADMIN};

  static final Role[] ADMINS = {ADMIN};
  static final Role[] SEATS = {AGENT, TEAM_LEAD};
  static final Role[] LIVE = {AGENT, TEAM_LEAD, MANAGER, ADMIN};
  static final Role[] LEADS = {TEAM_LEAD};
  static final Role[] REPORTS = {MANAGER, TEAM_LEAD, DISPATCHER, ADMIN};
  static final Role[] VERIFY = {MANAGER, ADMIN};
  static final Role[] INTAKE = {AGENT, TEAM_LEAD, DISPATCHER};
  static final Role[] DISPATCHERS = {DISPATCHER};
  static final Role[] UNITS = {UNIT_HANDLER};
  static final Role[] UPLOAD = {AGENT, TEAM_LEAD, DISPATCHER, UNIT_HANDLER};
  static final Role[] KB_EDIT = {TEAM_LEAD, ADMIN};

  /** The operators of the city link: rejected intakes, dead letters, reconciliation. */
  static final Role[] CITY_OPS = {DISPATCHER, ADMIN};

  static final Role[] NOT_UNITS = {AGENT, TEAM_LEAD, DISPATCHER, MANAGER, ADMIN};

  private Roles() {}
}
