import { http } from './http'
import type * as T from './types'

export const calls = {
  list: (q: Record<string, string | number | undefined>) => http.get<T.Page<T.CallSummary>>('/calls', q),
  get: (id: string) => http.get<T.CallDetail>(`/calls/${encodeURIComponent(id)}`),
  recordingUrl: (id: string) => `/api/v1/calls/${encodeURIComponent(id)}/recording`,
}
