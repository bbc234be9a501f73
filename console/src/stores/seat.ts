// The agent's seat (签入的座席接口) and their own state on the live board, as the team lead sees it.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { agent } from '@/api'
import type { LiveMember, Seat } from '@/api/types'
import { useLiveStore } from './live'

export const useSeatStore = defineStore('seat', () => {
  const seat = ref<Seat | null>(null)
  const loaded = ref(false)
  const live = useLiveStore()

  async function load(username: string) {
    try {
      const r = await agent.seats()
      seat.value = r.items.find((s) => s.username === username) ?? null
    } catch {
      seat.value = null
    }
    loaded.value = true
  }

  const member = computed<LiveMember | null>(() => {
    if (!seat.value || !live.board) return null
    for (const q of live.board.queues) {
      const m = q.members.find((x) => x.interface === seat.value!.interface)
      if (m) return m
    }
    return null
  })

  async function login(iface: string, queue?: string) {
    seat.value = await agent.login(iface, queue)
  }

  async function logout() {
    await agent.logout()
    seat.value = null
  }

  return { seat, loaded, member, load, login, logout }
})
