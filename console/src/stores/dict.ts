// Dictionaries from the server, loaded once per session: categories (as a tree for the cascader), pause reasons,
// live settings. Fallbacks keep the screens usable while an endpoint is missing.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { agent, directory, live } from '@/api'
import type { Category, LiveSettings, PauseReason } from '@/api/types'
import { DEFAULT_PAUSE_REASONS } from '@/utils/labels'

export interface CategoryNode {
  value: string
  label: string
  children?: CategoryNode[]
}

export const useDictStore = defineStore('dict', () => {
  const categories = ref<Category[]>([])
  const categoryTree = ref<CategoryNode[]>([])
  const pauseReasons = ref<PauseReason[]>([])
  const liveSettings = ref<LiveSettings>({ longCallSeconds: 600, longPauseSeconds: 900 })
  const loaded = new Set<string>()

  async function loadCategories() {
    if (loaded.has('categories')) return
    const r = await directory.categories()
    categories.value = r.items
    const byParent = new Map<string | null, Category[]>()
    r.items.filter((c) => c.active).forEach((c) => {
      const k = c.parentId ?? null
      if (!byParent.has(k)) byParent.set(k, [])
      byParent.get(k)!.push(c)
    })
    const build = (parent: string | null): CategoryNode[] =>
      (byParent.get(parent) ?? []).sort((a, b) => a.sortOrder - b.sortOrder).map((c) => {
        const kids = build(c.id)
        return kids.length ? { value: c.id, label: c.name, children: kids } : { value: c.id, label: c.name }
      })
    categoryTree.value = build(null)
    loaded.add('categories')
  }

  function categoryPath(id: string): string[] {
    const byId = new Map(categories.value.map((c) => [c.id, c]))
    const path: string[] = []
    let c = byId.get(id)
    while (c) {
      path.unshift(c.id)
      c = c.parentId ? byId.get(c.parentId) : undefined
    }
    return path
  }

  async function loadPauseReasons() {
    if (loaded.has('pause')) return
    try {
      const r = await agent.pauseReasons()
      pauseReasons.value = r.items?.length ? r.items : DEFAULT_PAUSE_REASONS
    } catch {
      pauseReasons.value = DEFAULT_PAUSE_REASONS
    }
    loaded.add('pause')
  }

  async function loadLiveSettings() {
    if (loaded.has('live')) return
    try {
      const s = await live.settings()
      if (s && typeof s.longCallSeconds === 'number') liveSettings.value = s
    } catch {
      // defaults
    }
    loaded.add('live')
  }

  function reset() {
    loaded.clear()
  }

  return {
    categories, categoryTree, pauseReasons, liveSettings,
    loadCategories, categoryPath, loadPauseReasons, loadLiveSettings, reset,
  }
})
