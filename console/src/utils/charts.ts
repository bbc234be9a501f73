import type { TrafficKpis, TrafficReport } from '@/api/types'

/** today's traffic by hour: 呼入/接听 bars and 接通率 line */
export function hourlyOption(r: TrafficReport | null, dark = false) {
  const rows = r?.byHour ?? []
  const text = dark ? '#e5eaf3' : '#303133'
  return {
    backgroundColor: 'transparent',
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: ['呼入', '接听', '放弃', '接通率'], textStyle: { color: text } },
    grid: { left: 48, right: 56, top: 56, bottom: 30 },
    xAxis: { type: 'category', data: rows.map((h) => h.hour), axisLabel: { color: text } },
    yAxis: [
      { type: 'value', name: '通数', axisLabel: { color: text }, nameTextStyle: { color: text } },
      { type: 'value', name: '接通率', min: 0, max: 100, axisLabel: { formatter: '{value}%', color: text },
        nameTextStyle: { color: text } },
    ],
    series: [
      { name: '呼入', type: 'bar', data: rows.map((h) => h.offered), itemStyle: { color: '#409eff' } },
      { name: '接听', type: 'bar', data: rows.map((h) => h.answered), itemStyle: { color: '#67c23a' } },
      { name: '放弃', type: 'bar', data: rows.map((h) => h.abandoned), itemStyle: { color: '#f56c6c' } },
      { name: '接通率', type: 'line', yAxisIndex: 1, smooth: true,
        data: rows.map((h) => (h.answerRate === null ? null : Math.round(h.answerRate * 1000) / 10)),
        itemStyle: { color: '#e6a23c' } },
    ],
  }
}

/** traffic over slots (hours of a day, or days of a week/month): 呼入/接听 bars, 接通率 and 15 秒接通率 lines */
export function trafficTrendOption(rows: (TrafficKpis & { label: string })[]) {
  const pct = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(v * 1000) / 10)
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: ['呼入', '接听', '接通率', '15秒接通率', '平均等待(秒)'] },
    grid: { left: 48, right: 64, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: rows.map((r) => r.label) },
    yAxis: [
      { type: 'value', name: '通数' },
      { type: 'value', name: '% / 秒', min: 0 },
    ],
    series: [
      { name: '呼入', type: 'bar', data: rows.map((r) => r.offered), itemStyle: { color: '#409eff' } },
      { name: '接听', type: 'bar', data: rows.map((r) => r.answered), itemStyle: { color: '#67c23a' } },
      { name: '接通率', type: 'line', yAxisIndex: 1, data: rows.map((r) => pct(r.answerRate)), itemStyle: { color: '#e6a23c' } },
      { name: '15秒接通率', type: 'line', yAxisIndex: 1, data: rows.map((r) => pct(r.serviceLevel?.['15'])),
        itemStyle: { color: '#b71c1c' } },
      { name: '平均等待(秒)', type: 'line', yAxisIndex: 1, data: rows.map((r) => (r.asaSeconds === null ? null : Math.round(r.asaSeconds))),
        itemStyle: { color: '#909399' }, lineStyle: { type: 'dashed' } },
    ],
  }
}

/** a share of tickets (e.g. by channel) as a ring */
export function shareOption(title: string, rows: { label: string; created: number }[]) {
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c} 件（{d}%）' },
    title: { text: title, left: 'center', top: 0, textStyle: { fontSize: 14 } },
    series: [{ type: 'pie', radius: ['40%', '68%'], top: 24,
      data: rows.filter((r) => r.created > 0).map((r) => ({ name: r.label, value: r.created })) }],
  }
}
