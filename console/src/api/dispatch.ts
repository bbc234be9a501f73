import { http } from './http'
import type * as T from './types'

export const dispatch = {
  jurisdiction: (address: string, text?: string) =>
    http.post<T.Jurisdiction>('/dispatch/jurisdiction', { address, text }, { quiet: true }),
  recommendations: (ticketId: number) => http.get<T.Recommendation>(`/tickets/${ticketId}/recommendations`),
  returnReasons: () => http.get<T.Items<{ code: string; label: string }>>('/dispatch/return-reasons'),
  alerts: (q: { unitId?: string; kind?: string } = {}) => http.get<T.DueAlerts>('/dispatch/alerts', q),
  duplicates: () => http.get<T.Items<T.Duplicate>>('/dispatch/duplicates'),
  dismissDuplicate: (ticketId: number) => http.post(`/dispatch/duplicates/${ticketId}/dismiss`, {}),
  merge: (ticketId: number, masterTicketId: number, note?: string) =>
    http.post('/dispatch/merge', { ticketId, masterTicketId, note }),
  hotspots: () => http.get<T.Items<T.Hotspot>>('/dispatch/hotspots'),
  mergeHotspot: (id: number, masterTicketId: number, note?: string) =>
    http.post(`/dispatch/hotspots/${id}/merge`, { masterTicketId, note }),
  closeHotspot: (id: number) => http.post(`/dispatch/hotspots/${id}/close`, {}),
}
