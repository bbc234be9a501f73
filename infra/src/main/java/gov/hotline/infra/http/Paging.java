package gov.hotline.infra.http;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.ticket.Page;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One paging vocabulary for every list of the API: {@code page} (from 1) and {@code size} (items
 * per page, default {@value #DEFAULT_SIZE}, at most {@value #MAX_SIZE}). Each list route declares
 * the other query parameters it takes; any other one is refused with 400 {@code INVALID} naming it,
 * so that {@code ?limit=200} is not quietly answered with the first 20 items.
 */
public record Paging(int page, int size) {
  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 200;

  public Paging {
    if (page < 1) {
      throw DomainException.invalid("INVALID_PARAM", "参数 page 须为不小于 1 的整数（页码从 1 开始）：" + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw DomainException.invalid("INVALID_PARAM", "参数 size 须在 1 到 " + MAX_SIZE + " 之间：" + size);
    }
  }

  /**
   * Page and size of a list that also takes {@code params}; any other query parameter is refused.
   */
  public static Paging of(RoutingContext ctx, String... params) {
    return of(ctx, DEFAULT_SIZE, params);
  }

  /** As {@link #of(RoutingContext, String...)} with a default page size of the route's own. */
  public static Paging of(RoutingContext ctx, int defaultSize, String... params) {
    List<String> all = new ArrayList<>(Arrays.asList(params));
    all.add("page");
    all.add("size");
    only(ctx, all.toArray(String[]::new));
    return new Paging(
        Requests.intQuery(ctx, "page", 1), Requests.intQuery(ctx, "size", defaultSize));
  }

  /**
   * Refuses any query parameter not among {@code accepted}, naming it and what the route takes, in
   * Chinese.
   */
  public static void only(RoutingContext ctx, String... accepted) {
    Set<String> known = new LinkedHashSet<>(Arrays.asList(accepted));
    for (String name : ctx.queryParams().names()) {
      if (!known.contains(name)) {
        throw DomainException.invalid(
            "INVALID",
            "不支持的查询参数："
                + name
                + "（本接口可用参数："
                + (known.isEmpty() ? "无" : String.join("、", known))
                + "；分页统一用 page 和 size）");
      }
    }
  }

  /**
   * The reply of every paged list: {@code total}, {@code page}, {@code size} and the page's items
   * rendered.
   */
  public static <T> JsonObject reply(Page<T> page, Function<T, Object> render) {
    return new JsonObject()
        .put("total", page.total())
        .put("page", page.page())
        .put("size", page.size())
        .put("items", Requests.array(page.items(), render));
  }

  public int offset() {
    return (page - 1) * size;
  }

  /**
   * How many items to fetch from a source that takes only a limit, so that this page can be cut
   * from them.
   */
  public int upTo() {
    return (int) Math.min(Integer.MAX_VALUE, (long) page * size);
  }

  /** This page out of the first {@link #upTo()} items. */
  public <T> List<T> slice(List<T> firstItems) {
    int from = Math.min(offset(), firstItems.size());
    return List.copyOf(firstItems.subList(from, Math.min(firstItems.size(), from + size)));
  }

  /** Adds {@code page} and {@code size} to a list reply. */
  public JsonObject into(JsonObject reply) {
    return reply.put("page", page).put("size", size);
  }
}
