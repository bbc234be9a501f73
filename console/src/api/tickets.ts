import { http } from './http'
import type * as T from './types'
import { ifHas } from './capabilities'

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
