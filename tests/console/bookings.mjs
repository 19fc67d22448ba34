// The console's bookings page in Debian's Chromium (headless, playwright-core) against the real
// central of tst_bookingsconsole.cpp, where a kiosk's jiujin-syncd took leases on its point's
// slots (JIUJIN_CONSOLE_TEST: URL, pin, password, the point, the day and its 08:30 slot with the
// seats central says are leased there). A technician sees the kiosk's lease in the slot table,
// is refused a bad plan at the field central names, and raises the capacity (the C++ side then
// checks the kiosk gets it through jiujin-syncd); a clerk of the point's township reads the page
// without the plan form and is refused a plan change; a clerk of another township does not see
// the point. A clerk moves a kiosk booking to another slot and is given the new number; the page
// refreshes by itself (a booking made after it opened appears, the clerk's place kept), not
// while hidden, and says when a refresh failed. Screenshots in zh and en at 1366x768 and
// 1920x1080.
import { createRequire } from 'node:module'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pageCheck } from './pagecheck.mjs'

const setup = JSON.parse(process.env.JIUJIN_CONSOLE_TEST)
const { chromium } = createRequire(join(setup.modules, 'x'))('playwright-core')
const base = `${setup.url}/console/`
const SIZES = [[1366, 768], [1920, 1080]]
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
const { shoot, setLang, login } = pageCheck({ screens: setup.screens, check, must, password: setup.password, modules: setup.modules })

const profile = mkdtempSync(join(tmpdir(), 'jiujin-console-bookings-'))
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
page.on('response', async (r) => {
  if (r.status() >= 400 && r.url().includes('/v1/')) console.log(`     (${r.request().method()} ${r.url().replace(setup.url, '')} -> ${r.status()} ${await r.text().catch(() => '')})`)
})

async function loginOk(page, id) {
  await page.goto(base)
  await page.waitForSelector('[data-test=login-id]')
  must((await login(page, id)) === 201, `${id} logs in`)
  await page.waitForSelector('[data-test=nav-bookings]')
}
async function logout() {
  await page.click('[data-test=logout]')
  await page.waitForSelector('[data-test=login-id]')
}
/** Opens the bookings page on the test's point and day; waits for the slot table. */
async function openDay() {
  await page.click('[data-test=nav-bookings]')
  await page.waitForSelector(`[data-test=bookings-point] option[value="${setup.point}"]`, { state: 'attached' })
  await page.selectOption('[data-test=bookings-point]', setup.point)
  await page.fill('[data-test=bookings-date]', setup.day)
  await page.waitForFunction((slot) => !!document.querySelector(`tr[data-slot="${slot}"]`), setup.slot)
  // The points' names come from the published catalogue, loaded at login.
  await page.waitForFunction(() => !/^\d/.test(document.querySelector('[data-test=bookings-point]').selectedOptions[0].textContent.trim()))
}
const cell = (slot, col) => page.textContent(`tr[data-slot="${slot}"] td[data-test=${col}]`)
const num = async (slot, col) => parseInt((await cell(slot, col)).trim(), 10)

try {
  // ---- A technician: the kiosk's lease shows in the slot table.
  await loginOk(page, 'tech-1')
  await openDay()
  check(await num(setup.slot, 'capacity') === 4, 'the 08:30 slot has the default capacity 4')
  check(await num(setup.slot, 'leased') === setup.leased, `the kiosk's lease shows as leased (${await cell(setup.slot, 'leased')} / ${setup.leased})`)
  check(await num(setup.slot, 'free') === 4 - setup.leased, 'free is capacity less the lease')
  check((await page.textContent('[data-test=no-shows]')).includes('未到 0 人'), 'no kiosk reported a no-show for this day')
  await page.waitForSelector('[data-test=plan-form]')
  await page.mouse.move(0, 0)
  for (const [w, h] of SIZES) {
    await page.setViewportSize({ width: w, height: h })
    for (const lang of ['zh', 'en']) { await setLang(page, lang); await shoot(page, 'bookings') }
  }
  await setLang(page, 'zh')
  await page.setViewportSize({ width: 1366, height: 768 })

  // ---- Bad plans: refused by central, shown at the field it names; nothing changed.
  await page.fill('[data-test=plan-periods-input]', '08:30-12:00,11:00-13:00')
  await page.click('[data-test=plan-save]')
  await page.waitForSelector('[data-test=error-day_plan]')
  check((await page.textContent('[data-test=error-day_plan]')).includes('不重叠'), 'overlapping periods are refused at the periods field')
  check((await page.textContent('[data-test=plan-detail]')).includes('overlapping'), "central's own rule is shown as the detail")
  check(await page.getAttribute('#plan-periods', 'aria-invalid') === 'true', 'the periods field is marked invalid')
  for (const lang of ['zh', 'en']) { await setLang(page, lang); await shoot(page, 'bookings-plan-refused') }
  await setLang(page, 'zh')
  await page.click('text=还原')
  await page.fill('[data-test=plan-capacity-input]', '1001')
  await page.click('[data-test=plan-save]')
  await page.waitForSelector('[data-test=error-capacity]')
  check((await page.textContent('[data-test=error-capacity]')).includes('0 到 1000'), 'a capacity over 1000 is refused at the capacity field')
  if (setup.leased > 0) {
    await page.fill('[data-test=plan-capacity-input]', String(setup.leased - 1))
    await page.click('[data-test=plan-save]')
    await page.waitForFunction(() => /至少/.test(document.querySelector('[data-test=error-capacity]')?.textContent || ''))
    check(/至少 \d+/.test(await page.textContent('[data-test=error-capacity]')),
      'a capacity below what the kiosk leased is refused, with the least capacity taken')
  }
  check(await num(setup.slot, 'capacity') === 4, 'the refused plans changed nothing')

  // ---- The change: capacity 6; the table shows it at once.
  await page.fill('[data-test=plan-capacity-input]', '6')
  const [saved] = await Promise.all([
    page.waitForResponse((r) => r.url().includes('/v1/operator/bookings/plans/') && r.request().method() === 'POST'),
    page.click('[data-test=plan-save]'),
  ])
  must(saved.status() === 200, `the plan is saved (${saved.status()})`)
  await page.waitForFunction((slot) => document.querySelector(`tr[data-slot="${slot}"] td[data-test=capacity]`).textContent.trim() === '6', setup.slot)
  check(await num(setup.slot, 'free') === 6 - setup.leased, 'free grows with the capacity')
  check((await page.textContent('[data-test=plan-capacity]')).trim() === '6', 'the plan shows capacity 6')
  await shoot(page, 'bookings-plan-saved')

  // ---- The date reads year first in both languages (never the browser's 12/07/2026), with
  // its weekday spelt out; typed with slashes it is taken, typed in another order refused.
  check(await page.inputValue('[data-test=bookings-date]') === setup.day, `the date field shows ${setup.day}`)
  check(/^\d{4}年\d{1,2}月\d{1,2}日 星期[一二三四五六日]$/.test((await page.textContent('[data-test=bookings-day-label]')).trim()),
    `zh spells the day out: ${await page.textContent('[data-test=bookings-day-label]')}`)
  await setLang(page, 'en')
  check(await page.inputValue('[data-test=bookings-date]') === setup.day, 'en keeps the year-first date')
  check(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}$/.test((await page.textContent('[data-test=bookings-day-label]')).trim()),
    `en spells the day out unambiguously: ${await page.textContent('[data-test=bookings-day-label]')}`)
  await setLang(page, 'zh')
  const [y, m, d] = setup.day.split('-')
  const us = `${m}/${d}/${y}`
  await page.fill('[data-test=bookings-date]', us)
  await page.locator('[data-test=bookings-date]').blur()
  await page.waitForFunction(() => document.querySelector('[data-test=bookings-date]').getAttribute('aria-invalid') === 'true')
  check(true, `a month-first date (${us}) is refused, not read as another day`)
  await page.fill('[data-test=bookings-date]', `${y}/${Number(m)}/${Number(d)}`)
  await page.locator('[data-test=bookings-date]').blur()
  await page.waitForFunction((day) => document.querySelector('[data-test=bookings-date]').value === day &&
    document.querySelector('[data-test=bookings-date]').getAttribute('aria-invalid') === 'false', setup.day)
  check(true, 'the day typed with slashes is taken as the same day')

  // ---- The week: seven days from the date, the kiosk's lease in its 08:30 cell of 6 seats;
  // a day's heading opens that day.
  await page.click('[data-test=view-week]')
  await page.waitForFunction((day) => !!document.querySelector(`table[data-test=week] th[data-day="${day}"]`), setup.day)
  const days = await page.$$eval('table[data-test=week] thead th[data-day]', (t) => t.map((e) => e.dataset.day))
  check(days.length === 7 && days[0] === setup.day, `seven days from the date (${days.join(' ')})`)
  const leasedCell = (await page.textContent(`td[data-cell="${setup.day} 08:30"]`)).trim()
  check(leasedCell === `${setup.leased}/6`, `the 08:30 cell holds the lease of 6 seats (${leasedCell})`)
  for (const [w, h] of SIZES) {
    await page.setViewportSize({ width: w, height: h })
    for (const lang of ['zh', 'en']) { await setLang(page, lang); await shoot(page, 'bookings-week') }
  }
  await setLang(page, 'zh')
  await page.setViewportSize({ width: 1366, height: 768 })
  await page.click(`table[data-test=week] th[data-day="${days[1]}"] [data-test=week-day]`)
  await page.waitForFunction((day) => !document.querySelector('table[data-test=week]') &&
    document.querySelector('[data-test=bookings-date]').value === day && !!document.querySelector(`table[data-test=slots][data-date="${day}"]`), days[1])
  check(true, 'a day heading of the week opens that day')
  await logout()

  // ---- A clerk of the township: reads the page, no plan form; a forced change is refused.
  await loginOk(page, 'clerk-203')
  // Another channel (the province's app) books the 08:30 slot; the clerk cancels it with a
  // reason, and the seat is free again (the notice comes with the refreshed list).
  const booked = await page.evaluate(async ([slot, token]) => (await fetch('/v1/channel/bookings', {
    method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ slot, ref: 'console-cancel-1' }) })).status, [setup.slot, setup.channelToken])
  must(booked === 201, `another channel books 08:30 (${booked})`)
  await openDay()
  const freeBefore = await num(setup.slot, 'free')
  const channelRow = 'tr[data-channel=other][data-state=booked]'
  await page.waitForSelector(`${channelRow} [data-test=cancel-booking]`)
  await page.click(`${channelRow} [data-test=cancel-booking]`)
  await page.waitForSelector('[data-test=cancel-form]')
  await page.click('[data-test=cancel-confirm]')
  await page.waitForSelector('[data-test=cancel-error]')
  check((await page.textContent('[data-test=cancel-error]')).includes('原因'), 'no reason, no cancellation')
  await page.selectOption('[data-test=cancel-reason]', 'applicant_request')
  for (const lang of ['zh', 'en']) { await setLang(page, lang); await shoot(page, 'bookings-cancel') }
  await setLang(page, 'zh')
  await page.click('[data-test=cancel-confirm]')
  await page.waitForFunction((slot) => !!document.querySelector('[data-test=cancel-notice]') &&
    !document.querySelector('tr[data-channel=other][data-state=booked] [data-test=cancel-booking]') &&
    !!document.querySelector(`tr[data-slot="${slot}"]`), setup.slot)
  check(await num(setup.slot, 'free') === freeBefore + 1, `the seat is free again (${freeBefore} -> ${await num(setup.slot, 'free')})`)
  check(!!(await page.$('tr[data-channel=other][data-state=cancelled]')), 'the booking reads 已取消')
  check(!(await page.$('tr[data-channel=other] [data-test=cancel-booking]')), 'a cancelled booking offers no cancel')

  // ---- Moving the kiosk's second booking (the citizen phoned for another time): the clerk
  // picks a slot with a free seat; central takes it at once and gives a new number to read out;
  // the old booking reads 取消中 (改约) until the kiosk's next sync cancels it (the C++ side
  // checks the kiosk and central afterwards).
  const movedRow = `tr[data-booking="${setup.kioskTicket2}"]`
  must(!!(await page.$(`${movedRow}[data-channel=kiosk][data-state=booked] [data-test=move-booking]`)), `the kiosk's booking ${setup.kioskTicket2} offers a move`)
  await page.click(`${movedRow} [data-test=move-booking]`)
  await page.waitForSelector(`[data-test=move-slot] option[value="${setup.moveSlot}"]`, { state: 'attached' })
  check(!(await page.$(`[data-test=move-slot] option[value="${setup.kioskSlot2}"]`)), "the booking's own slot is not offered")
  await page.click('[data-test=move-confirm]')
  await page.waitForSelector('[data-test=move-error]')
  check((await page.textContent('[data-test=move-error]')).includes('时段'), 'no slot chosen, no move')
  await page.selectOption('[data-test=move-slot]', setup.moveSlot)
  for (const lang of ['zh', 'en']) { await setLang(page, lang); await shoot(page, 'bookings-move') }
  await setLang(page, 'zh')
  await page.click('[data-test=move-confirm]')
  await page.waitForFunction((row) => !!document.querySelector(`${row}[data-state=cancelling] [data-test=state][data-moved=true]`) &&
    !!document.querySelector('[data-test=move-new-number]'), movedRow)
  const newNumber = (await page.textContent('[data-test=move-new-number]')).trim()
  check(/^G0900-\d\d$/.test(newNumber), `the clerk is given a new number to read out (${newNumber})`)
  // The old row's state cell is one line naming where the booking went (not 取消中 + 改约 +
  // 已改至 apart, nor "Cancelling" + "Moved" + "Moved to" in English).
  const stateCell = async () => (await page.textContent(`${movedRow} [data-test=state]`)).trim() + ' ' +
    ((await page.$(`${movedRow} [data-test=cancel-why]`)) ? 'cancel-why' : '')
  const zhCell = await stateCell()
  check(zhCell.trim() === `已改约至 ${newNumber}（09:00），待终端同步取消原票`, `the old booking reads one line (${zhCell})`)
  check(!!(await page.$(`tr[data-booking="${newNumber}"][data-channel=console][data-state=booked]`)), 'the new booking is listed in its slot as booked')
  check((await page.textContent(`tr[data-booking="${newNumber}"] [data-test=moved-from]`)).includes(setup.kioskTicket2), 'the new booking names the one it replaces')
  for (const lang of ['zh', 'en']) { await setLang(page, lang); await shoot(page, 'bookings-moved') }
  await page.waitForFunction(([row, n]) => document.querySelector(`${row} [data-test=state]`)?.textContent.trim().startsWith(`Moved to ${n}`),
    [movedRow, newNumber])
  const enCell = await stateCell()
  check(enCell.trim() === `Moved to ${newNumber} (09:00); waiting for the kiosk to cancel this ticket`, `in English too, one line (${enCell})`)
  const enRow = await page.textContent(`${movedRow} td:nth-child(5)`)
  check((enRow.match(/moved/gi) || []).length === 1 && !enRow.includes('Cancelling'), `the English cell says moved once (${enRow.trim()})`)
  check((await page.textContent('[data-test=move-notice]')).includes(newNumber), 'the slip keeps the new number in English too')
  await setLang(page, 'zh')

  // The kiosk's own booking (made on its lease, delivered by jiujin-syncd, which has asked for
  // central's cancellations): cancelled here, it reads 取消中 with its reason until the kiosk's
  // next sync (the C++ side then checks the kiosk cancelled the ticket and central freed the seat).
  const kioskRow = `tr[data-booking="${setup.kioskTicket}"]`
  must(!!(await page.$(`${kioskRow}[data-channel=kiosk][data-state=booked]`)), `the kiosk's booking ${setup.kioskTicket} is listed as booked`)
  await page.click(`${kioskRow} [data-test=cancel-booking]`)
  await page.waitForSelector('[data-test=cancel-form]')
  await page.selectOption('[data-test=cancel-reason]', 'point_closed')
  await page.click('[data-test=cancel-confirm]')
  await page.waitForFunction((row) => !!document.querySelector(`${row}[data-state=cancelling] [data-test=cancel-why]`) &&
    (document.querySelector('[data-test=cancel-notice]') || {}).textContent?.includes('终端下次同步'), kioskRow)
  check((await page.textContent(`${kioskRow} [data-test=cancel-why]`)).includes('服务点临时停办'), 'the kiosk booking reads 取消中 with its reason')
  check(!(await page.$('tr[data-booking]:not([data-channel=console]) [data-test=cancel-booking]')), 'no booking left to cancel but the moved one')
  for (const lang of ['zh', 'en']) { await setLang(page, lang); await shoot(page, 'bookings-cancel-kiosk') }
  check((await page.textContent('[data-test=cancel-notice]')).includes('next sync'), 'the notice follows the language shown')
  await setLang(page, 'zh')
  // ---- 已到 / 未到 (docs/DESIGN.md §6d): a past day whose kiosk booking its kiosk reported a
  // no-show (the C++ side wrote it into central): the row reads 未到, the day counts one. The
  // cancel notice of the day before does not follow the clerk to that day.
  await page.fill('[data-test=bookings-date]', setup.noShowDay)
  await page.locator('[data-test=bookings-date]').blur()
  const noShowRow = `tr[data-booking="${setup.noShowTicket}"]`
  await page.waitForFunction((row) => !!document.querySelector(`${row} [data-test=attendance][data-attendance=no_show]`), noShowRow)
  check(!(await page.$('[data-test=cancel-notice]')), 'the cancel notice is gone on another day')
  check((await page.textContent(`${noShowRow} [data-test=attendance]`)).trim() === '未到', 'the past kiosk booking reads 未到')
  await page.waitForFunction(() => document.querySelector('[data-test=no-shows]')?.dataset.noShows === '1')
  check((await page.textContent('[data-test=no-shows]')).includes('未到 1 人'), 'the day counts one no-show')
  for (const lang of ['zh', 'en']) { await setLang(page, lang); await shoot(page, 'bookings-no-show') }
  await page.waitForFunction((row) => document.querySelector(`${row} [data-test=attendance]`)?.textContent.trim() === 'No-show', noShowRow)
  check(true, 'in English the row reads No-show')
  await setLang(page, 'zh')
  check(!(await page.$('[data-test=plan-form]')), 'a clerk is offered no plan form')
  check(!!(await page.$('[data-test=plan-readonly]')), 'a clerk is told technicians change plans')
  for (const lang of ['zh', 'en']) { await setLang(page, lang); await shoot(page, 'bookings-clerk') }
  await setLang(page, 'zh')
  // ---- The page refreshes by itself (every 30 s while shown; the page's clock is run forward
  // rather than waited for): a booking made through the API after the page is open appears
  // without a reload, the clerk's place (day, an open form, the scroll) kept; while the tab is
  // hidden nothing is asked; a failed refresh is said and keeps the rows.
  await page.clock.install()
  await page.reload()
  await page.waitForSelector('[data-test=nav-bookings]')
  await openDay()
  await page.waitForSelector('[data-test=bookings-refreshed]')
  await page.click(`tr[data-booking="${newNumber}"] [data-test=cancel-booking]`)
  await page.waitForSelector('[data-test=cancel-form]')
  await page.evaluate(() => window.scrollTo(0, 200))
  const scrolled = await page.evaluate(() => window.scrollY)
  // A citizen books at the kiosk now: the C++ side books there and runs jiujin-syncd when asked
  // (the handshake files), and answers with the ticket.
  writeFileSync(join(setup.handshake, 'ask'), 'book')
  const done = join(setup.handshake, 'done')
  for (let waited = 0; !existsSync(done); waited += 200) {
    must(waited < 90000, 'the kiosk books and syncs within 90 s')
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  const laterTicket = readFileSync(done, 'utf8').trim()
  must(laterTicket.length > 0, `a booking is made at the kiosk while the page is open (${laterTicket})`)
  const laterRow = `tr[data-booking="${laterTicket}"][data-channel=kiosk]`
  check(!(await page.$(laterRow)), 'the new booking is not shown before a refresh')
  await page.clock.runFor(31000)
  await page.waitForSelector(`${laterRow}[data-state=booked]`, { timeout: 15000 })
  check(true, 'the kiosk booking made after the page opened appears without a reload')
  check(await page.inputValue('[data-test=bookings-date]') === setup.day, 'the day is kept')
  check(!!(await page.$('[data-test=cancel-form]')), 'the open cancel form is kept')
  check(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled) < 2, 'the scroll is kept')
  check(/已于 \d\d:\d\d:\d\d 更新/.test(await page.textContent('[data-test=bookings-refreshed]')), 'the page says when it last refreshed')
  let asked = 0
  const countDay = (req) => { if (req.url().includes('/v1/operator/bookings/day')) asked++ }
  page.on('request', countDay)
  const setHidden = (hidden) => page.evaluate((h) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (h ? 'hidden' : 'visible') })
    document.dispatchEvent(new Event('visibilitychange'))
  }, hidden)
  await setHidden(true)
  await page.clock.runFor(95000)
  check(asked === 0, `nothing is asked while the tab is hidden (${asked} requests)`)
  const [back] = await Promise.all([
    page.waitForResponse((r) => r.url().includes('/v1/operator/bookings/day')),
    setHidden(false),
  ])
  check(back.status() === 200, 'shown again after a while, it refreshes at once')
  page.off('request', countDay)
  await page.route('**/v1/operator/bookings/day?*', (route) => route.abort())
  await page.clock.runFor(31000)
  await page.waitForSelector('[data-test=bookings-refreshed][data-failed=true]')
  check((await page.textContent('[data-test=bookings-refreshed]')).includes('自动刷新失败'), 'a failed refresh is said')
  check(!!(await page.$(laterRow)), 'a failed refresh keeps the rows shown')
  await shoot(page, 'bookings-refresh-failed')
  await page.unroute('**/v1/operator/bookings/day?*')
  await page.clock.runFor(31000)
  await page.waitForSelector('[data-test=bookings-refreshed][data-failed=false]')
  check(true, 'the next refresh clears the failure')

  // ---- The last working day's request the kiosk never answered before the slot started: not delivered,
  // and the clerk is told to phone the citizen.
  await page.fill('[data-test=bookings-date]', setup.pastDay)
  const pastRow = `tr[data-booking="${setup.pastTicket}"]`
  await page.waitForSelector(`${pastRow}[data-state=cancel_undelivered]`)
  check((await page.textContent(pastRow)).includes('取消未送达：终端未同步，请电话告知群众'), 'the unanswered request reads 取消未送达')
  check((await page.textContent('[data-test=cancel-undelivered]')).includes('请电话告知群众'), 'the clerk is told above the list')
  for (const lang of ['zh', 'en']) { await setLang(page, lang); await shoot(page, 'bookings-undelivered') }
  await setLang(page, 'zh')

  const forced = await page.evaluate(async (point) => (await fetch(`/v1/operator/bookings/plans/${point}`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"capacity":1}' })).status, setup.point)
  check(forced === 403, `a clerk's plan change is refused (${forced})`)
  await logout()

  // ---- A clerk of another township does not see the point at all.
  await loginOk(page, 'clerk-101')
  await page.click('[data-test=nav-bookings]')
  await page.waitForSelector('[data-test=bookings-point]')
  await page.waitForTimeout(300)
  const offered = await page.$$eval('[data-test=bookings-point] option', (o) => o.map((x) => x.value))
  check(!offered.includes(setup.point), `another township's clerk is not offered the point (${offered.length} offered)`)
  const probe = await page.evaluate(async (q) => (await fetch(`/v1/operator/bookings/day?${q}`)).status,
    new URLSearchParams({ point: setup.point, date: setup.day }).toString())
  check(probe === 403, `another township's clerk is refused the point's day (${probe})`)

  check(violations.length === 0, `no CSP violation or page error${violations.length ? ': ' + violations.join(' | ') : ''}`)
} catch (e) {
  failures++
  console.log(`FAIL ${e.stack || e}`)
  if (violations.length) console.log(`     page errors: ${violations.join(' | ')}`)
  try { await page.screenshot({ path: join(setup.screens, 'bookings-failure.png'), fullPage: true }) } catch {}
} finally {
  await context.close()
  rmSync(profile, { recursive: true, force: true })
}
console.log(failures ? `${failures} check(s) failed` : 'all checks passed')
process.exit(failures ? 1 : 0)
