import { http } from './http'
import type * as T from './types'
import { ifHas } from './capabilities'

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
