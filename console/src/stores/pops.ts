// The agent's screen pops: own calls only (the server sends the pops of the interface the agent sits at), once per
// call, kept until dismissed (also across a refresh, in sessionStorage per user).
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ScreenPop } from '@/api/types'
import { useLiveStore } from './live'

export interface PopCard extends ScreenPop {
  receivedAt: number
}

export const usePopsStore = defineStore('pops', () => {
  const cards = ref<PopCard[]>([])
  const seenCalls = new Set<string>()
  let user = ''
  let off: (() => void) | undefined
  const listeners = new Set<(p: PopCard) => void>()

  const storageKey = () => `hotline.pops.${user}`

  function persist() {
    try {
      sessionStorage.setItem(storageKey(), JSON.stringify({ cards: cards.value, seen: [...seenCalls].slice(-200) }))
    } catch {
      // ignore
    }
  }

  function start(username: string, myInterface: () => string | null) {
    if (off && user === username) return
    stop()
    user = username
    try {
      const saved = JSON.parse(sessionStorage.getItem(storageKey()) ?? 'null')
      if (saved) {
        cards.value = saved.cards ?? []
        ;(saved.seen ?? []).forEach((c: string) => seenCalls.add(c))
      }
    } catch {
      // ignore
    }
    off = useLiveStore().on('screen-pop', (data) => {
      const p = data as ScreenPop
      const mine = myInterface()
      if (mine && p.agentInterface && p.agentInterface !== mine) return
      accept(p)
    })
  }

  function accept(p: ScreenPop) {
    if (!p.callId || seenCalls.has(p.callId)) return
    seenCalls.add(p.callId)
    const card = { ...p, receivedAt: Date.now() }
    cards.value = [card, ...cards.value]
    persist()
    listeners.forEach((l) => l(card))
  }

  function dismiss(callId: string) {
    cards.value = cards.value.filter((c) => c.callId !== callId)
    persist()
  }

  function onPop(l: (p: PopCard) => void) {
    listeners.add(l)
    return () => listeners.delete(l)
  }

  function stop() {
    off?.()
    off = undefined
    cards.value = []
    seenCalls.clear()
  }

  return { cards, start, stop, accept, dismiss, onPop }
})
