import { http } from './http'
import type * as T from './types'

export const city = {
  deadLetters: () => http.get<T.Items<T.CityMessage>>('/city/dead-letters', { limit: 200 }),
  rejected: () => http.get<T.Items<T.CityRejected>>('/city/rejected-intake', { limit: 200 }),
  resend: (id: number) => http.post<{ resent: boolean; id: number }>(`/city/outbox/${id}/resend`, {}),
  reconcile: () => http.get<T.CityReconciliation>('/city/reconciliation'),
}
