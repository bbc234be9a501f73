import type { TrafficReport } from '@/api/types'

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
