import { http } from './http'
import type * as T from './types'

/** 座席投诉: file against a call, the review queue, the review (成立 / 不成立 with a comment). */
export const complaints = {
  list: (q: { status?: string; agent?: string; page: number; size: number }) =>
    http.get<T.Page<T.AgentComplaint>>('/agent-complaints', q),
  file: (body: { callId: string; reason: string; ticketNo?: string }) =>
    http.post<T.AgentComplaint>('/agent-complaints', body),
  review: (id: number, upheld: boolean, comment: string) =>
    http.post<T.AgentComplaint>(`/agent-complaints/${id}/review`, { upheld, comment }),
}
