// 系统管理: users and sessions, business calendar, SLA policies, knowledge-base review, audit log (ADMIN; the
// review queue also for 班长). One function per endpoint; the server checks every permission again.
import { http, url } from './http'
import type * as T from './types'
import type { paths } from './schema'

export interface AdminUser { id: number; username: string; displayName: string; role: T.Role; roleLabel: string;
  unitId: string; enabled: boolean; sessionsEnded?: number; message?: string }
export interface PasswordPolicy { minLength: number; maxBytes: number; rules: string[] }
export interface CalendarDay { date: string; kind: 'HOLIDAY' | 'WORKDAY'; kindLabel?: string; name: string }
export interface CalendarChange { ticketsMoved: number; imported?: number }
export interface SlaPolicy { categoryId: string | null; urgency: 'NORMAL' | 'URGENT'; signFor: string;
  signForLabel?: string; handling: string; handlingLabel?: string; callback: string; callbackLabel?: string }
export interface SlaClass { code: string; label: string; signFor: string; signForLabel: string; handling: string;
  handlingLabel: string; callback: string; callbackLabel: string }
export interface KbDraftView { id: number; code: string; title: string; body: string; category: string;
  version: number; status: string; statusLabel: string; updatedBy: string; updatedAt: string;
  pendingReview?: boolean; draft?: { baseVersion: number; title: string; body: string; category: string;
    keywords: string[]; author: string; at: string } }
export interface KbQueueItem { articleId: number; code: string; title: string; liveTitle: string;
  baseVersion: number; author: string; at: string; mine: boolean }
export interface KbArticleRow { id: number; code: string; title: string; category: string; status: string;
  statusLabel: string; version: number; updatedBy: string; updatedAt: string; body?: string; keywords?: string[] }
export interface AuditEntry { id: number; at: string; actor: string | null; role: string | null; action: string;
  target: string | null; clientAddress: string | null; result: string; detail: string | null }
export interface AuditFilter { from?: string; to?: string; actor?: string; action?: string; page?: number;
  size?: number }

/** the body of PUT /admin/units/{id} (generated from the OpenAPI document) */
export type UnitInput = paths['/admin/units/{id}']['put']['requestBody']['content']['application/json']
export type PlacesInput = paths['/dispatch/units/{id}/places']['put']['requestBody']['content']['application/json']

export const admin = {
  /** 单位: create or edit (the code is the id; PUT is an upsert) */
  saveUnit: (id: string, u: UnitInput) => http.put<T.Unit>(`/admin/units/${encodeURIComponent(id)}`, u),
  /** 地名库 of a street or town */
  places: (unitId: string) => http.get<{ unitId: string; items: T.Place[] }>(
    `/dispatch/units/${encodeURIComponent(unitId)}/places`),
  savePlaces: (unitId: string, body: PlacesInput) => http.put<{ unitId: string; items: T.Place[] }>(
    `/dispatch/units/${encodeURIComponent(unitId)}/places`, body),

  users: () => http.get<T.Items<AdminUser>>('/admin/users', { size: 200 }),
  createUser: (u: { username: string; displayName: string; password: string; role: string; unitId: string }) =>
    http.post<AdminUser>('/admin/users', u),
  updateUser: (id: number, c: { role?: string; unitId?: string; enabled?: boolean; displayName?: string }) =>
    http.put<AdminUser>(`/admin/users/${id}`, c),
  resetPassword: (id: number, password: string) => http.post<AdminUser>(`/admin/users/${id}/password`, { password }),
  forceLogout: (id: number) => http.post<AdminUser>(`/admin/users/${id}/logout`, {}),
  passwordPolicy: () => http.get<PasswordPolicy>('/admin/password-policy'),

  calendarDays: (year: number) => http.get<T.Items<CalendarDay>>('/calendar/days', { year }),
  saveDay: (d: CalendarDay) => http.put<CalendarDay & CalendarChange>(`/admin/calendar/days/${d.date}`,
    { kind: d.kind, name: d.name }),
  deleteDay: (date: string) => http.del<CalendarChange>(`/admin/calendar/days/${date}`),
  importCalendar: (text: string, replaceYears: boolean) =>
    http.post<CalendarChange & { imported: number }>('/admin/calendar/import', { text, replaceYears }),

  slaPolicies: () => http.get<T.Items<SlaPolicy>>('/sla-policies'),
  slaClasses: () => http.get<T.Items<SlaClass>>('/admin/sla-classes'),
  saveSla: (p: { categoryId: string | null; urgency: string; slaClass?: string; signFor?: string;
    handling?: string; callback?: string }) => http.put<SlaPolicy>('/admin/sla-policies', p),
  deleteSla: (categoryId: string, urgency: string) =>
    http.del<{ deleted: boolean }>(`/admin/sla-policies?categoryId=${encodeURIComponent(categoryId)}&urgency=${urgency}`),

  kbQueue: () => http.get<T.Items<KbQueueItem>>('/kb/review'),
  kbArticles: (text?: string) => http.get<T.Items<KbArticleRow> & { total: number }>('/kb/articles',
    { text, size: 50 }),
  kbArticle: (id: number) => http.get<KbArticleRow>(`/kb/articles/${id}`),
  kbDraft: (id: number) => http.get<KbDraftView>(`/kb/articles/${id}/draft`, undefined, { quiet: [404] }),
  kbCreate: (a: { title: string; body: string; category: string; keywords: string[] }) =>
    http.post<KbArticleRow>('/kb/articles', a),
  kbUpdate: (id: number, a: { title: string; body: string; category: string; keywords: string[]; version: number }) =>
    http.put<KbDraftView>(`/kb/articles/${id}`, a),
  kbPublish: (id: number) => http.post<KbArticleRow>(`/kb/articles/${id}/publish`, {}),
  kbDiscard: (id: number) => http.del<{ message: string }>(`/kb/articles/${id}/draft`),

  audit: (f: AuditFilter) => http.get<T.Items<AuditEntry> & { total: number; page: number; size: number }>(
    '/admin/audit', { ...f }),
  auditExportUrl: (f: AuditFilter, format: 'csv' | 'xlsx') =>
    url('/admin/audit', { ...f, page: undefined, size: undefined, format }),
}
