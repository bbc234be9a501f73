// Thin typed calls per back-end context.
import { http } from './http'
import type * as T from './types'
import { ifHas } from './capabilities'

export const auth = {
  login: (username: string, password: string) =>
    http.post<T.LoginResponse>('/auth/login', { username, password }, { quiet: [401] }),
  me: () => http.get<T.Me>('/auth/me', undefined, { quiet: [401] }),
  logout: () => http.post<{ loggedOut: boolean }>('/auth/logout', {}, { quiet: true }),
}

export const directory = {
  categories: () => http.get<T.Items<T.Category>>('/categories'),
  units: (q?: { type?: string; parentId?: string; q?: string }) => http.get<T.Items<T.Unit>>('/units', q),
}

export const tickets = {
  list: (q: Record<string, string | number | boolean | undefined>) => http.get<T.Page<T.Ticket>>('/tickets', q),
  get: (id: number) => http.get<T.Ticket>(`/tickets/${id}`),
  create: (body: T.NewTicket, idempotencyKey?: string) =>
    http.post<T.Ticket>('/tickets', body, { idempotencyKey }),
  act: (id: number, action: string, body: unknown = {}) => http.post<T.Ticket>(`/tickets/${id}/${action}`, body),
  /** similar tickets for text not saved yet (console-api); quiet: the form works without it */
  similarText: (text: string, address?: string, limit = 5) => ifHas('POST', '/tickets/similar', () =>
    http.post<T.Items<T.SimilarTicket>>('/tickets/similar', { text, address, limit }, { quiet: true })),
}

export const dispatch = {
  jurisdiction: (address: string, text?: string) =>
    http.post<T.Jurisdiction>('/dispatch/jurisdiction', { address, text }, { quiet: true }),
}

export const kb = {
  suggest: (q: string, signal?: AbortSignal) =>
    http.get<T.Items<T.KbSuggestion>>('/kb/suggest', { q, limit: 6 }, { quiet: true, signal }),
  search: (q: string, signal?: AbortSignal) =>
    http.get<T.Items<T.KbHit> & { tookMs: number }>('/kb/search', { q, limit: 8 }, { quiet: true, signal }),
  article: (id: number) => http.get<T.KbArticle>(`/kb/articles/${id}`),
}

export const calls = {
  list: (q: Record<string, string | number | undefined>) => http.get<T.Page<T.CallSummary>>('/calls', q),
  get: (id: string) => http.get<T.CallDetail>(`/calls/${encodeURIComponent(id)}`),
  recordingUrl: (id: string) => `/api/v1/calls/${encodeURIComponent(id)}/recording`,
}

export const agent = {
  login: (iface: string, queue?: string) => http.post<T.Seat>('/agent/login', { interface: iface, queue }),
  logout: () => http.post<{ loggedIn: boolean }>('/agent/logout', {}),
  pause: (reason: string) => http.post<{ paused: boolean }>('/agent/pause', { reason }),
  unpause: () => http.post<{ paused: boolean }>('/agent/unpause', {}),
  seats: () => http.get<T.Items<T.Seat>>('/agents/seats'),
  pauseReasons: () => ifHas('GET', '/agent/pause-reasons', () =>
    http.get<T.Items<T.PauseReason>>('/agent/pause-reasons', undefined, { quiet: [404] })),
  pauseAgent: (iface: string, reason: string) =>
    http.post<{ paused: boolean }>('/agents/pause', { interface: iface, reason }),
  unpauseAgent: (iface: string) => http.post<{ paused: boolean }>('/agents/unpause', { interface: iface }),
  supervise: (mode: 'LISTEN' | 'WHISPER' | 'BARGE', agentInterface: string, leadInterface: string) =>
    http.post<{ mode: string }>('/agents/supervise', { mode, agentInterface, leadInterface }),
  operations: (q: Record<string, string | number | undefined>) =>
    http.get<T.Items<T.OperationLog>>('/agent/operations', q),
}

export const live = {
  queues: () => http.get<T.LiveBoard>('/live/queues', undefined, { quiet: true }),
  settings: () => ifHas('GET', '/live/settings', () =>
    http.get<T.LiveSettings>('/live/settings', undefined, { quiet: true })),
}

export const reports = {
  traffic: (period: 'day' | 'week' | 'month', date: string) =>
    http.get<T.TrafficReport>('/reports/traffic', { period, date }, { quiet: [404] }),
}

export const qa = {
  scorecard: () => ifHas('GET', '/qa/scorecard', () => http.get<T.Scorecard>('/qa/scorecard', undefined, { quiet: [404] })),
  score: (body: { callId: string; items: { code: string; points: number }[]; fatalFailed: string[]; comment: string }) =>
    http.post<T.QaScore>('/qa/scores', body),
  scores: (q: Record<string, string | number | undefined>) => ifHas('GET', '/qa/scores', () =>
    http.get<T.Page<T.QaScore>>('/qa/scores', q, { quiet: [404] })),
  ofCall: (callId: string) => ifHas('GET', '/calls/{id}/qa', () =>
    http.get<T.Items<T.QaScore>>(`/calls/${encodeURIComponent(callId)}/qa`, undefined, { quiet: [404] })),
  appeal: (id: number, reason: string) => http.post<T.QaScore>(`/qa/scores/${id}/appeal`, { reason }),
  summary: (from: string, to: string) => ifHas('GET', '/qa/summary', () =>
    http.get<unknown>('/qa/summary', { from, to }, { quiet: [404] })),
}

export const admin = {
  users: () => http.get<T.Items<Record<string, unknown>>>('/admin/users'),
}
