// The console's fleet page in Debian's Chromium (headless, a fresh profile), driven by
// playwright-core, against the real central that tst_fleetconsole.cpp started (JIUJIN_CONSOLE_TEST:
// its URL, server pin, the kiosks' device ids, the operators' password, where screenshots go).
// A technician sees the silent kiosk first and red, makes an enrollment token (printed as
// "TOKEN <token>" for the C++ side to enroll a kiosk with) and revokes a kiosk after confirming
// with a reason; a supervisor reads the page without those actions; a clerk has no fleet.
// Exits non-zero at the first failed check, naming it.
import { createRequire } from 'node:module'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pageCheck } from './pagecheck.mjs'

const setup = JSON.parse(process.env.JIUJIN_CONSOLE_TEST)
const { chromium } = createRequire(join(setup.modules, 'x'))('playwright-core')
const base = `${setup.url}/console/`
const SIZES = [[1366, 768], [1920, 1080]]
mkdirSync(setup.screens, { recursive: true })

let failures = 0
function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`)
  if (!ok) failures++
  return ok
}
function must(ok, what) {
  if (!check(ok, what)) throw new Error(`stopped: ${what}`)
}

// Screenshots, cut or overlapping text and axe-core's accessibility check (pagecheck.mjs).
const { shoot } = pageCheck({ screens: setup.screens, check, must, password: setup.password, modules: setup.modules })

async function setLang(page, lang) {
  const now = await page.evaluate(() => document.documentElement.lang)
  // Dispatched, not clicked: a dialog's overlay covers the top bar, as it should.
  if ((lang === 'en') !== now.startsWith('en')) await page.dispatchEvent('[data-test=lang]', 'click')
}

async function login(page, id) {
  await page.goto(base)
  await page.waitForSelector('[data-test=login-id]')
  await page.fill('[data-test=login-id]', id)
  await page.fill('[data-test=login-password]', setup.password)
  const [res] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/v1/operator/sessions') && r.request().method() === 'POST'),
    page.click('[data-test=login-submit]'),
  ])
  must(res.status() === 201, `${id} logs in`)
  await page.waitForSelector('[data-test=who]')
}

async function logout(page) {
  await page.click('[data-test=logout]')
  await page.waitForSelector('[data-test=login-id]')
}

const deviceRows = (page) => page.$$eval('table[data-test=devices] tbody tr', (rows) =>
  rows.map((r) => ({ id: r.dataset.device, silent: r.classList.contains('silent'), bg: getComputedStyle(r).backgroundColor, text: r.textContent })))

const profile = mkdtempSync(join(tmpdir(), 'jiujin-fleet-'))
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1366, height: 768 },
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    `--ignore-certificate-errors-spki-list=${setup.pin}`],
})
const violations = []
const page = context.pages()[0] || (await context.newPage())
page.on('console', (m) => { if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text()) })
page.on('pageerror', (e) => violations.push(`page error: ${e.message}`))

try {
  // A technician lands on the fleet: the silent kiosk first, flagged red.
  await login(page, 'tech-1')
  await page.waitForSelector('table[data-test=devices] tbody tr')
  // The points' names come from the published catalogue, loaded at login.
  await page.waitForFunction(() => !/^\d/.test(document.querySelector('table[data-test=devices] tbody td.wrap').textContent.trim()))
  check(await page.evaluate(() => location.hash) === '#/fleet', 'a technician lands on the fleet page')
  check(!(await page.$('a.section[href="#/cases"]')), 'a technician is offered no case queue')
  await page.mouse.move(0, 0) // no row under the pointer (a hovered row has its own colour)
  const rows = await deviceRows(page)
  must(rows.length === 2, `both kiosks are listed (${rows.length})`)
  check(rows[0].id === setup.silent && rows[0].silent, `the silent kiosk is at the top (${rows.map((r) => r.id)})`)
  check(rows[0].bg === 'rgb(253, 232, 231)', `the silent row is red (${rows[0].bg})`)
  check(!rows[1].silent, 'the kiosk that reported is not silent')
  check(rows[0].text.includes('静默'), 'the silent row says 静默')
  const badge = await page.$eval('[data-test=silent]', (e) => getComputedStyle(e).backgroundColor)
  check(badge === 'rgb(179, 38, 30)', `the 静默 badge is red (${badge})`)
  check((await page.textContent('[data-test=fleet-summary]')).includes('静默 1 台'), 'the summary counts one silent kiosk')
  const certs = await page.$$eval('td[data-test=cert]', (tds) => tds.map((td) => ({ text: td.textContent, bad: td.classList.contains('cert-bad') })))
  check(certs.every((c) => /^36[45] 天$/.test(c.text) && !c.bad), `certificate days left, not red for a year (${JSON.stringify(certs)})`)
  for (const [w, h] of SIZES) {
    await page.setViewportSize({ width: w, height: h })
    for (const lang of ['zh', 'en']) { await setLang(page, lang); await shoot(page, 'fleet') }
  }
  await setLang(page, 'zh')
  await page.setViewportSize({ width: 1366, height: 768 })

  // A token: chosen point, made, shown once in the dialog, then listed without its secret.
  await page.click('[data-test=new-token]')
  await page.waitForSelector('[data-test=token-dialog]')
  await page.click('[data-test=token-create]')
  check((await page.textContent('[data-test=token-dialog] [role=alert]')).includes('请选择服务点'), 'a token needs a point')
  await page.selectOption('[data-test=token-point]', setup.tokenPoint)
  await shoot(page, 'fleet-token-form')
  await page.click('[data-test=token-create]')
  await page.waitForSelector('[data-test=token-value]')
  const token = await page.inputValue('[data-test=token-value]')
  must(/^[A-Za-z0-9_-]{32}$/.test(token), `the token is shown (${token.length} characters)`)
  for (const lang of ['zh', 'en']) { await setLang(page, lang); await shoot(page, 'fleet-token-made') }
  await setLang(page, 'zh')
  await page.click('[data-test=token-close]')
  await page.waitForSelector('[data-test=token-dialog]', { state: 'detached' })
  check(!(await page.content()).includes(token), 'the token is gone from the page once the dialog closes')
  const listed = await page.$$eval('table[data-test=tokens] tbody tr', (r) => r.map((x) => x.textContent))
  check(listed.length === 3 && listed[0].includes('未使用'), `the new token is listed first, unused (${listed.length})`)
  const storage = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie)
  check(!storage.includes(token), 'the token is in no browser storage')
  console.log(`TOKEN ${token}`)

  // Withdraw: a second token (made through the API, as another technician's browser would),
  // withdrawn with the row's button after a confirmation; gone from the list, audited.
  const spare = await page.evaluate(async (point) => {
    const me = await (await fetch('/v1/operator/me')).json()
    const res = await fetch('/v1/operator/fleet/tokens', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf }, body: JSON.stringify({ point }) })
    return res.json()
  }, setup.tokenPoint)
  must(/^[0-9a-f]{16}$/.test(spare.id || ''), `a second token is made (${spare.id})`)
  await page.click('form.filters button[type=submit]')
  await page.waitForSelector(`tr[data-token="${spare.id}"]`)
  const usedRows = await page.$$eval('table[data-test=tokens] tbody tr', (rows) =>
    rows.filter((r) => r.textContent.includes('已使用')).map((r) => !!r.querySelector('[data-test=withdraw]')))
  check(usedRows.length === 2 && usedRows.every((offered) => !offered), 'a used token offers no withdrawal')
  await page.click(`tr[data-token="${spare.id}"] [data-test=withdraw]`)
  await page.waitForSelector(`tr[data-token="${spare.id}"] [data-test=withdraw-cancel]`)
  check((await page.textContent(`tr[data-token="${spare.id}"] [data-test=withdraw]`)).includes('确认撤回'), 'withdrawal asks for a confirmation')
  for (const lang of ['zh', 'en']) { await setLang(page, lang); await shoot(page, 'fleet-withdraw') }
  await setLang(page, 'zh')
  await page.click(`tr[data-token="${spare.id}"] [data-test=withdraw]`)
  await page.waitForSelector(`tr[data-token="${spare.id}"]`, { state: 'detached' })
  check((await page.textContent('[data-test=fleet-notice]')).includes('已撤回'), 'the withdrawal is confirmed')
  check((await page.$$('table[data-test=tokens] tbody tr')).length === 3, 'the withdrawn token is no longer listed')
  console.log(`WITHDRAWN ${spare.token}`)

  // Revoke: confirmation with a reason; the row then says revoked and goes last.
  await page.click(`tr[data-device="${setup.revoke}"] [data-test=revoke]`)
  await page.waitForSelector('[data-test=revoke-dialog]')
  check(await page.isDisabled('[data-test=revoke-confirm]'), 'no revocation without a reason')
  await page.selectOption('[data-test=revoke-reason]', 'retired')
  await page.fill('[data-test=revoke-note]', '乡政府机房搬迁，停用')
  for (const lang of ['zh', 'en']) { await setLang(page, lang); await shoot(page, 'fleet-revoke') }
  await setLang(page, 'zh')
  await page.click('[data-test=revoke-confirm]')
  await page.waitForSelector('[data-test=fleet-notice]')
  check((await page.textContent('[data-test=fleet-notice]')).includes('已吊销'), 'the revocation is confirmed')
  // The notice is shown only once the refreshed list is drawn: no wait for the row itself.
  const after = await deviceRows(page)
  check(after[after.length - 1].id === setup.revoke && after[after.length - 1].text.includes('已吊销'), 'the revoked kiosk is marked and last')
  check(!(await page.$(`tr[data-device="${setup.revoke}"] [data-test=revoke]`)), 'a revoked kiosk offers no revoke')
  await shoot(page, 'fleet-revoked')
  await logout(page)

  // A supervisor reads the fleet and may change nothing; a clerk has no fleet at all.
  await login(page, 'supervisor-1')
  await page.click('[data-test=nav-fleet]')
  await page.waitForSelector('table[data-test=devices] tbody tr')
  await page.waitForFunction(() => !/^\d/.test(document.querySelector('table[data-test=devices] tbody td.wrap').textContent.trim()))
  check(!(await page.$('[data-test=new-token]')) && !(await page.$('[data-test=revoke]')), 'the supervisor is offered no token or revocation')
  await shoot(page, 'fleet-supervisor')
  await logout(page)
  await login(page, 'clerk-203')
  check(!(await page.$('[data-test=nav-fleet]')), 'a clerk has no fleet link')
  const probe = await page.evaluate(async () => (await fetch('/v1/operator/fleet/devices')).status)
  check(probe === 403, `a clerk's fleet request is refused (${probe})`)

  await logout(page)

  // The page refreshes itself every minute while shown, marked as no activity (the idle end
  // still comes); a hidden tab asks nothing, and catches up when shown again.
  await login(page, 'tech-1')
  await page.clock.install()
  await page.reload()
  await page.waitForSelector('table[data-test=devices] tbody tr')
  const asked = []
  page.on('request', (r) => { if (r.url().includes('/v1/operator/fleet/devices')) asked.push(r.headers()['x-jj-background'] || 'user') })
  await page.clock.runFor(61000)
  for (let i = 0; i < 50 && !asked.length; i++) await page.waitForTimeout(100)
  check(asked.length === 1 && asked[0] === '1', `a refresh after a minute, as background (${asked})`)
  const setHidden = (hidden) => page.evaluate((h) => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => h })
    document.dispatchEvent(new Event('visibilitychange'))
  }, hidden)
  await setHidden(true)
  await page.clock.runFor(180000)
  await page.waitForTimeout(300)
  check(asked.length === 1, `a hidden page asks nothing for three minutes (${asked.length - 1} requests)`)
  await setHidden(false)
  for (let i = 0; i < 50 && asked.length < 2; i++) await page.waitForTimeout(100)
  check(asked.length === 2 && asked[1] === '1', 'shown again, it catches up at once')
  // 刷新 is the operator's own: activity, not background.
  await page.dispatchEvent('form.filters button[type=submit]', 'click')
  for (let i = 0; i < 50 && asked.length < 3; i++) await page.waitForTimeout(100)
  check(asked.length === 3 && asked[2] === 'user', `the refresh button counts as activity (${asked})`)

  check(violations.length === 0, `no CSP violation or page error${violations.length ? ': ' + violations.join(' | ') : ''}`)
} catch (e) {
  failures++
  console.log(`FAIL ${e.stack || e}`)
  try { await page.screenshot({ path: join(setup.screens, 'fleet-failure.png'), fullPage: true }) } catch {}
} finally {
  await context.close()
  rmSync(profile, { recursive: true, force: true })
}
console.log(failures ? `${failures} check(s) failed` : 'all checks passed')
process.exit(failures ? 1 : 0)
