// What every browser test of the console checks on a page, as a module (browser.mjs, ratings.mjs
// and fleet.mjs use it): text that is cut, runs off screen or overlaps other text; no serious or
// critical accessibility violation (axecheck.mjs, axe-core); screenshots named by page, language
// and size; the language switch; the login form. A new page gets all of it through shoot().
import { join } from 'node:path'
import { axeCheck } from './axecheck.mjs'

/** Makes the helpers for screenshots in @p screens, logging each check through @p check and
 *  logging in with @p password; axe-core is read from @p modules (console/node_modules). */
export function pageCheck({ screens, check, must, password: defaultPassword, modules }) {
  const axed = new Set()
  /** Text that is cut, runs out of its box or the window, or overlaps other text (the kiosk's
   *  TextFitCheck rules, for HTML): a list of problems, empty when the page reads in full. */
  function textProblems() {
    const problems = []
    const describe = (el) => `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).replace(/\s+/g, '.') : ''} "${el.textContent.trim().slice(0, 30)}"`
    // An open modal dialog is all that can be read: the page beneath is covered, not overlapped.
    const modal = document.querySelector('[aria-modal="true"]')
    const visible = (el) => {
      if (modal && !modal.contains(el)) return false
      for (let e = el; e; e = e.parentElement) {
        const cs = getComputedStyle(e)
        if (cs.display === 'none' || cs.visibility === 'hidden' || e.classList.contains('visually-hidden')) return false
      }
      return true
    }
    // A box that hides what overflows it, holding text that does (a clipped cell, tag or card):
    // its own text or not, that text is cut.
    for (const el of document.querySelectorAll('body *')) {
      const cs = getComputedStyle(el)
      if (!['hidden', 'clip'].includes(cs.overflowX) || !el.textContent.trim() || !visible(el)) continue
      if (['SELECT', 'OPTION', 'TEXTAREA', 'INPUT', 'CANVAS'].includes(el.tagName)) continue
      if (el.scrollWidth > el.clientWidth + 1) problems.push(`clipped: ${describe(el)} (${el.scrollWidth} in ${el.clientWidth})`)
    }
    const own = [...document.querySelectorAll('body *')].filter((el) =>
      [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()) && visible(el))
    for (const el of own) {
      const cs = getComputedStyle(el)
      if (['SELECT', 'OPTION', 'TEXTAREA', 'INPUT'].includes(el.tagName)) continue
      if (cs.display !== 'inline' && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 2))
        problems.push(`cut: ${describe(el)} (${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight})`)
      const r = el.getBoundingClientRect()
      if (r.right > innerWidth + 1 || r.left < -1) problems.push(`off screen: ${describe(el)}`)
    }
    for (const el of document.querySelectorAll('select')) {
      if (!visible(el)) continue
      const text = el.selectedOptions[0] ? el.selectedOptions[0].textContent : ''
      const probe = document.createElement('span')
      probe.textContent = text
      probe.style.font = getComputedStyle(el).font
      probe.style.position = 'absolute'
      document.body.appendChild(probe)
      const need = probe.getBoundingClientRect().width
      probe.remove()
      if (need > el.clientWidth - 12) problems.push(`cut: select "${text}" (${Math.round(need)} in ${el.clientWidth})`)
    }
    for (const wrap of document.querySelectorAll('.table-wrap'))
      if (wrap.scrollWidth > wrap.clientWidth + 1) problems.push('the case table needs sideways scrolling')
    if (document.documentElement.scrollWidth > innerWidth + 1) problems.push('the page scrolls sideways')
    // Overlap: the boxes of text runs of different elements must not intersect.
    const runs = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent.trim() || !visible(n.parentElement) || n.parentElement.closest('select')) continue
      const range = document.createRange()
      range.selectNodeContents(n)
      for (const r of range.getClientRects()) if (r.width > 0 && r.height > 0) runs.push({ r, el: n.parentElement })
    }
    for (let i = 0; i < runs.length; i++)
      for (let j = i + 1; j < runs.length; j++) {
        const a = runs[i].r, b = runs[j].r
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left)
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
        if (w > 2 && h > 2 && runs[i].el !== runs[j].el)
          problems.push(`overlap: ${describe(runs[i].el)} / ${describe(runs[j].el)}`)
      }
    return [...new Set(problems)]
  }

  async function shoot(page, name) {
    const { width, height } = page.viewportSize()
    const lang = await page.evaluate(() => document.documentElement.lang)
    const file = join(screens, `${name}-${lang.startsWith('en') ? 'en' : 'zh'}-${width}x${height}.png`)
    await page.screenshot({ path: file, fullPage: true })
    const problems = await page.evaluate(textProblems)
    check(problems.length === 0, `${name} ${lang} ${width}x${height}: text reads in full${problems.length ? ': ' + problems.join('; ') : ''}`)
    // Accessibility does not change with the window's size: once per page and language.
    const key = `${name} ${lang}`
    if (!axed.has(key)) {
      axed.add(key)
      await axeCheck(page, name, check, modules)
    }
  }

  async function setLang(page, lang) {
    const now = await page.evaluate(() => document.documentElement.lang)
    if ((lang === 'en') !== now.startsWith('en')) await page.click('[data-test=lang]')
  }

  /** Fills and sends the login form; central's status for it. */
  async function login(page, id, password = defaultPassword) {
    await page.fill('[data-test=login-id]', id)
    await page.fill('[data-test=login-password]', password)
    const [res] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/v1/operator/sessions') && r.request().method() === 'POST'),
      page.click('[data-test=login-submit]'),
    ])
    return res.status()
  }

  async function loginOk(page, id) {
    must((await login(page, id)) === 201, `${id} logs in`)
    await page.waitForSelector('[data-test=who]')
    await page.waitForSelector('table[data-test=cases] tbody tr, .message')
  }

  return { textProblems, shoot, setLang, login, loginOk }
}
