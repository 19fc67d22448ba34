// Screenshots of the console's main pages for ./run without a display: the SAMPLE operators of
// the local central log in, in Debian's Chromium (headless, playwright-core from
// console/node_modules), and each page is saved in zh and en at 1366x768 and 1920x1080.
// Usage: node tour.mjs URL PIN_FILE OUT_DIR PASSWORD CONSOLE_NODE_MODULES
import { createRequire } from 'node:module'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const [url, pinFile, outArg, password, modulesArg] = process.argv.slice(2)
const out = resolve(outArg)
const { chromium } = createRequire(join(resolve(modulesArg), 'x'))('playwright-core')
const pin = readFileSync(pinFile, 'utf8').trim().replace(/^sha256\/\//, '')
const base = `${url}/console/`
mkdirSync(out, { recursive: true })
const SIZES = [[1366, 768], [1920, 1080]]

const profile = mkdtempSync(join(tmpdir(), 'jiujin-console-tour-'))
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync',
    `--ignore-certificate-errors-spki-list=${pin}`],
})
const page = context.pages()[0] || (await context.newPage())
const saved = []

async function setLang(lang) {
  const now = await page.evaluate(() => document.documentElement.lang)
  if ((lang === 'en') !== now.startsWith('en')) await page.dispatchEvent('[data-test=lang]', 'click')
}
/** Each size and language of the page as it stands after @p ready. */
async function shootAll(name, ready) {
  for (const [w, h] of SIZES) {
    await page.setViewportSize({ width: w, height: h })
    for (const lang of ['zh', 'en']) {
      await setLang(lang)
      if (ready) await page.waitForSelector(ready, { timeout: 15000 }).catch(() => {})
      const file = join(out, `console-${name}-${lang}-${w}x${h}.png`)
      await page.screenshot({ path: file, fullPage: true })
      saved.push(file)
    }
  }
  await setLang('zh')
}
async function login(id) {
  await page.goto(base)
  await page.waitForSelector('[data-test=login-id]')
  await page.fill('[data-test=login-id]', id)
  await page.fill('[data-test=login-password]', password)
  await page.click('[data-test=login-submit]')
  await page.waitForSelector('[data-test=who]', { timeout: 15000 })
}
async function visit(hash, name, ready) {
  await page.goto(`${base}${hash}`)
  await page.waitForSelector('[data-test=who]')
  await shootAll(name, ready)
}

try {
  await page.goto(base)
  await page.waitForSelector('[data-test=login-id]')
  await shootAll('login')
  await login('sample-clerk')
  await visit('#/cases', 'queue', 'table[data-test=cases] tbody tr, .message')
  const first = await page.$('table[data-test=cases] tbody tr a')
  if (first) await visit(await first.getAttribute('href'), 'case', '[data-test=case-stage]')
  await visit('#/account', 'account', '[data-test=totp-state]')
  await page.click('[data-test=logout]')
  await login('sample-supervisor')
  await visit('#/ratings', 'ratings', 'table, .message')
  await visit('#/ratings/followups', 'followups', 'table, .message')
  await visit('#/ratings/figures', 'figures', '[data-test=figures-all], .message')
  await page.click('[data-test=logout]')
  await login('sample-technician')
  await visit('#/fleet', 'fleet', 'table[data-test=devices] tbody tr, .message')
  await page.click('[data-test=logout]')
} catch (e) {
  console.error(`the console tour stopped: ${e.message}`)
} finally {
  await context.close()
  rmSync(profile, { recursive: true, force: true })
}
console.log(saved.join('\n'))
