import { http } from './http'
import type * as T from './types'
import { ifHas } from './capabilities'

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
