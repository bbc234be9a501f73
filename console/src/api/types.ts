// API shapes. Request bodies come from src/api/schema.d.ts, generated from console/openapi.json
// (`npm run gen:api`, never edited by hand). Response shapes are written here from the server's JSON classes
// (infra/…/http/*Json.java) because the document marks every response field optional; fields the server adds
// later are optional here, so the console works with and without them.
import type { components } from './schema'

type Schemas = components['schemas']

export type Role = 'AGENT' | 'TEAM_LEAD' | 'DISPATCHER' | 'UNIT_HANDLER' | 'MANAGER' | 'ADMIN'

export interface Me {
  id: number
  username: string
  displayName: string
  role: Role
  roleLabel: string
  unitId: string
  unitName: string | null
}

export interface LoginResponse {
  token?: string
  tokenType?: string
  expiresInSeconds: number
  user: Me
}

export interface Page<T> {
  total: number
  page: number
  size: number
  items: T[]
}

export interface Items<T> {
  items: T[]
}

export interface Ticket {
  id: number
  no: string
  status: string
  statusLabel: string
  channel: string
  channelLabel: string
  callerName: string | null
  callerPhone: string | null
  confidential: boolean
  address: string | null
  appealType: string
  appealTypeLabel: string
  categoryId: string
  categoryName: string | null
  urgency: string
  urgencyLabel: string
  content: string
  callId: string | null
  leadUnitId: string | null
  leadUnitName: string | null
  dueAt: string | null
  overdue: boolean
  nearDue: boolean
  reply: string | null
  createdAt: string
  createdBy: number | null
  version: number
  /** the actions this actor may take now (server's rule table); absent on older servers */
  actions?: TicketActionRef[]
  assistUnitIds?: string[]
  /** 分拣转办: the community the lead street passed the ticket to, and its reply to the street */
  subUnitId?: string | null
  subUnitName?: string | null
  subReply?: string | null
  signDueAt?: string | null
  handleDueAt?: string | null
  callbackDueAt?: string | null
  supervisionDueAt?: string | null
  dispatchedAt?: string | null
  signedAt?: string | null
  repliedAt?: string | null
  callbackAt?: string | null
  resolved?: boolean | null
  satisfaction?: string | null
  satisfactionLabel?: string | null
  closedAt?: string | null
  urgeCount?: number
  supervised?: boolean
  exclusion?: string
  exclusionLabel?: string
  returnCount?: number
  extensionCount?: number
  requestedDueAt?: string | null
  /** returns rejected since the current unit took it (the second goes to arbitration) */
  returnRejections?: number
  /** the recorded callback call (callback-call) the callback result was taken on */
  callbackCallId?: string | null
  /** on GET /tickets/{id} only */
  attachments?: Attachment[]
  /** 好差评 of every source (GET /tickets/{id} only) */
  ratings?: TicketRating[]
  /** 整改 opened by 差评 (GET /tickets/{id} only) */
  followUps?: FollowUp[]
  /** 一次性告知 of a direct close (GET /tickets/{id} only) */
  notice?: Notice | null
}

export type RatingLevel = 'VERY_SATISFIED' | 'SATISFIED' | 'BASICALLY_SATISFIED' | 'DISSATISFIED' | 'VERY_DISSATISFIED'

/** one rating (好差评), stored locally first; synced once sent upstream */
export interface TicketRating {
  id: number
  rating: RatingLevel
  ratingLabel: string
  bad: boolean
  source: 'CALLBACK' | 'SURVEY' | 'CITIZEN'
  sourceLabel: string
  comment: string | null
  ratedAt: string
  synced: boolean
}

/** a follow-up (整改) a 差评 opened, with its own deadline */
export interface FollowUp {
  id: number
  ratingId: number
  reason: string
  openedAt: string
  dueAt: string
  overdue: boolean
}

export type NoticeKind = 'MATERIALS' | 'PLACE' | 'HOURS' | 'FEES'

export interface NoticeItem {
  kind: NoticeKind
  kindLabel?: string
  text: string
}

/** 一次性告知: what the citizen was told on a direct close, from the article used */
export interface Notice {
  articleCode: string | null
  articleTitle: string | null
  items: NoticeItem[]
}

/** the citizens' public page (no login) */
export interface PublicCategoryGroup {
  id: string
  name: string
  children: { id: string; name: string }[]
}

export interface PublicAppealFiled {
  trackingNo: string
  filedAt: string
  repeated: boolean
  uploadToken: string
  maxPhotos: number
  message: string
}

export interface CitizenProgress {
  trackingNo: string
  status: 'RECEIVED' | 'HANDLING' | 'REPLIED' | 'CLOSED'
  statusLabel: string
  filedAt: string
  channelLabel: string
  appealTypeLabel: string
  address: string | null
  content: string
  reply: string | null
  repliedAt: string | null
  closedAt: string | null
  notice: Notice | null
  rating: { rating: RatingLevel; ratingLabel: string; comment: string | null; ratedAt: string } | null
  canRate: boolean
}

/** a file attached to a ticket or reply (GET /tickets/{id}/attachments) */
export interface Attachment {
  id: number
  ticketId: number
  name: string
  mediaType: string
  typeLabel: string
  image: boolean
  size: number
  sha256: string
  purpose: 'APPEAL' | 'HANDLING'
  purposeLabel: string
  uploadedAt: string
  uploadedBy: { id: number; username: string; role: string; unitId: string }
  url: string
  thumbnailUrl: string | null
}

/** POST /tickets/batch-dispatch */
export interface BatchResult {
  dispatched: number
  failed: number
  items: { ticketId: number; ok: boolean; ticket?: Ticket; error?: { code: string; message: string } }[]
}

export interface TicketActionRef {
  code: string
  label: string
}

export interface HistoryItem {
  at: string
  action: string
  actionLabel: string
  fromStatus: string | null
  toStatus: string
  toStatusLabel: string
  actor: { id: number; username: string; role: string; unitId: string | null }
  reason: string | null
  details: Record<string, string>
}

/** GET /tickets/{id}/recommendations */
export interface Recommendation {
  category: { id: string; name: string; score: number; reasons: string[] } | null
  candidates: { unitId: string; unitName: string; role: string; roleLabel: string; score: number; reasons: string[] }[]
  jurisdiction: { status: string; statusLabel: string; streetId: string | null; streetName: string | null;
    communityId: string | null; communityName: string | null; confidence: number; explanation: string } | null
}

/** the short ticket of the dispatch oversight lists */
export interface TicketRef {
  id: number
  no: string
  status: string
  statusLabel: string
  createdAt: string
  address: string | null
  categoryId: string
  categoryName: string | null
  content: string
  leadUnitId: string | null
  leadUnitName: string | null
}

export interface DueAlerts {
  asOf: string
  rule: string
  totals: { nearDue: number; overdue: number; supervisionOverdue: number }
  units: { unitId: string | null; unitName: string | null; nearDue: number; overdue: number; supervisionOverdue: number }[]
  items: { ticketId: number; no: string; status: string; statusLabel: string; kind: string; kindLabel: string;
    dueAt: string | null; leadUnitId: string | null; leadUnitName: string | null; urgeCount: number; supervised: boolean }[]
}

export interface Duplicate {
  ticket: TicketRef
  duplicateOf: TicketRef
  similarity: number
  reason: string
  status: string
  statusLabel: string
  detectedAt: string
}

export interface Hotspot {
  id: number
  scopeUnitId: string
  scopeName: string | null
  streetId: string | null
  streetName: string | null
  categoryId: string
  categoryName: string | null
  firstAt: string
  lastAt: string
  raisedAt: string
  status: string
  statusLabel: string
  ticketCount: number
  tickets: TicketRef[]
}

/** POST /tickets, from the OpenAPI document */
export type NewTicket = Schemas['NewTicket']
export type AppealType = NewTicket['appealType']
export type Channel = NewTicket['channel']

export interface Category {
  id: string
  parentId: string | null
  name: string
  sortOrder: number
  active: boolean
  leaf: boolean
}

export interface Unit {
  id: string
  parentId: string | null
  name: string
  type: string
  typeLabel: string
  active: boolean
  aliases?: string[]
}

/** one gazetteer place (地名) of a street or town: GET /dispatch/units/{id}/places */
export interface Place {
  name: string
  kind: string
  kindLabel?: string
}

export interface Jurisdiction {
  status: 'RESOLVED' | 'AMBIGUOUS' | 'UNKNOWN' | 'OUTSIDE_DISTRICT' | string
  statusLabel: string
  streetId: string | null
  streetName: string | null
  communityId: string | null
  communityName: string | null
  confidence: number
  matched: string[]
  candidates: { streetId: string; streetName: string; score: number }[]
  explanation: string
}

export interface SimilarTicket {
  id: number
  no: string
  status?: string
  statusLabel?: string
  content?: string
  address?: string | null
  createdAt?: string
  score?: number
  snippet?: string
}

export interface KbHit {
  id: number
  code: string
  title: string
  /** HTML-escaped with <em> around matches: safe for v-html */
  highlightedTitle: string
  category: string
  score: number
  /** HTML-escaped with <em> around matches: safe for v-html */
  snippets: string[]
}

export interface KbSuggestion {
  id: number
  code: string
  title: string
}

export interface KbArticle {
  id: number
  code: string
  title: string
  category: string
  keywords: string[]
  status: string
  statusLabel: string
  version: number
  /** plain text: render as text */
  body?: string
  updatedAt: string
  /** 一次性告知 lines the server finds in the body (materials, place, hours, fees); with the body only */
  noticeItems?: NoticeItem[]
}

export interface Recording {
  file: string | null
  status: string
  statusLabel: string
  durationSeconds: number | null
}

export interface CallSummary {
  id: string
  direction: string
  directionLabel: string
  outcome: string
  outcomeLabel: string
  callerNumber: string | null
  callerName: string | null
  queue: string | null
  agentInterface: string | null
  agentName: string | null
  startedAt: string | null
  answeredAt: string | null
  endedAt: string | null
  waitSeconds: number | null
  talkSeconds: number | null
  hangupCause: number | string | null
  hangupCauseText: string | null
  hangupCauseLabel?: string | null
  recording: Recording | null
  survey: { result: string; label: string; digit: string; at: string } | null
  ticketRef?: string | null
}

export interface TicketBrief {
  id: number
  no: string
  status: string
  statusLabel?: string
  appealType: string
  appealTypeLabel?: string
  content: string
  callId: string | null
  createdAt: string
}

export interface CallDetail extends CallSummary {
  tickets: TicketBrief[]
}

export interface LiveMember {
  interface: string
  name: string | null
  agentName?: string | null
  username?: string | null
  state: string
  stateLabel: string
  pausedReason: string | null
  pauseReasonLabel?: string | null
  stateSeconds: number
  since?: string | null
  callId: string | null
  callerNumber: string | null
  callStartedAt?: string | null
}

export interface QueueToday {
  offered: number
  answered: number
  abandoned: number
  abandonRate: number | null
  abandonRateText: string
  answerRate: number | null
  answerRateText: string
  serviceLevel15: number | null
  serviceLevel15Text: string
}

export interface LiveQueue {
  server: string
  name: string
  waitingCount: number
  longestWaitSeconds: number
  waiting: { callId: string; callerNumber: string | null; position: number; waitSeconds: number }[]
  members: LiveMember[]
  byState: Record<string, number>
  at: string
  today?: QueueToday
}

export interface LiveBoard {
  version: number
  queues: LiveQueue[]
}

export interface PreviousCall {
  callId: string
  startedAt: string | null
  outcome: string
  outcomeLabel?: string
  agentInterface: string | null
  agentName?: string | null
}

export interface ScreenPop {
  agentInterface: string
  callId: string
  callerNumber: string | null
  queue: string | null
  at: string | null
  previousTickets: TicketBrief[]
  previousCalls: PreviousCall[]
  openTickets?: TicketBrief[]
  repeatCaller?: boolean
  confidential?: boolean
  agentName?: string | null
}

export interface Seat {
  username: string
  interface: string
  queue: string
  since: string | null
  loggedIn?: boolean
}

export interface PauseReason {
  code: string
  label: string
}

export interface LiveSettings {
  longCallSeconds: number
  longPauseSeconds: number
  /** the queue's wrap-up time (话后整理) as the live board counts it */
  wrapUpSeconds?: number
}

export interface Scorecard {
  name: string
  version: number
  items: { code: string; label: string; weight: number; fatal: boolean }[]
}

export interface QaScore {
  id: number
  callId: string
  agent?: string | null
  agentName?: string | null
  total?: number
  score?: number
  fatal?: boolean
  fatalFailed?: string[]
  items?: { code: string; label?: string; points: number }[]
  comment?: string | null
  scoredBy?: string | null
  scoredByName?: string | null
  scoredAt?: string | null
  appeal?: { reason: string; at: string; status?: string; statusLabel?: string } | null
  appealReason?: string | null
  appealedAt?: string | null
}

export interface TrafficKpis {
  offered: number
  answered: number
  abandoned: number
  shortAbandoned: number
  abandonRate: number | null
  abandonRateText: string
  answerRate: number | null
  answerRateText: string
  serviceLevel: Record<string, number | null>
  serviceLevelText: Record<string, string>
  asaSeconds: number | null
  avgTalkSeconds: number | null
  longestWaitSeconds: number | null
}

export interface ReportPeriod {
  kind: 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR' | 'RANGE'
  kindLabel: string
  first: string
  last: string
  days: number
  name: string | null
  key: string
  title: string
}

/** one line of a contract panel (合同考核指标) */
export interface ContractCheck {
  indicator: string
  target: string
  actual: string
  pass: boolean | null
  verdict: string
  note: string
}

export interface TrafficReport extends TrafficKpis {
  title: string
  period?: ReportPeriod
  byHour: (TrafficKpis & { hour: string })[]
  byDay?: (TrafficKpis & { day: string })[]
  byQueue: (TrafficKpis & { queue: string })[]
  byAgent: (TrafficKpis & { agent: string })[]
  contract?: ContractCheck[]
}

export interface TicketKpis {
  created: number
  directClosed: number
  replied: number
  calledBack: number
  callbacks: number
  directCloseRate: number | null
  directCloseRateText: string
  callbackRate: number | null
  callbackRateText: string
  satisfactionRate: number | null
  satisfactionRateText: string
  resolutionRate: number | null
  resolutionRateText: string
}

export type TicketReportRow = TicketKpis & { label: string }

export interface TicketReport extends TicketKpis {
  title: string
  period: ReportPeriod
  byChannel: (TicketReportRow & { channel: string })[]
  byAppealType: (TicketReportRow & { appealType: string })[]
  byCategoryGroup: (TicketReportRow & { categoryId: string })[]
  byCategory: (TicketReportRow & { categoryId: string })[]
  byDay: (TicketReportRow & { day: string })[]
  agentComplaintRateText: string
  contract: ContractCheck[]
}

export interface UnitRankingRow {
  rank: number | null
  unitId: string
  unitName: string
  dispatched: number
  overdueNow: number
  scoreText: string
  ranked: boolean
  responseRateText: string
  resolutionRateText: string
  satisfactionRateText: string
}

export interface UnitRanking {
  title: string
  period: ReportPeriod
  items: UnitRankingRow[]
}

/** one slice of a unit's counters with its rates (fractions 0–1 or null, and as text: 80.0% / 无数据) */
export interface UnitCountersJson {
  dispatched: number
  signed: number
  signedOnTime: number
  replied: number
  repliedOnTime: number
  callbacks: number
  resolved: number
  satisfied: number
  basicallySatisfied: number
  dissatisfied: number
  returns: number
  extensions: number
  responseRateText: string
  resolutionRateText: string
  satisfactionRateText: string
  replyOnTimeRateText: string
}

/** 单位报表: GET /reports/units/{id}/report */
export interface UnitReport {
  title: string
  period: ReportPeriod
  unitId: string
  unitName: string
  summary: UnitRankingRow & UnitCountersJson & { rankedUnits: number }
  daily: boolean
  slots: (UnitCountersJson & { label: string; first: string; last: string })[]
  subUnits: (UnitRankingRow & UnitCountersJson)[]
  subtreeTotal: UnitCountersJson & { overdueNow: number }
}

export interface VerificationFigure {
  figure: string
  rollup: string
  recomputed: string
  same: boolean
}

export interface ReportVerification {
  period: ReportPeriod
  consistent: boolean
  slices: number
  totals: VerificationFigure[]
  differences: VerificationFigure[]
}

export interface ArchivedReport {
  id: number
  report: string
  reportLabel: string
  periodKind: string
  periodKey: string
  first: string
  last: string
  format: string
  title: string
  size: number
  generatedAt: string
  generatedBy: string
  version: number
  href: string
}

export interface OperationLog {
  at: string
  username: string
  action: string
  actionLabel?: string
  interface: string | null
  reason: string | null
  success: boolean
  message: string | null
}

/** GET /kb/search-gaps (KbRoutes.searchGaps): questions the knowledge base could not answer. */
export interface KbSearchGap {
  query: string
  searches: number
  misses: number
  lastAt: string
}

export interface KbSearchGaps extends Items<KbSearchGap> {
  from: string
  to: string
}

/** 座席投诉: tied to the complained-about call (and its recording) and the agent who answered it. */
export interface AgentComplaint {
  id: number
  callId: string
  recordingUrl: string
  agent: string
  agentName: string
  agentInterface: string
  ticketNo: string | null
  reason: string
  filedBy: string
  filedByName: string
  filedAt: string
  status: 'PENDING' | 'UPHELD' | 'REJECTED'
  statusLabel: string
  reviewedBy: string | null
  reviewedByName: string | null
  reviewedAt: string | null
  reviewComment: string | null
}

// 市级平台对接 (CityRoutes.java)
export interface CityMessage {
  id: number
  caseNo: string
  ticketNo: string
  kind: string
  sequence: number
  idempotencyKey: string
  state: 'PENDING' | 'SENT' | 'DEAD'
  attempts: number
  createdAt: string
  nextAttemptAt: string | null
  lastError: string | null
  sentAt: string | null
  waitingBehind?: number
}

export interface CityRejected {
  id: number
  caseNo: string | null
  reasonCode: string
  reason: string
  payload: string
  receivedAt: string
}

export interface CityDifference {
  caseNo: string
  ticketNo: string | null
  kind: string
  kindLabel: string
  ours: string | null
  theirs: string | null
  message: string
}

export interface CityReconciliation {
  checkedAt: string
  ours: number
  theirs: number
  consistent: boolean
  differences: CityDifference[]
}
