// Line diff of two texts (longest common subsequence), for showing two versions side by side. Chinese text has few
// line breaks, so a long line is split at sentence ends (。！？；) first: a changed sentence is marked, not the paragraph.

export type DiffKind = 'same' | 'removed' | 'added'
export interface DiffRow { left: string | null; right: string | null; kind: 'same' | 'changed' | 'removed' | 'added' }

export function lines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n')
    .flatMap((l) => l.split(/(?<=[。！？；!?;])/))
    .filter((l, i, all) => l !== '' || all.length === 1)
}

/** The edit script from a to b: each line kept, removed (only in a) or added (only in b), in order. */
export function diffLines(a: string[], b: string[]): { kind: DiffKind; text: string }[] {
  const n = a.length
  const m = b.length
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1])
    }
  }
  const out: { kind: DiffKind; text: string }[] = []
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ kind: 'same', text: a[i] })
      i++
      j++
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
      out.push({ kind: 'removed', text: a[i++] })
    } else {
      out.push({ kind: 'added', text: b[j++] })
    }
  }
  while (i < n) out.push({ kind: 'removed', text: a[i++] })
  while (j < m) out.push({ kind: 'added', text: b[j++] })
  return out
}

/** Side-by-side rows: a removed line next to the added line that replaced it is one changed row. */
export function sideBySide(left: string, right: string): DiffRow[] {
  const ops = diffLines(lines(left), lines(right))
  const rows: DiffRow[] = []
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k]
    if (op.kind === 'same') {
      rows.push({ left: op.text, right: op.text, kind: 'same' })
    } else if (op.kind === 'removed' && ops[k + 1]?.kind === 'added') {
      rows.push({ left: op.text, right: ops[k + 1].text, kind: 'changed' })
      k++
    } else if (op.kind === 'removed') {
      rows.push({ left: op.text, right: null, kind: 'removed' })
    } else {
      rows.push({ left: null, right: op.text, kind: 'added' })
    }
  }
  return rows
}

/** One entry of the dispatch catalogue (派单目录) as the server sends it. */
export interface CatalogueEntry { id: string; categoryId: string; categoryName?: string; condition?: string | null;
  lead: string; leadName?: string; assists: { ref: string; name?: string }[]; keywords: string[]; note?: string | null }
export interface CatalogueChange { id: string; kind: 'added' | 'removed' | 'changed'; before?: CatalogueEntry;
  after?: CatalogueEntry; fields: string[] }

const FIELD_LABEL: [keyof CatalogueEntry, string][] = [['categoryId', '问题分类'], ['condition', '适用情形'],
  ['lead', '主办单位'], ['assists', '协办单位'], ['keywords', '关键词'], ['note', '说明']]

function same(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => JSON.stringify(Array.isArray(v) ? v.map((x) => (typeof x === 'object' && x && 'ref' in x
    ? (x as { ref: string }).ref : x)) : v ?? null)
  return norm(a) === norm(b)
}

/** What changed from catalogue version a to b, entry by entry (by id), with the fields that differ. */
export function diffCatalogue(a: CatalogueEntry[], b: CatalogueEntry[]): CatalogueChange[] {
  const before = new Map(a.map((e) => [e.id, e]))
  const after = new Map(b.map((e) => [e.id, e]))
  const out: CatalogueChange[] = []
  for (const [id, e] of before) {
    const n = after.get(id)
    if (!n) out.push({ id, kind: 'removed', before: e, fields: [] })
    else {
      const fields = FIELD_LABEL.filter(([k]) => !same(e[k], n[k])).map(([, l]) => l)
      if (fields.length) out.push({ id, kind: 'changed', before: e, after: n, fields })
    }
  }
  for (const [id, e] of after) if (!before.has(id)) out.push({ id, kind: 'added', after: e, fields: [] })
  return out
}
