package gov.hotline.telephony.domain;

import java.util.List;

/** Every queue right now, with a version that grows with every change. */
public record LiveBoardSnapshot(long version, List<LiveQueue> queues) {}
