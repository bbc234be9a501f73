import { http } from './http'
import type * as T from './types'

export const reports = {
  traffic: (period: 'day' | 'week' | 'month', date: string) =>
    http.get<T.TrafficReport>('/reports/traffic', { period, date }, { quiet: [404] }),
}
