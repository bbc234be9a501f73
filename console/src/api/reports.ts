import { http, url } from './http'
import type * as T from './types'

/** 日/周/月/季/年 and 自定义区间 (a range of whole days, optionally named: 重点时期) */
export type PeriodKind = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'range'
export type ReportCode = 'TRAFFIC' | 'TICKETS' | 'UNITS'
export type ReportFileFormat = 'html' | 'xlsx' | 'csv' | 'pdf'

export interface PeriodQuery {
  period: PeriodKind
  date?: string
  from?: string
  to?: string
  name?: string
}

const PATHS: Record<ReportCode, string> = { TRAFFIC: '/reports/traffic', TICKETS: '/reports/tickets', UNITS: '/reports/units' }

function query(p: PeriodQuery): Record<string, string | undefined> {
  return p.period === 'range' ? { period: p.period, from: p.from, to: p.to, name: p.name } : { period: p.period, date: p.date }
}

export const reports = {
  traffic: (period: PeriodKind, date: string) =>
    http.get<T.TrafficReport>('/reports/traffic', { period, date }, { quiet: [404] }),
  trafficOf: (p: PeriodQuery) => http.get<T.TrafficReport>('/reports/traffic', query(p)),
  ticketsOf: (p: PeriodQuery) => http.get<T.TicketReport>('/reports/tickets', query(p)),
  unitsOf: (p: PeriodQuery) => http.get<T.UnitRanking>('/reports/units', query(p)),
  /** 单位报表: one unit's figures in the period */
  unitOf: (unitId: string, p: PeriodQuery) =>
    http.get<T.UnitReport>(`/reports/units/${encodeURIComponent(unitId)}/report`, query(p)),
  unitFileUrl: (unitId: string, p: PeriodQuery, format: ReportFileFormat) =>
    url(`/reports/units/${encodeURIComponent(unitId)}/report`, { ...query(p), format }),
  /** the address of a report file (HTML opens in the page, the others download) */
  fileUrl: (report: ReportCode, p: PeriodQuery, format: ReportFileFormat) => url(PATHS[report], { ...query(p), format }),
  verify: (report: ReportCode, p: PeriodQuery) => http.get<T.ReportVerification>(`${PATHS[report]}/verify`, query(p)),
  archive: (report?: ReportCode) => http.get<{ items: T.ArchivedReport[] }>('/reports/archive', { report, size: 100 }),
  generate: (report: ReportCode, p: PeriodQuery, partial: boolean) =>
    http.post<{ replaced: boolean; message: string; items: T.ArchivedReport[] }>('/reports/archive',
      { report, ...query(p), partial }),
}
