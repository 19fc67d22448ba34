// The console's 好差评 pages in Debian's Chromium (playwright-core), against the real central of
// tst_console.cpp, which had the kiosks rate three applications through jiujin-syncd: A1
// 非常不满意 (a follow-up now past due: central runs 40 days on), B1 非常满意 (another
// township), A2 不满意 with 服务态度 非常不满意 (a follow-up in time). A supervisor sees the
// list, the overdue follow-up and the figures charts; an officer records the call-back and the
// rectification; a clerk sees no step, no texts and no export, and is refused when it forces a
// close; the supervisor closes and exports. JIUJIN_CONSOLE_TEST as for browser.mjs.
import { createRequire } from 'node:module'
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pageCheck } from './pagecheck.mjs'

const setup = JSON.parse(process.env.JIUJIN_CONSOLE_TEST)
const { chromium } = createRequire(join(setup.modules, 'x'))('playwright-core')
const base = `${setup.url}/console/`
const [A1, A2] = setup.townshipA
const SIZES = [[1366, 768], [1920, 1080]]
const NOTE = '已致电申请人，说明了等候原因'
const CAUSE = '窗口高峰期只开一个'
mkdirSync(setup.screens, { recursive: true })

let failures = 0
const started = Date.now()
function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what} [${((Date.now() - started) / 1000).toFixed(1)} s]`)
  if (!ok) failures++
  return ok
}
function must(ok, what) {
  if (!check(ok, what)) throw new Error(`stopped: ${what}`)
}
const { shoot, setLang, loginOk } = pageCheck({ screens: setup.screens, check, must, password: setup.password, modules: setup.modules })

const profile = mkdtempSync(join(tmpdir(), 'jiujin-console-ratings-'))
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1366, height: 768 },
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
  acceptDownloads: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    `--ignore-certificate-errors-spki-list=${setup.pin}`],
})
const violations = []
const urls = []
context.on('request', (r) => urls.push(r.url()))
const page = context.pages()[0] || (await context.newPage())
page.on('console', (m) => { if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text()) })
page.on('pageerror', (e) => violations.push(`page error: ${e.message}`))
// Central's refusals, for the log of a failed run (the expected ones are checked below).
page.on('response', async (r) => {
  if (r.status() >= 400 && r.url().includes('/v1/')) console.log(`     (${r.request().method()} ${r.url().replace(setup.url, '')} -> ${r.status()} ${await r.text().catch(() => '')})`)
})

/** The rows of a table as the attributes named. */
const rowsOf = (table, attrs) => page.$$eval(`table[data-test=${table}] tbody tr`,
  (rows, names) => rows.map((r) => Object.fromEntries(names.map((n) => [n, r.dataset[n]]))), attrs)
async function waitRows(table, n) {
  await page.waitForFunction(([t, k]) => document.querySelectorAll(`table[data-test=${t}] tbody tr`).length === k, [table, n])
}
async function openTab(tab) {
  await page.click(`[data-test=tab-${tab}]`)
  await page.waitForSelector(`[data-test=tab-${tab}].active`)
}
async function logout() {
  await page.click('[data-test=logout]')
  await page.waitForSelector('[data-test=login-id]')
}
async function openRating(id) {
  await page.goto(`${base}#/ratings/${id}`)
  await page.waitForSelector('[data-test=rating-level], [data-test=rating-error]')
}
const stateText = () => page.textContent('[data-test=followup-state]')
/** Percent shown in a figures tile. */
const tile = (name) => page.textContent(`[data-test=figures-all] [data-figure=${name}]`)
/** A canvas ECharts drew on (some pixel not transparent). */
const drawn = (selector) => page.$eval(selector, (box) => {
  const c = box.querySelector('canvas')
  if (!c || !c.width || !c.height) return false
  const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data
  let ink = 0
  for (let i = 3; i < px.length; i += 4 * 16) if (px[i] > 0) ink++
  return ink > 50
})

let ids = {}
try {
  await page.goto(base)
  await page.waitForSelector('[data-test=login-id]')
  await setLang(page, 'zh')

  // ---- A supervisor: the banner's ratings with their levels, filters, the overdue follow-up.
  await loginOk(page, 'supervisor-1')
  await page.click('[data-test=nav-ratings]')
  await waitRows('ratings', 3)
  const listed = await rowsOf('ratings', ['rating', 'level'])
  check(listed.map((r) => r.level).join() === '4,1,5', `newest first: 不满意 (A2, today), 非常满意 (B1), 非常不满意 (A1) (${listed.map((r) => r.level)})`)
  ids = { A2: listed[0].rating, B1: listed[1].rating, A1: listed[2].rating }
  const levelTexts = await page.$$eval('table[data-test=ratings] tbody tr .level', (els) => els.map((e) => e.textContent.trim()))
  check(levelTexts.join() === '不满意,非常满意,非常不满意', `the indicator levels are named (${levelTexts})`)
  check(!!(await page.$('[data-test=tab-list][aria-current=page]')), 'the list tab is the current page')
  await page.selectOption('[data-test=filter-level]', '5')
  await waitRows('ratings', 1)
  check((await rowsOf('ratings', ['rating']))[0].rating === ids.A1, 'level 非常不满意 filters to A1\'s rating')
  await page.selectOption('[data-test=filter-level]', '')
  // Back to all three before the next filter, so that a stale one-row list is not taken for its answer.
  await waitRows('ratings', 3)
  await page.selectOption('[data-test=filter-point]', '150525200000-01')
  await waitRows('ratings', 1)
  check((await rowsOf('ratings', ['rating']))[0].rating === ids.B1, 'the point filter keeps 固日班花苏木\'s rating only')
  await page.selectOption('[data-test=filter-point]', '')
  // Back to all three before the next filter, so that a stale one-row list is not taken for its answer.
  await waitRows('ratings', 3)
  const month = await page.$eval('[data-test=filter-month] option:nth-child(2)', (o) => o.value)
  await page.selectOption('[data-test=filter-month]', month)
  await waitRows('ratings', 1)
  check((await rowsOf('ratings', ['rating']))[0].rating === ids.A2, `this month (${month}) holds only the rating made today`)
  await page.selectOption('[data-test=filter-month]', '')
  await waitRows('ratings', 3)
  check(await page.isVisible('[data-test=export-csv]'), 'a supervisor is offered the export')
  check(await page.isDisabled('[data-test=page-next]'), 'one page: no next page')

  await openTab('followups')
  await waitRows('followups', 2)
  const queue = await rowsOf('followups', ['followup', 'rating'])
  check(queue[0].rating === ids.A1 && queue[1].rating === ids.A2, 'the queue is by due date: A1\'s first')
  ids.F1 = queue[0].followup
  const late = await page.$eval(`tr[data-followup="${ids.F1}"] [data-test=followup-clock]`,
    (td) => ({ text: td.textContent, cls: td.className, colour: getComputedStyle(td).color }))
  check(late.text.includes('超期') && late.cls.includes('overdue') && late.colour === 'rgb(179, 38, 30)',
    `the overdue follow-up is red with how late (${JSON.stringify(late)})`)
  const inTime = await page.textContent(`tr[data-rating="${ids.A2}"] [data-test=followup-clock]`)
  check(/剩余 \d+ 个工作日/.test(inTime), `the other has working days left (${inTime})`)
  await page.selectOption('[data-test=filter-state]', 'overdue')
  await waitRows('followups', 1)
  check((await rowsOf('followups', ['followup']))[0].followup === ids.F1, 'overdue only: A1\'s follow-up')
  await page.selectOption('[data-test=filter-state]', 'open')
  await waitRows('followups', 2)
  await shoot(page, 'followups-overdue')

  await openTab('figures')
  await page.waitForSelector('[data-test=figures-all]')
  await page.waitForSelector('[data-test=figures-month] canvas')
  check(await drawn('[data-test=figures-month] [data-test=chart]'), 'the month chart is drawn')
  check(await drawn('[data-test=figures-point] [data-test=chart]'), 'the point chart is drawn')
  check(await drawn('[data-test=figures-department] [data-test=chart]'), 'the department chart is drawn')
  const all = { ratings: await tile('ratings'), satisfaction: await tile('satisfaction'), bad: await tile('bad'),
    rectification: await tile('rectification'), overdue: await tile('overdue') }
  check(all.ratings === '3' && all.satisfaction === '33.3%' && all.bad === '2' && all.rectification === '0.0%' && all.overdue === '1',
    `the figures: 3 ratings, 33.3% satisfied, 2 差评, 整改率 0.0%, 1 overdue (${JSON.stringify(all)})`)
  const thisMonth = await page.$eval(`[data-test=figures-month] tr[data-key="${month}"]`, (tr) => tr.textContent)
  check(thisMonth.includes('1') && thisMonth.includes('0.0%'), `this month's row: 1 rating, 0.0% satisfied (${thisMonth})`)
  const pointRow = await page.$eval('[data-test=figures-point] tr[data-key="150525200000-01"] [data-col=satisfaction]', (td) => td.textContent)
  check(pointRow === '100.0%', `固日班花苏木 is 100.0% satisfied (${pointRow})`)
  const months = await page.$$eval('[data-test=figures-month] tbody tr', (rows) => rows.length)
  check(months === 6, `six months on the axis, those without ratings too (${months})`)
  await shoot(page, 'ratings-figures')

  // The supervisor has nothing to do on a follow-up not yet rectified.
  await openRating(ids.A1)
  check((await stateText()) === '待回访', 'A1\'s follow-up waits for its call-back')
  check(!(await page.$('[data-step-action]')) && (await page.isVisible('[data-test=followup-nothing]')), 'the supervisor is offered no step before the rectification')
  await logout()

  // ---- The department's officer records the call-back and the rectification.
  await loginOk(page, 'officer-1')
  await page.click('[data-test=nav-ratings]')
  await openTab('followups')
  await waitRows('followups', 2)
  await page.click(`tr[data-followup="${ids.F1}"] a`)
  await page.waitForSelector('[data-test=rating-level]')
  check((await page.textContent('[data-test=rating-level]')) === '非常不满意', 'the rating page shows its level')
  check((await page.textContent('[data-test=rating-reasons]')).includes('办事等待时间长'), 'and the reason given')
  check(!(await page.$('[data-step-action=close]')), 'an officer is not offered the close')
  await page.click('[data-step-action=callback]')
  await page.check('[data-test=reached-yes]')
  await page.fill('[data-test=callback-note]', NOTE)
  await page.click('[data-test=step-submit]')
  await page.waitForFunction(() => document.querySelector('[data-test=followup-state]').textContent === '已回访')
  check((await page.textContent('[data-test=rating-notice]')).includes('已记录回访'), 'the call-back is confirmed')
  const called = await page.textContent('[data-test=followup-steps] [data-step=callback]')
  check(called.includes(NOTE) && called.includes('officer-1') && called.includes('已联系上'), `the call-back shows with who and what (${called})`)
  await page.click('[data-step-action=rectify]')
  await page.click('[data-test=step-submit]')
  check((await page.textContent('[data-test=rectify-form] .message.error')).includes('请填写'), 'the rectification asks for its cause and action')
  await page.fill('[data-test=rectify-cause]', CAUSE)
  await page.fill('[data-test=rectify-action]', '高峰期增开综合受理窗口')
  await page.click('[data-test=step-submit]')
  await page.waitForFunction(() => document.querySelector('[data-test=followup-state]').textContent === '已整改')
  check(!(await page.$('[data-step-action]')), 'once rectified the officer has nothing left to do')
  await shoot(page, 'rating-followup')
  await logout()

  // ---- A clerk of the township: its ratings, no step, no texts, no export; forcing is refused.
  await loginOk(page, 'clerk-203')
  await page.click('[data-test=nav-ratings]')
  await waitRows('ratings', 2)
  const clerkRows = (await rowsOf('ratings', ['rating'])).map((r) => r.rating)
  check(clerkRows.includes(ids.A1) && clerkRows.includes(ids.A2) && !clerkRows.includes(ids.B1), 'the clerk sees its township\'s two ratings, not 固日班花苏木\'s')
  check(!(await page.$('[data-test=export]')), 'the clerk is offered no export')
  await openRating(ids.A1)
  check((await stateText()) === '已整改', 'the clerk sees how far the follow-up is')
  check(!(await page.$('[data-step-action=close]')) && !(await page.$('[data-step-action]')), 'the clerk sees no close button (no step at all)')
  check(await page.isVisible('[data-test=followup-hidden]'), 'and is told the texts are the department\'s')
  const clerkPage = await page.content()
  check(!clerkPage.includes(NOTE) && !clerkPage.includes(CAUSE), 'the officer\'s note and cause are not on the clerk\'s page')
  const forced = await page.evaluate(async (id) => {
    const me = await (await fetch('/v1/operator/me')).json()
    const close = await fetch(`/v1/operator/followups/${id}/close`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf }, body: '{}' })
    const exported = await fetch('/v1/operator/ratings/export?format=csv')
    return { close: close.status, body: await close.json(), exported: exported.status }
  }, ids.F1)
  check(forced.close === 403 && forced.body.error === 'forbidden', `a forced close is refused (${forced.close} ${JSON.stringify(forced.body)})`)
  check(forced.exported === 403, `a forced export is refused (${forced.exported})`)
  await openRating(ids.B1)
  const refusal = await page.textContent('[data-test=rating-error]')
  check(refusal.includes('没有权限'), `another township's rating is a plain refusal, not a blank page (${refusal})`)
  await shoot(page, 'rating-refused')
  await logout()

  // ---- The supervisor closes (late: it was overdue) and exports.
  await loginOk(page, 'supervisor-1')
  await openRating(ids.A1)
  check((await page.textContent('[data-test=followup-steps]')).includes(CAUSE), 'the supervisor reads the cause')
  await page.click('[data-step-action=close]')
  await page.click('[data-test=step-submit]')
  await page.waitForFunction(() => document.querySelector('[data-test=followup-state]').textContent === '已办结')
  const closedClock = await page.textContent('[data-test=followup-clock]')
  check(closedClock === '逾期办结', `closed after its due date: 逾期办结 (${closedClock})`)
  await page.goto(`${base}#/ratings/figures`)
  await page.waitForSelector('[data-test=figures-all]')
  await page.waitForFunction(() => document.querySelector('[data-figure=overdue]').textContent === '0')
  check((await tile('rectification')) === '0.0%', 'a late close does not count for the 整改率')

  await page.goto(`${base}#/ratings`)
  await waitRows('ratings', 3)
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=export-csv]')])
  const csvText = readFileSync(await csv.path(), 'utf8')
  const lines = csvText.split('\r\n').filter((l) => l)
  check(csvText.startsWith('\uFEFF') && lines.length === 4 && /^ratings-all-now\.csv$|^ratings-.*\.csv$/.test(csv.suggestedFilename()),
    `the CSV export: a BOM, a header and 3 ratings (${csv.suggestedFilename()}, ${lines.length} lines)`)
  check(csvText.includes(CAUSE), 'the export carries the follow-up texts')
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('[data-test=export-json]')])
  const exported = JSON.parse(readFileSync(await json.path(), 'utf8'))
  check(Array.isArray(exported) && exported.length === 3, `the JSON export: 3 ratings (${exported.length})`)
  check((await page.textContent('[data-test=export-notice]')).includes('已导出'), 'the export is confirmed on the page')

  // ---- Every ratings page in both languages at both sizes, read for cut or overlapping text.
  for (const [w, h] of SIZES) {
    await page.setViewportSize({ width: w, height: h })
    for (const lang of ['zh', 'en']) {
      await page.goto(`${base}#/ratings`)
      await waitRows('ratings', 3)
      await setLang(page, lang)
      await shoot(page, 'ratings')
      await openTab('followups')
      await waitRows('followups', 1) // A2's, in time (A1's is closed)
      await shoot(page, 'followups')
      await openTab('figures')
      await page.waitForSelector('[data-test=figures-department] canvas')
      await shoot(page, 'figures')
      await openRating(ids.A1)
      await shoot(page, 'rating')
    }
  }
  check((await page.textContent('[data-test=rating-level]')) === 'Very dissatisfied' &&
    (await page.textContent('[data-test=followup-state]')) === 'Closed', 'English is complete on the rating page')
  await setLang(page, 'zh')

  // Receipts, case numbers and service point codes are not personal; an ID or a mobile number is.
  const personal = urls.filter((u) => /11010519491231002X|1\d{10}/.test(u.replace(/NM\d+|BJ\d+|\d{12}-\d{2}/g, '')))
  check(!personal.length, `no ID or phone number in any URL${personal.length ? ': ' + personal.join(' ') : ''}`)
  check(violations.length === 0, `no CSP violation or page error${violations.length ? ': ' + violations.join(' | ') : ''}`)
} catch (e) {
  failures++
  console.log(`FAIL ${e.stack || e}`)
  try { await page.screenshot({ path: join(setup.screens, 'ratings-failure.png'), fullPage: true }) } catch {}
} finally {
  await context.close()
  rmSync(profile, { recursive: true, force: true })
}
console.log(failures ? `${failures} check(s) failed` : 'all checks passed')
process.exit(failures ? 1 : 0)
