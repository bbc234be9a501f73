// Routes carry their roles (meta.roles); each role lands on its home; views are loaded lazily per role.
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import type { Role } from '@/api/types'
import { useSessionStore } from '@/stores/session'

declare module 'vue-router' {
  interface RouteMeta {
    title?: string
    roles?: Role[]
    /** shown in the side menu */
    menu?: boolean
    icon?: string
    /** outside the shell (login, big screen) */
    bare?: boolean
    public?: boolean
  }
}

export const appRoutes: RouteRecordRaw[] = [
  // 座席员
  { path: '/agent/desk', component: () => import('@/views/agent/AgentDesk.vue'),
    meta: { title: '座席工作台', roles: ['AGENT'], menu: true, icon: 'Headset' } },
  { path: '/agent/tickets', component: () => import('@/views/agent/MyTickets.vue'),
    meta: { title: '我的工单', roles: ['AGENT'], menu: true, icon: 'Tickets' } },
  { path: '/agent/callbacks', component: () => import('@/views/agent/Callbacks.vue'),
    meta: { title: '待回访', roles: ['AGENT'], menu: true, icon: 'PhoneFilled' } },
  { path: '/agent/calls', component: () => import('@/views/agent/MyCalls.vue'),
    meta: { title: '我的通话', roles: ['AGENT'], menu: true, icon: 'Phone' } },
  { path: '/agent/qa', component: () => import('@/views/agent/MyQa.vue'),
    meta: { title: '我的质检', roles: ['AGENT'], menu: true, icon: 'Medal' } },
  // 班长
  { path: '/lead/wallboard', component: () => import('@/views/lead/Wallboard.vue'),
    meta: { title: '实时监控', roles: ['TEAM_LEAD'], menu: true, icon: 'Monitor' } },
  { path: '/lead/qa', component: () => import('@/views/lead/QaCalls.vue'),
    meta: { title: '录音质检', roles: ['TEAM_LEAD'], menu: true, icon: 'Microphone' } },
  // 派单员
  { path: '/dispatcher/tickets', component: () => import('@/views/dispatcher/DispatcherHome.vue'),
    meta: { title: '派单工作台', roles: ['DISPATCHER'], menu: true, icon: 'Share' } },
  // 承办单位
  { path: '/unit/tickets', component: () => import('@/views/unit/UnitHome.vue'),
    meta: { title: '本单位工单', roles: ['UNIT_HANDLER'], menu: true, icon: 'OfficeBuilding' } },
  // every role: the ticket page (opened from every list)
  { path: '/tickets/:id(\\d+)', component: () => import('@/views/common/TicketPage.vue'),
    meta: { title: '工单详情' } },
  // 管理人员
  { path: '/manager/dashboard', component: () => import('@/views/manager/ManagerDashboard.vue'),
    meta: { title: '运行总览', roles: ['MANAGER'], menu: true, icon: 'Odometer' } },
  { path: '/manager/reports', component: () => import('@/views/manager/ReportCenter.vue'),
    meta: { title: '报表中心', roles: ['MANAGER'], menu: true, icon: 'Document' } },
  { path: '/manager/unit-report', component: () => import('@/views/manager/UnitReportPage.vue'),
    meta: { title: '单位报表', roles: ['MANAGER'], menu: true, icon: 'OfficeBuilding' } },
  { path: '/manager/traffic', component: () => import('@/views/manager/ManagerHome.vue'),
    meta: { title: '话务报表', roles: ['MANAGER'], menu: true, icon: 'DataLine' } },
  { path: '/manager/tickets', component: () => import('@/views/common/AllTickets.vue'),
    meta: { title: '工单查询', roles: ['MANAGER'], menu: true, icon: 'Tickets' } },
  // 系统管理员
  { path: '/admin/users', component: () => import('@/views/admin/AdminHome.vue'),
    meta: { title: '用户管理', roles: ['ADMIN'], menu: true, icon: 'User' } },
  { path: '/admin/units', component: () => import('@/views/admin/UnitsAdmin.vue'),
    meta: { title: '单位与地名', roles: ['ADMIN'], menu: true, icon: 'OfficeBuilding' } },
  { path: '/admin/calendar', component: () => import('@/views/admin/WorkCalendar.vue'),
    meta: { title: '工作日历', roles: ['ADMIN'], menu: true, icon: 'Calendar' } },
  { path: '/admin/sla', component: () => import('@/views/admin/SlaPolicies.vue'),
    meta: { title: '办理时限', roles: ['ADMIN'], menu: true, icon: 'Timer' } },
  { path: '/admin/kb-review', component: () => import('@/views/admin/KbReview.vue'),
    meta: { title: '知识审核', roles: ['ADMIN', 'TEAM_LEAD'], menu: true, icon: 'Reading' } },
  { path: '/admin/catalogue', component: () => import('@/views/admin/DispatchCatalogue.vue'),
    meta: { title: '派单目录', roles: ['ADMIN'], menu: true, icon: 'Share' } },
  { path: '/admin/synonyms', component: () => import('@/views/admin/Synonyms.vue'),
    meta: { title: '同义词词典', roles: ['ADMIN', 'TEAM_LEAD'], menu: true, icon: 'Reading' } },
  { path: '/admin/kb-gaps', component: () => import('@/views/admin/KbSearchGaps.vue'),
    meta: { title: '检索盲点', roles: ['ADMIN', 'TEAM_LEAD'], menu: true, icon: 'Search' } },
  { path: '/admin/audit', component: () => import('@/views/admin/AuditLog.vue'),
    meta: { title: '审计日志', roles: ['ADMIN'], menu: true, icon: 'Document' } },
  { path: '/admin/pause-reasons', component: () => import('@/views/admin/PauseReasons.vue'),
    meta: { title: '示忙原因', roles: ['ADMIN'], menu: true, icon: 'Headset' } },
  { path: '/admin/tickets', component: () => import('@/views/common/AllTickets.vue'),
    meta: { title: '工单查询', roles: ['ADMIN'], menu: true, icon: 'Tickets' } },
  { path: '/city', component: () => import('@/views/dispatcher/CityLink.vue'),
    meta: { title: '市级平台对接', roles: ['DISPATCHER', 'ADMIN'], menu: true, icon: 'Connection' } },
  // 班长、管理人员: arbitration of returns rejected twice, and the big screen (outside the shell)
  { path: '/arbitration', component: () => import('@/views/common/ArbitrationQueue.vue'),
    meta: { title: '退单仲裁', roles: ['TEAM_LEAD', 'MANAGER'], menu: true, icon: 'Warning' } },
  { path: '/complaints', component: () => import('@/views/common/AgentComplaints.vue'),
    meta: { title: '座席投诉', roles: ['TEAM_LEAD', 'MANAGER'], menu: true, icon: 'ChatDotSquare' } },

  { path: '/lead/bigscreen', component: () => import('@/views/lead/BigScreen.vue'),
    meta: { title: '监控大屏', roles: ['TEAM_LEAD', 'MANAGER'], menu: true, icon: 'FullScreen', bare: true } },
]

const routes: RouteRecordRaw[] = [
  { path: '/login', component: () => import('@/views/LoginView.vue'), meta: { title: '登录', public: true, bare: true } },
  // 群众自助 (H5, no login): ?channel=WECHAT or MESSAGE_BOARD when linked from there
  { path: '/citizen', component: () => import('@/views/citizen/CitizenAppeal.vue'),
    props: (r) => ({ channel: ['WEB', 'WECHAT', 'MESSAGE_BOARD', 'APP'].includes(String(r.query.channel)) ? r.query.channel : 'WEB' }),
    meta: { title: '群众诉求', public: true, bare: true } },
  { path: '/', redirect: () => useSessionStore().home },
  ...appRoutes,
  { path: '/forbidden', component: () => import('@/views/ForbiddenView.vue'), meta: { title: '无权访问' } },
  { path: '/:pathMatch(.*)*', component: () => import('@/views/NotFoundView.vue'), meta: { title: '页面不存在' } },
]

export const router = createRouter({ history: createWebHistory(), routes })

router.beforeEach(async (to) => {
  const session = useSessionStore()
  if (to.meta.public) {
    if (to.path === '/login' && (await session.probe())) return session.home
    return true
  }
  if (!(await session.probe())) {
    return { path: '/login', query: to.fullPath !== '/' ? { redirect: to.fullPath } : {} }
  }
  const roles = to.meta.roles
  if (roles && !session.hasRole(...roles)) return '/forbidden'
  return true
})

router.afterEach((to) => {
  document.title = to.meta.title ? `${to.meta.title} - 12345 热线平台` : '12345 热线平台'
})
