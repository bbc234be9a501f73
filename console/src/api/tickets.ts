import { http, upload } from './http'
import type * as T from './types'
import { ifHas } from './capabilities'

export const tickets = {
  list: (q: Record<string, string | number | boolean | undefined>) => http.get<T.Page<T.Ticket>>('/tickets', q),
  get: (id: number) => http.get<T.Ticket>(`/tickets/${id}`),
  create: (body: T.NewTicket, idempotencyKey?: string) =>
    http.post<T.Ticket>('/tickets', body, { idempotencyKey }),
  act: (id: number, action: string, body: unknown = {}) => http.post<T.Ticket>(`/tickets/${id}/${action}`, body),
  batchDispatch: (body: { ticketIds: number[]; leadUnitId: string; assistUnitIds?: string[]; note?: string }) =>
    http.post<T.BatchResult>('/tickets/batch-dispatch', body),
  attachments: (id: number) => http.get<T.Items<T.Attachment>>(`/tickets/${id}/attachments`),
  upload: (id: number, file: File) => upload<T.Attachment>(`/tickets/${id}/attachments`, file),
  history: (id: number) => http.get<T.Items<T.HistoryItem>>(`/tickets/${id}/history`),
  calls: (id: number) => http.get<T.Items<T.CallSummary>>(`/tickets/${id}/calls`),
  similar: (id: number) => http.get<T.Items<T.SimilarTicket>>(`/tickets/${id}/similar`, undefined, { quiet: true }),
  merged: (id: number) => http.get<T.Items<T.TicketRef>>(`/tickets/${id}/merged`, undefined, { quiet: true }),
  /** similar tickets for text not saved yet (console-api); quiet: the form works without it */
  similarText: (text: string, address?: string, limit = 5) => ifHas('POST', '/tickets/similar', () =>
    http.post<T.Items<T.SimilarTicket>>('/tickets/similar', { text, address, limit }, { quiet: true })),
}
