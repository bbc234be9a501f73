package gov.hotline.reporting.service;

import gov.hotline.core.ticket.AppealType;
import gov.hotline.core.ticket.Channel;
import gov.hotline.core.ticket.Satisfaction;
import gov.hotline.reporting.domain.TicketCounters;
import gov.hotline.reporting.domain.TicketFact;
import gov.hotline.reporting.domain.TicketSlice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts history facts into daily ticket slices — the one place that says on which day each counter
 * lands (see {@link TicketCounters}). The rollup folds new history through it and the recomputation
 * reads all history through it, so the two must agree.
 */
public final class TicketSlices {
  private TicketSlices() {}

  private record Key(LocalDate day, Channel channel, AppealType appealType, String categoryId) {}

  public static List<TicketSlice> of(List<TicketFact> facts) {
    Map<Key, TicketCounters> slices = new LinkedHashMap<>();
    for (TicketFact f : facts) {
      long n = f.count();
      switch (f.action()) {
        case CREATE ->
            add(slices, f, f.createdDay(), new TicketCounters(n, 0, 0, 0, 0, 0, 0, 0, 0));
        case DIRECT_CLOSE ->
            add(slices, f, f.createdDay(), new TicketCounters(0, n, 0, 0, 0, 0, 0, 0, 0));
        case REPLY -> add(slices, f, f.day(), new TicketCounters(0, 0, n, 0, 0, 0, 0, 0, 0));
        case CALLBACK -> {
          // the callback covers the reply it answers (on the reply's day); its answers count on its
          // own day
          add(
              slices,
              f,
              f.replyDay() != null ? f.replyDay() : f.day(),
              new TicketCounters(0, 0, 0, n, 0, 0, 0, 0, 0));
          add(
              slices,
              f,
              f.day(),
              new TicketCounters(
                  0,
                  0,
                  0,
                  0,
                  n,
                  f.resolved() ? n : 0,
                  is(f, Satisfaction.SATISFIED) ? n : 0,
                  is(f, Satisfaction.BASICALLY_SATISFIED) ? n : 0,
                  is(f, Satisfaction.DISSATISFIED) ? n : 0));
        }
        default -> {}
      }
    }
    List<TicketSlice> out = new ArrayList<>();
    slices.forEach(
        (k, v) ->
            out.add(new TicketSlice(k.day(), k.channel(), k.appealType(), k.categoryId(), v)));
    out.sort(Comparator.comparing(TicketSlice::key));
    return out;
  }

  private static boolean is(TicketFact f, Satisfaction s) {
    return s.name().equals(f.satisfaction());
  }

  private static void add(
      Map<Key, TicketCounters> slices, TicketFact f, LocalDate day, TicketCounters c) {
    slices.merge(
        new Key(day, f.channel(), f.appealType(), f.categoryId()), c, TicketCounters::plus);
  }
}
