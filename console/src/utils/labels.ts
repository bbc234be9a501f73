// Chinese labels for codes the server sends without one (the server's own label wins when present).
export const ROLE_LABEL: Record<string, string> = {
  AGENT: '座席员', TEAM_LEAD: '班长', DISPATCHER: '派单员', UNIT_HANDLER: '承办单位', MANAGER: '管理人员',
  ADMIN: '系统管理员',
}
export const APPEAL_TYPES = [
  { value: 'CONSULT', label: '咨询' }, { value: 'HELP', label: '求助' }, { value: 'COMPLAINT', label: '投诉' },
  { value: 'REPORT', label: '举报' }, { value: 'SUGGESTION', label: '建议' }, { value: 'PRAISE', label: '表扬' },
]
export const URGENCIES = [{ value: 'NORMAL', label: '一般' }, { value: 'URGENT', label: '紧急' }]
export const CHANNELS = [
  { value: 'PHONE', label: '电话' }, { value: 'WEB', label: '网站' }, { value: 'WECHAT', label: '微信' },
  { value: 'APP', label: 'App' }, { value: 'MESSAGE_BOARD', label: '留言板' }, { value: 'EMAIL', label: '电子邮件' },
]
export const TICKET_STATUS: Record<string, string> = {
  RECEIVED: '已受理', DIRECT_CLOSED: '直接办结', PENDING_DISPATCH: '待派单', DISPATCHED: '已派单', SIGNED: '已签收',
  RETURN_REQUESTED: '退单审核中', ARBITRATION: '退单仲裁中', EXTENSION_REQUESTED: '延期审核中',
  SUB_HANDLING: '社区办理中', SUB_REPLIED: '社区已反馈', REPLIED: '已反馈', CALLBACK_DONE: '已回访',
  CLOSED: '已结案', REOPENED: '重办', MERGED: '已合并', RETURNED_TO_CITY: '已退市',
}
export const CALL_OUTCOMES = [
  { value: 'ANSWERED', label: '已接听' }, { value: 'ABANDONED', label: '放弃' },
  { value: 'SHORT_ABANDONED', label: '短时放弃' }, { value: 'AFTER_HOURS', label: '非工作时间来电' },
  { value: 'NOT_QUEUED', label: '未进入队列挂机' }, { value: 'OUTBOUND', label: '外呼已接通' },
  { value: 'OUTBOUND_UNANSWERED', label: '外呼未接通' }, { value: 'IN_PROGRESS', label: '进行中' },
  { value: 'SUPERVISION', label: '班长监听（非来电）' }, { value: 'INTERNAL', label: '内部通话（非来电）' },
  { value: 'PLATFORM', label: '平台发起（非来电）' },
]
export const OUTCOME_LABEL: Record<string, string> = Object.fromEntries(CALL_OUTCOMES.map((o) => [o.value, o.label]))
export const AGENT_STATE_LABEL: Record<string, string> = {
  READY: '示闲', RINGING: '振铃', TALKING: '通话中', WRAP_UP: '话后整理', PAUSED: '示忙', UNAVAILABLE: '设备离线',
  LOGGED_OUT: '已签出',
}
export const AGENT_STATE_TAG: Record<string, 'success' | 'warning' | 'danger' | 'info' | 'primary'> = {
  READY: 'success', RINGING: 'warning', TALKING: 'danger', WRAP_UP: 'primary', PAUSED: 'warning',
  UNAVAILABLE: 'info', LOGGED_OUT: 'info',
}
/** the pause reasons the console offers until the server's list (GET /agent/pause-reasons) is there */
export const DEFAULT_PAUSE_REASONS = [
  { code: 'BREAK', label: '小休' }, { code: 'MEAL', label: '就餐' }, { code: 'TRAINING', label: '培训' },
  { code: 'MEETING', label: '会议' }, { code: 'WRAP', label: '整理工单' },
]
/** Q.850 hangup causes, for servers that do not send hangupCauseLabel yet */
export const HANGUP_CAUSE: Record<string, string> = {
  '16': '正常挂机', '17': '用户忙', '18': '无响应', '19': '无人接听', '21': '呼叫被拒绝', '27': '目标故障',
  '31': '正常挂机', '34': '无可用线路', '38': '网络故障', '41': '临时故障', '127': '其他原因',
}
export function hangupLabel(c: { hangupCauseLabel?: string | null; hangupCause?: number | string | null }): string {
  if (c.hangupCauseLabel) return c.hangupCauseLabel
  if (c.hangupCause === null || c.hangupCause === undefined || c.hangupCause === '') return '—'
  return HANGUP_CAUSE[String(c.hangupCause)] ?? `挂机原因 ${c.hangupCause}`
}
export const SATISFACTIONS = [
  { value: 'SATISFIED', label: '满意' }, { value: 'BASICALLY_SATISFIED', label: '基本满意' },
  { value: 'DISSATISFIED', label: '不满意' },
]
export const SATISFACTION_LABEL: Record<string, string> = Object.fromEntries(SATISFACTIONS.map((o) => [o.value, o.label]))
/** the labels of the ticket actions, for servers whose ticket JSON has no actions list */
export const ACTION_LABEL: Record<string, string> = {
  'direct-close': '直接办结', submit: '提交派单', dispatch: '派单', sign: '签收', return: '申请退单',
  'approve-return': '同意退单', 'reject-return': '驳回退单', arbitrate: '退单仲裁', 'request-extension': '申请延期',
  'approve-extension': '同意延期', 'reject-extension': '驳回延期', urge: '催办', supervise: '督办',
  'sub-assign': '分拣转办', 'take-back': '收回转办', 'sub-reply': '社区反馈', 'reject-sub-reply': '退回社区重办', reply: '反馈',
  callback: '回访', close: '结案', reopen: '重办', 'request-exclusion': '申请不纳入考核',
  'review-exclusion': '审核不纳入考核', 'revoke-exclusion': '撤销不纳入考核', rate: '评价', 'follow-up': '整改',
}
/** history detail keys in Chinese */
export const DETAIL_LABEL: Record<string, string> = {
  returnReason: '退单原因', signedOnTime: '按时签收', urgeCount: '催办次数', resolved: '是否解决',
  satisfaction: '满意度', exclusion: '不纳入考核', leadUnitId: '主办单位', assistUnitIds: '协办单位',
  requestedDueAt: '申请延期至', newDueAt: '延期至', dueAt: '期限', masterTicketId: '主工单', note: '备注',
  subUnitId: '转办社区', returnRejections: '退单被驳回次数', decision: '仲裁结果', callId: '回访通话',
  rating: '评价', source: '评价来源', ratingId: '评价编号', followUpDueAt: '整改期限', noticeItems: '一次性告知事项数',
}
/** 好差评 levels and sources in the history (the five-level national scale; survey and callback use the middle three) */
export const RATING_LABEL: Record<string, string> = {
  VERY_SATISFIED: '非常满意', SATISFIED: '满意', BASICALLY_SATISFIED: '基本满意', DISSATISFIED: '不满意',
  VERY_DISSATISFIED: '非常不满意', CALLBACK: '回访', SURVEY: '通话满意度测评', CITIZEN: '群众自评',
}
/** actors without an account: the citizens' own page and the post-call survey */
export const SELF_SERVICE_ACTOR: Record<string, string> = { citizen: '群众（自助提交）', survey: '通话满意度测评' }
/** 仲裁结果 in the history */
export const ARBITRATION_DECISION_LABEL: Record<string, string> = {
  APPROVE_RETURN: '同意退单', ORDER_HANDLING: '责令承办单位办理',
}
/** 退单原因 (GET /dispatch/return-reasons has them too; the history carries only the code) */
export const RETURN_REASON_LABEL: Record<string, string> = {
  NOT_JURISDICTION: '非本单位辖区', NOT_DUTY: '非本单位职责', INCOMPLETE: '诉求信息不全，无法办理', DUPLICATE: '重复诉求',
  OTHER_CHANNEL: '应通过诉讼、仲裁、信访等法定途径解决', NOT_GOVERNMENT: '不属于政府职能范围', OTHER: '其他',
}
/** 不纳入考核 states in the history's details */
export const EXCLUSION_LABEL: Record<string, string> = {
  NONE: '未申请', REQUESTED: '待审核', APPROVED: '已同意', REJECTED: '已驳回', REVOKED: '已撤销',
}
// 向市级平台报送的办理节点 (CityUpdateKind.java)
export const CITY_UPDATE_KIND: Record<string, string> = {
  SIGNED: '已签收', REPLIED: '已反馈', RETURNED: '退市', EXTENSION_REQUESTED: '申请延期', CALLBACK: '回访结果', CLOSED: '已办结',
}
