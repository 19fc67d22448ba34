// Names for codes (GET /v1/operator/catalogue), loaded at each login. A page that lists codes
// waits for them (catalogueReady) before it shows its rows, so that no row is ever drawn with
// codes while the names are on their way (the list's answer is smaller and comes first), and asks
// again (refreshIfMissing) when a row names a code the names lack: a catalogue published since.
import { reactive } from 'vue'
import { catalogue as fetchCatalogue } from './api.js'

export const names = reactive({ items: {}, points: {}, departments: {}, failed: false, loaded: false })

const REFRESH_AFTER_MS = 60 * 1000 // at most one reload a minute for codes the names lack
let loadedAt = 0
let settle
const firstLoad = new Promise((resolve) => { settle = resolve })

export async function loadCatalogue() {
  loadedAt = Date.now()
  try {
    const c = await fetchCatalogue()
    const byCode = (list) => Object.fromEntries((list || []).map((e) => [e.code, e]))
    names.items = byCode(c.items)
    names.points = byCode(c.points)
    names.departments = byCode(c.departments)
    names.failed = false
  } catch {
    names.failed = true
  }
  names.loaded = true
  settle()
}

/** Resolves once the names were asked for (whether or not central answered). */
export function catalogueReady() {
  return firstLoad
}

/** Loads the names again when one of @p items or @p points is not among them (a catalogue
 *  published after the login), at most once a minute. */
export function refreshIfMissing(items = [], points = []) {
  if (!names.loaded || Date.now() - loadedAt < REFRESH_AFTER_MS) return
  const missing = items.some((c) => c && !names.items[c]) || points.some((c) => c && !names.points[c])
  if (missing) loadCatalogue()
}
