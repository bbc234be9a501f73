package gov.hotline.infra.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;

/**
 * The body of {@code POST /api/v1/tickets} (受理) for API tests, and the intake itself: a complaint
 * by phone about a water cut (GY02) from 13812345678 unless a test says otherwise; fields a test
 * does not set are not sent.
 */
public final class TicketIntake {
  private final JsonObject body =
      new JsonObject()
          .put("channel", "PHONE")
          .put("callerPhone", "13812345678")
          .put("appealType", "COMPLAINT")
          .put("categoryId", "GY02")
          .put("content", "来电人反映小区停水");

  private TicketIntake() {}

  public static TicketIntake aTicket() {
    return new TicketIntake();
  }

  /**
   * The common shape of the lifecycle tests: 张三 of 清河街道安宁里小区, normal urgency, the rest as {@link
   * #aTicket()}.
   */
  public static TicketIntake fromAnning() {
    return aTicket().callerName("张三").address("海淀区清河街道安宁里小区").urgency("NORMAL");
  }

  /** A request for help (求助, SR01) by 李四 of 中关村大街1号, as the input tests send it. */
  public static TicketIntake fromZhongguancun() {
    return aTicket()
        .callerName("李四")
        .callerPhone("13900001111")
        .address("海淀区中关村大街1号")
        .appealType("HELP")
        .categoryId("SR01");
  }

  /** A consultation (咨询, SR01) by 王先生 on the call {@code callId}, as the call tests take it. */
  public static TicketIntake consultationOnCall(String callId) {
    return aTicket()
        .callerName("王先生")
        .callerPhone("13800138000")
        .appealType("CONSULT")
        .categoryId("SR01")
        .callId(callId);
  }

  public TicketIntake channel(String channel) {
    return with("channel", channel);
  }

  public TicketIntake callerName(String name) {
    return with("callerName", name);
  }

  public TicketIntake callerPhone(String phone) {
    return with("callerPhone", phone);
  }

  public TicketIntake address(String address) {
    return with("address", address);
  }

  public TicketIntake appealType(String type) {
    return with("appealType", type);
  }

  public TicketIntake categoryId(String category) {
    return with("categoryId", category);
  }

  public TicketIntake urgency(String urgency) {
    return with("urgency", urgency);
  }

  public TicketIntake content(String content) {
    return with("content", content);
  }

  public TicketIntake callId(String callId) {
    return with("callId", callId);
  }

  public TicketIntake confidential(boolean confidential) {
    body.put("confidential", confidential);
    return this;
  }

  private TicketIntake with(String field, String value) {
    body.put(field, value);
    return this;
  }

  /** The request body (a copy). */
  public JsonObject json() {
    return body.copy();
  }

  /** Sends the intake as {@code token}, whatever the answer. */
  public ApiClient.Reply post(ApiClient api, String token) {
    return api.post("/api/v1/tickets", token, body);
  }

  /** Takes the ticket in as {@code token} (201) and returns it as the server rendered it. */
  public JsonObject created(ApiClient api, String token) {
    ApiClient.Reply r = post(api, token);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json();
  }

  /** Takes the ticket in as {@code token} (201) and returns its id. */
  public long create(ApiClient api, String token) {
    return created(api, token).getLong("id");
  }
}
