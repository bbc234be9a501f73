// The agents and queues of the live board, with seconds counted on between boards and the warnings of the settings.
import { computed, onBeforeUnmount, ref } from 'vue'
import { useLiveStore } from '@/stores/live'
import { useDictStore } from '@/stores/dict'
import type { LiveMember } from '@/api/types'

export interface AgentRow extends LiveMember {
  queues: string[]
  seconds: number
  longCall: boolean
  longPause: boolean
}

export function useLiveAgents() {
  const live = useLiveStore()
  const dict = useDictStore()
  const now = ref(Date.now())
  const t = setInterval(() => (now.value = Date.now()), 1000)
  onBeforeUnmount(() => clearInterval(t))

  const agents = computed<AgentRow[]>(() => {
    const byIface = new Map<string, AgentRow>()
    const drift = Math.max(0, (now.value - live.boardAt) / 1000)
    for (const q of live.board?.queues ?? []) {
      for (const m of q.members) {
        const row = byIface.get(m.interface)
        if (row) {
          row.queues.push(q.name)
          continue
        }
        const seconds = m.stateSeconds + drift
        byIface.set(m.interface, {
          ...m, queues: [q.name], seconds,
          longCall: m.state === 'TALKING' && seconds >= dict.liveSettings.longCallSeconds,
          longPause: m.state === 'PAUSED' && seconds >= dict.liveSettings.longPauseSeconds,
        })
      }
    }
    return [...byIface.values()].sort((a, b) => a.interface.localeCompare(b.interface))
  })

  const byState = computed(() => {
    const out: Record<string, number> = {}
    agents.value.forEach((a) => (out[a.state] = (out[a.state] ?? 0) + 1))
    return out
  })

  const queues = computed(() => live.board?.queues ?? [])
  const waitingNow = computed(() => queues.value.reduce((a, q) => a + q.waitingCount, 0))
  const longestWait = computed(() => Math.max(0, ...queues.value.map((q) => q.longestWaitSeconds)))
  return { agents, byState, queues, waitingNow, longestWait, now }
}
