// Names for codes (GET /v1/operator/catalogue), loaded once per login.
import { reactive } from 'vue'
import { catalogue as fetchCatalogue } from './api.js'

export const names = reactive({ items: {}, points: {}, departments: {}, failed: false, loaded: false })

export async function loadCatalogue() {
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
}
