// Which operations this server has, read once from its OpenAPI document (GET /api/v1/openapi.json, public, ~9 KB
// gzip). Screens built on endpoints that may not be deployed yet ask here first and degrade instead of calling a
// route that answers 404.
let doc: Promise<Set<string> | null> | null = null

function load(): Promise<Set<string> | null> {
  if (!doc) {
    doc = fetch('/api/v1/openapi.json', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(async (r) => {
        if (!r.ok) return null
        const d = (await r.json()) as { paths?: Record<string, Record<string, unknown>> }
        const ops = new Set<string>()
        for (const [path, item] of Object.entries(d.paths ?? {})) {
          for (const method of Object.keys(item)) ops.add(`${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, '{}')}`)
        }
        return ops
      })
      .catch(() => null)
  }
  return doc
}

/** true when the server documents `METHOD /path` (path templates like /calls/{id}/qa); true when unknown */
export async function has(method: string, path: string): Promise<boolean> {
  const ops = await load()
  if (!ops) return true
  return ops.has(`${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, '{}')}`)
}

export class NotDeployed extends Error {
  constructor(readonly operation: string) {
    super(`服务器暂未提供该功能（${operation}）`)
  }
}

/** runs f when the server has the operation, else rejects with NotDeployed (callers show a fallback) */
export async function ifHas<T>(method: string, path: string, f: () => Promise<T>): Promise<T> {
  if (!(await has(method, path))) throw new NotDeployed(`${method} ${path}`)
  return f()
}

/** for tests */
export function resetCapabilities() {
  doc = null
}
