package gov.hotline.dispatch.domain;

import gov.hotline.core.id.UnitId;

/**
 * A unit a catalogue reference stands for in one appeal, with its share when several are possible,
 * and why.
 */
public record ResolvedUnit(UnitId unitId, double share, String how) {}
