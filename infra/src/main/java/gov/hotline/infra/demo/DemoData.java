package gov.hotline.infra.demo;

import gov.hotline.core.admin.ReferenceDataAdmin;
import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.TicketId;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.id.UserId;
import gov.hotline.core.sla.SlaClass;
import gov.hotline.core.ticket.AppealType;
import gov.hotline.core.ticket.Channel;
import gov.hotline.core.ticket.NewTicket;
import gov.hotline.core.ticket.Satisfaction;
import gov.hotline.core.ticket.TicketCommand;
import gov.hotline.core.ticket.TicketService;
import gov.hotline.core.ticket.Urgency;
import gov.hotline.core.user.Actor;
import gov.hotline.core.user.Role;
import gov.hotline.core.user.User;
import gov.hotline.dispatch.adapter.json.DirectoryJson;
import gov.hotline.dispatch.domain.DirectoryImporter;
import gov.hotline.dispatch.service.DirectoryService;
import gov.hotline.infra.auth.Accounts;
import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo data for one district (Haidian sample): the unit directory imported as {@code POST
 * /dispatch/units/import} would (units, gazetteers, categories, dispatch catalogue), SLA for
 * utilities, the demo users (password {@value #DEMO_PASSWORD}) and tickets from the sample appeals
 * in every stage of their lifecycle. Runs only on a database without users.
 */
public final class DemoData {
  public static final String DEMO_PASSWORD = "hotline";

  /** The hotline centre of the demo district (the directory import's fixed id). */
  public static final UnitId CENTER = DirectoryImporter.Roots.DEFAULT.centre();

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  /** The demo accounts: user name, display name, role, unit. */
  public static final List<String[]> USERS =
      List.of(
          new String[] {"admin", "系统管理员", "ADMIN", "HD_CENTER"},
          new String[] {"agent1", "座席员王芳", "AGENT", "HD_CENTER"},
          new String[] {"lead1", "班长李强", "TEAM_LEAD", "HD_CENTER"},
          new String[] {"dispatcher1", "派单员赵敏", "DISPATCHER", "HD_CENTER"},
          new String[] {"handler1", "清河街道承办人", "UNIT_HANDLER", "STR_QH"},
          new String[] {"handler2", "中关村街道承办人", "UNIT_HANDLER", "STR_ZGC"},
          new String[] {"manager1", "管理人员陈静", "MANAGER", "HD"});

  private static final Map<String, Channel> CHANNELS =
      Map.of(
          "phone",
          Channel.PHONE,
          "web",
          Channel.WEB,
          "wechat",
          Channel.WECHAT,
          "message_board",
          Channel.MESSAGE_BOARD,
          "app",
          Channel.APP,
          "email",
          Channel.EMAIL);
  private static final Map<String, AppealType> TYPES =
      Map.of(
          "咨询",
          AppealType.CONSULT,
          "求助",
          AppealType.HELP,
          "投诉",
          AppealType.COMPLAINT,
          "举报",
          AppealType.REPORT,
          "建议",
          AppealType.SUGGESTION,
          "表扬",
          AppealType.PRAISE);

  private final ReferenceDataAdmin admin;
  private final Accounts accounts;
  private final TicketService tickets;
  private final DirectoryService directory;

  public DemoData(
      ReferenceDataAdmin admin,
      Accounts accounts,
      TicketService tickets,
      DirectoryService directory) {
    this.admin = admin;
    this.accounts = accounts;
    this.tickets = tickets;
    this.directory = directory;
  }

  /**
   * Seeds everything; returns false when the database already had users (nothing is changed then).
   */
  public boolean seedIfEmpty(boolean hasUsers) {
    if (hasUsers) {
      return false;
    }
    Actor system = new Actor(new UserId(0), "system", Role.ADMIN, CENTER);
    var dir =
        directory.importDirectory(system, DirectoryJson.parse(read("/demo/haidian-units.json")));
    // the Haidian classes: water, power, gas and heating (水电气热) 24 h; complex appeals (劳动关系争议,
    // 无明确主责) 15 working days; the defaults (no category) are already the 2 h and 7-working-day
    // classes
    admin.saveSlaPolicy(system, SlaClass.UTILITY_24H.policy(CategoryId.of("GY"), Urgency.NORMAL));
    for (String complex : List.of("LD02", "QT03")) {
      admin.saveSlaPolicy(
          system, SlaClass.COMPLEX_15D.policy(CategoryId.of(complex), Urgency.NORMAL));
    }
    String hash = accounts.hasher().hash(DEMO_PASSWORD);
    Actor agent = null;
    Actor dispatcher = null;
    for (String[] u : USERS) {
      User user =
          accounts.insert(
              new User(null, u[0], u[1], Role.valueOf(u[2]), UnitId.of(u[3]), hash, true));
      agent = "agent1".equals(u[0]) ? user.asActor() : agent;
      dispatcher = "dispatcher1".equals(u[0]) ? user.asActor() : dispatcher;
    }
    int n = seedTickets(agent, dispatcher);
    LOG.info(
        "demo data seeded: {} units, {} categories, {} places, catalogue version {}, {} users, {} tickets",
        dir.units(),
        dir.categories(),
        dir.places(),
        dir.catalogueVersion(),
        USERS.size(),
        n);
    return true;
  }

  private int seedTickets(Actor agent, Actor dispatcher) {
    String[] lines = read("/demo/haidian-appeals.jsonl").split("\n");
    int i = 0;
    for (String line : lines) {
      if (line.isBlank()) {
        continue;
      }
      JsonObject a = new JsonObject(line);
      NewTicket n =
          NewTicket.of(
              CHANNELS.getOrDefault(a.getString("channel"), Channel.PHONE),
              "市民" + (i + 1),
              String.format("138%08d", 10_000_000 + i),
              a.getString("address"),
              TYPES.getOrDefault(a.getString("appeal_type"), AppealType.HELP),
              a.getString("category"),
              "urgent".equals(a.getString("urgency")) ? Urgency.URGENT : Urgency.NORMAL,
              a.getString("text"),
              null,
              i % 17 == 0);
      TicketId id = tickets.create(n, agent).ticket().id();
      advance(id, i % 6, a, agent, dispatcher);
      i++;
    }
    return i;
  }

  /**
   * Moves a demo ticket on by {@code stage} steps so that every list in the console has something
   * in it.
   */
  private void advance(TicketId id, int stage, JsonObject a, Actor agent, Actor dispatcher) {
    if (stage == 0) {
      return;
    }
    tickets.act(id, new TicketCommand.Submit(null), agent);
    if (stage == 1) {
      return;
    }
    UnitId lead = UnitId.of(a.getString("lead_unit"));
    List<UnitId> assists =
        a.getJsonArray("assist_units").stream()
            .map(o -> UnitId.of(o.toString()))
            .filter(u -> !u.equals(lead))
            .distinct()
            .toList();
    tickets.act(id, new TicketCommand.Dispatch(lead, assists, a.getString("notes")), dispatcher);
    if (stage == 2) {
      return;
    }
    Actor unit = new Actor(new UserId(0), "demo-" + lead.value(), Role.UNIT_HANDLER, lead);
    tickets.act(id, new TicketCommand.Sign(), unit);
    if (stage == 3) {
      return;
    }
    tickets.act(id, new TicketCommand.Reply("已联系来电人并现场核实，问题已处理完毕。"), unit);
    if (stage == 4) {
      return;
    }
    tickets.act(id, new TicketCommand.Callback(true, Satisfaction.SATISFIED, "来电人表示满意"), agent);
    tickets.act(id, new TicketCommand.Close(null), agent);
  }

  private static String read(String resource) {
    try (InputStream in = DemoData.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      StringBuilder sb = new StringBuilder();
      try (BufferedReader r =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        r.lines().forEach(l -> sb.append(l).append('\n'));
      }
      return sb.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
