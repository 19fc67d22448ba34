// Accessibility of a console page: axe-core (console's devDependencies, from node_modules; never
// in the built console) run on the page as it stands, failing on any serious or critical
// violation. Every browser test calls it on each page it visits, usually through pagecheck.mjs's
// shoot(); a new page (e.g. bookings) gets it by calling
//   await axeCheck(page, 'bookings', check, setup.modules)
// or shoot(page, 'bookings') of pageCheck(). Documented in docs/DESIGN.md §13j.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const sources = new Map()

/** axe-core's source from @p modules (console/node_modules). */
function axeSource(modules) {
  if (!sources.has(modules)) sources.set(modules, readFileSync(join(modules, 'axe-core', 'axe.min.js'), 'utf8'))
  return sources.get(modules)
}

/** The serious and critical axe violations on @p page now (all rules axe runs by default: WCAG
 *  2.x A and AA, and best practice), as short strings naming rule, impact and the first nodes.
 *  axe is evaluated through the debugging protocol, so the console's CSP (no inline script) stays
 *  as strict as it is served. */
export async function axeViolations(page, modules) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource(modules))
  const found = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }))
  })
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}: ${v.help}) at ${v.nodes.join(', ')}`)
}

/** Runs axe on @p page and reports through @p check (ok, what) whether page @p name in its
 *  current language has no serious or critical violation; returns the violations. */
export async function axeCheck(page, name, check, modules) {
  const lang = await page.evaluate(() => document.documentElement.lang)
  const problems = await axeViolations(page, modules)
  check(problems.length === 0, `${name} ${lang}: no serious or critical accessibility violation (axe-core)${problems.length ? ': ' + problems.join('; ') : ''}`)
  return problems
}
