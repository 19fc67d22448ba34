// The web console in Debian's Chromium (headless, a fresh profile), driven by playwright-core,
// against the real central that tst_console.cpp started (JIUJIN_CONSOLE_TEST: its URL, server
// pin, the receipts of two townships' cases, the operators' password, where screenshots go).
// Exits non-zero at the first failed check, naming it.
import { createRequire } from 'node:module'
import { execFileSync } from 'node:child_process'
import { createHmac } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pageCheck } from './pagecheck.mjs'
import { axeViolations } from './axecheck.mjs'

const setup = JSON.parse(process.env.JIUJIN_CONSOLE_TEST)
const { chromium } = createRequire(join(setup.modules, 'x'))('playwright-core')
const base = `${setup.url}/console/`
const [A1, A2] = setup.townshipA
const [B1] = setup.townshipB
const ID = '11010519491231002X'
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

const { textProblems, shoot, setLang, login, loginOk } = pageCheck({ screens: setup.screens, check, must, password: setup.password, modules: setup.modules })

/** Central's clock minus this one (its Date header, to the second: central may run years ahead
 *  under libfaketime while the browser keeps the real clock). */
let centralOffsetMs = 0
/** The RFC 6238 code (SHA-1, 6 digits, 30 s) of base32 @p secret, @p steps steps from now on
 *  central's clock. */
function totpCode(secret, steps = 0) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
  let bits = ''
  for (const ch of secret.replace(/[\s=]/g, '').toUpperCase()) bits += alphabet.indexOf(ch).toString(2).padStart(5, '0')
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)))
  const counter = Buffer.alloc(8)
  counter.writeBigUInt64BE(BigInt(Math.floor((Date.now() + centralOffsetMs) / 30000) + steps))
  const mac = createHmac('sha1', key).update(counter).digest()
  const at = mac[mac.length - 1] & 0xf
  return String((mac.readUInt32BE(at) & 0x7fffffff) % 1000000).padStart(6, '0')
}

async function rowReceipts(page) {
  await page.waitForSelector('table[data-test=cases]')
  await page.waitForFunction(() => document.querySelectorAll('table[data-test=cases] tbody tr').length > 0)
  return page.$$eval('table[data-test=cases] tbody tr', (rows) => rows.map((r) => r.dataset.receipt))
}

async function openCase(page, receipt) {
  await page.goto(`${base}#/cases/${receipt}`)
  await page.waitForSelector('[data-test=case-stage], [data-test=case-error]')
}

const profile = mkdtempSync(join(tmpdir(), 'jiujin-console-'))
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1366, height: 768 },
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    // central's test certificate, trusted by its key's pin (as kiosks pin it), not by
    // ignoring certificate errors
    `--ignore-certificate-errors-spki-list=${setup.pin}`],
})
const violations = []
const urls = []
context.on('page', (p) => p.on('console', (m) => { if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text()) }))
context.on('request', (r) => urls.push(r.url()))
const page = context.pages()[0] || (await context.newPage())
page.on('console', (m) => { if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text()) })
page.on('pageerror', (e) => violations.push(`page error: ${e.message}`))

try {
  // Served by central's front over TLS, under a strict CSP.
  const first = await page.goto(base)
  must(first.status() === 200, `GET /console/ answers 200 (got ${first.status()})`)
  const csp = first.headers()['content-security-policy'] || ''
  check(/script-src 'self'/.test(csp) && !/unsafe-inline|unsafe-eval/.test(csp) && /frame-ancestors 'none'/.test(csp),
    `a strict Content-Security-Policy: ${csp}`)
  check(first.headers()['x-content-type-options'] === 'nosniff', 'nosniff')
  await page.waitForSelector('[data-test=login-id]')
  for (const [w, h] of SIZES) {
    await page.setViewportSize({ width: w, height: h })
    for (const lang of ['zh', 'en']) { await setLang(page, lang); await shoot(page, 'login') }
  }
  await setLang(page, 'zh')
  await page.setViewportSize({ width: 1366, height: 768 })
  // The text check itself sees a cut heading and overlapping text (so a pass above means something).
  await page.evaluate(() => Object.assign(document.querySelector('h1').style, { width: '40px', overflow: 'hidden', whiteSpace: 'nowrap' }))
  const planted = { cut: await page.evaluate(textProblems) }
  await page.evaluate(() => { document.querySelector('h1').removeAttribute('style'); document.querySelector('.notice').style.marginTop = '-40px' })
  planted.overlap = await page.evaluate(textProblems)
  await page.evaluate(() => document.querySelector('.notice').removeAttribute('style'))
  check(planted.cut.some((p) => p.startsWith('cut: h1')), `a cut heading is found (${planted.cut})`)
  check(planted.overlap.some((p) => p.startsWith('overlap:')), `overlapping text is found (${planted.overlap})`)
  // And axe sees an unnamed field and grey-on-grey text (so a pass of axeCheck means something).
  await page.evaluate(() => {
    document.getElementById('login-id').setAttribute('id', 'planted-id')
    document.querySelector('.notice').style.color = '#c8c8c8'
  }).catch(() => {})
  const plantedAxe = await axeViolations(page, setup.modules)
  check(plantedAxe.some((v) => v.startsWith('label ')) && plantedAxe.some((v) => v.startsWith('color-contrast ')),
    `axe finds an unlabelled field and low contrast (${plantedAxe})`)
  await page.reload()
  await page.waitForSelector('[data-test=login-id]')

  // Lockout: five wrong passwords, then the account is locked whatever is typed.
  const statuses = []
  for (let i = 0; i < 5; i++) statuses.push(await login(page, 'clerk-lock', 'wrong-password-' + i))
  check(statuses.slice(0, 4).every((s) => s === 401) && statuses[4] === 423, `the fifth failure locks (${statuses})`)
  await page.waitForSelector('[data-test=login-message]')
  const lockMessage = await page.textContent('[data-test=login-message]')
  check(lockMessage.includes('锁定') && /\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(lockMessage), `the lockout is said, with its end: ${lockMessage}`)
  check((await login(page, 'clerk-lock')) === 423, 'the right password is refused while locked')
  check(!(await page.$('[data-test=who]')), 'and nobody is logged in')
  await shoot(page, 'login-locked')

  // A clerk sees the cases of its township, and only those. The catalogue's names come late here
  // (held back 1.5 s): the rows must still never be drawn with codes (the list's smaller answer
  // used to come first and the queue showed item and point codes until the names arrived).
  const slowNames = async (route) => { await new Promise((r) => setTimeout(r, 1500)); await route.continue() }
  await page.route('**/v1/operator/catalogue', slowNames)
  await loginOk(page, 'clerk-203')
  await page.waitForSelector('table[data-test=cases] tbody tr')
  const firstCells = await page.$$eval('table[data-test=cases] tbody tr td.wrap', (tds) => tds.map((td) => td.textContent.trim()))
  await page.unroute('**/v1/operator/catalogue', slowNames)
  check(firstCells.length >= 2 && !firstCells.some((c) => /^[0-9A-Z]{20,}$|^\d{12}-\d{2}$/.test(c)),
    `the first rows drawn name items and points, not codes (${firstCells.slice(0, 2)})`)
  check((await page.textContent('[data-test=who]')).includes('乌云'), 'the clerk is named in the bar')
  const clerkRows = await rowReceipts(page)
  check(clerkRows.includes(A1) && clerkRows.includes(A2), 'the clerk sees both cases of 黄花塔拉苏木')
  check(!clerkRows.includes(B1), 'the clerk does not see the case of 固日班花苏木')
  check(clerkRows.length === 2, `exactly two rows (${clerkRows.length})`)
  check((await page.textContent('[data-test=scope]')).includes('150525203'), 'the queue says its scope')

  // The session is an HttpOnly cookie; a change without the CSRF token is refused; nothing of a
  // case sits in the browser's storage.
  const probe = await page.evaluate(async (r) => {
    const res = await fetch(`/v1/operator/cases/${r}/moves`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ stage: 'accepted' }) })
    return { status: res.status, body: await res.json(), cookie: document.cookie, storage: JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) }
  }, A1)
  check(probe.status === 403 && probe.body.error === 'csrf', `a move without the CSRF token is refused (${probe.status} ${JSON.stringify(probe.body)})`)
  check(!probe.cookie.includes('jj_operator'), 'the session cookie is not readable by script')
  check(!/NM\d|1101/.test(probe.storage), `browser storage holds no case data: ${probe.storage}`)

  // 已提交 → 待补正 with a material from the picker and a due date; the timeline shows it.
  await page.click(`tr[data-receipt="${A1}"] a`)
  await page.waitForSelector('[data-test=case-stage]')
  check((await page.textContent('[data-test=case-stage]')).includes('已提交'), 'the case is at 已提交')
  await page.click('[data-action=correction]')
  await page.check('label.check:has-text("与原单位终止或解除劳动关系的证明") input')
  const due = await page.inputValue('[data-test=action-due]')
  check(/^\d{4}-\d{2}-\d{2}$/.test(due), `a due date is proposed (${due})`)
  await page.fill('[data-test=action-reason]', '请补交解除劳动关系证明')
  await shoot(page, 'case-correction-form')
  await page.click('[data-test=action-submit]')
  await page.waitForFunction(() => document.querySelector('[data-test=case-stage]').textContent.includes('待补正'))
  const step = await page.textContent('[data-test=timeline] li[data-stage=correction]')
  check(step.includes('与原单位终止或解除劳动关系的证明') && step.includes('clerk-203') && step.includes(due),
    `the timeline shows the 补正 with material, clerk and due date: ${step}`)
  check((await page.textContent('[data-test=case-notice]')).includes('已办理'), 'the move is confirmed')
  await shoot(page, 'case-correction')

  // A refused action says why: the case moved on meanwhile (another window accepted it).
  await openCase(page, A2)
  await page.click('[data-action=refused]')
  await page.fill('[data-test=action-reason]', '不属于本窗口受理范围')
  execFileSync(setup.gateway, ['case', 'move', A2, 'accepted', '--operator', 'clerk-203', '--data-dir', setup.dataDir],
    { env: { ...process.env, ...setup.cliEnv } })
  await page.click('[data-test=action-submit]')
  await page.waitForSelector('[data-test=case-notice].error')
  const refusal = await page.textContent('[data-test=case-notice]')
  check(refusal.includes('环节已经变化'), `the refusal is explained: ${refusal}`)
  await page.waitForFunction(() => document.querySelector('[data-test=case-stage]').textContent.includes('已受理'))
  check(true, 'the page shows the case as it now stands (已受理)')
  await shoot(page, 'case-refused')

  // Another township's case, even by its receipt, is not shown.
  await openCase(page, B1)
  check((await page.textContent('[data-test=case-error]')).includes('没有权限'), 'another township\'s case answers as forbidden')

  // The idle warning a few minutes before the 30-minute end, and the end itself.
  const idle = await context.newPage()
  await idle.clock.install()
  await idle.goto(`${base}#/cases`)
  await idle.waitForSelector('[data-test=who]')
  await idle.waitForSelector('table[data-test=cases] tbody tr')
  // Every answer counts as activity when it arrives: a request still on its way (the catalogue's
  // names, asked for at login) answered after the jump below would reset the idle time and take
  // the warning away again. Only an idle page goes idle.
  await idle.waitForLoadState('networkidle')
  await idle.clock.fastForward('24:00')
  check(!(await idle.$('[data-test=session-warning]')), 'no warning at 24 idle minutes')
  await idle.clock.fastForward('01:30')
  await idle.waitForSelector('[data-test=session-warning]')
  check((await idle.textContent('[data-test=session-warning]')).includes('会话将在'), 'the warning at 25.5 idle minutes')
  await shoot(idle, 'session-warning')
  await idle.dispatchEvent('[data-test=session-warning] button', 'click') // the page's clock is stopped: no animation frames for click()'s checks
  await idle.waitForSelector('[data-test=session-warning]', { state: 'detached' })
  check(true, 'keep working ends the warning')
  await idle.clock.fastForward('30:05')
  await idle.waitForSelector('[data-test=login-message]')
  check((await idle.textContent('[data-test=login-message]')).includes('过期'), 'at the idle end the console asks for a login')
  await idle.close()
  await page.bringToFront() // a page left in the background gets no animation frames
  // The idle page's clock is the whole context's (playwright): this page's Date jumped 55
  // minutes too, so its own idle check would end the session at its next tick, racing the
  // request below. A reload starts it on that clock, with the session central still holds.
  await page.reload()
  await page.waitForSelector('[data-test=who]')

  // Log out: the session ends at central too.
  await page.goto(`${base}#/cases`)
  await page.waitForSelector('[data-test=logout]')
  await page.click('[data-test=logout]')
  await page.waitForSelector('[data-test=login-message]')
  check((await page.textContent('[data-test=login-message]')).includes('退出'), 'logged out')
  const after = await page.evaluate(async () => (await fetch('/v1/operator/me')).status)
  check(after === 401, `after logout central answers 401 (${after})`)

  // An officer opens the form only with a reason: masked, then revealed (both audited).
  await loginOk(page, 'officer-1')
  const officerRows = await rowReceipts(page)
  check([A1, A2, B1].every((r) => officerRows.includes(r)), 'the officer sees the department\'s cases of both townships')
  await openCase(page, A2)
  check(await page.isVisible('[data-action=review]'), 'the officer may start the review of an accepted case')
  await page.click('[data-test=form-open]')
  await page.fill('[data-test=form-why]', '核对申请人身份')
  await page.click('[data-test=form-confirm]')
  await page.waitForSelector('[data-test=form-fields]')
  const masked = await page.textContent('[data-field=id_number]')
  check(/^1\*+002X$/.test(masked.trim()), `the ID number is masked first (${masked})`)
  check(/^1\*+\d{4}$/.test((await page.textContent('[data-field=phone]')).trim()), 'the phone is masked first')
  check(!(await page.content()).includes(ID), 'the whole ID is nowhere on the page before the reveal')
  await shoot(page, 'case-form-masked')
  await page.click('[data-test=form-reveal]')
  await page.waitForFunction((id) => document.querySelector('[data-field=id_number]').textContent.trim() === id, ID)
  check(true, 'the reveal shows the whole ID number')
  check(!urls.some((u) => u.includes(ID) || /1\d{10}/.test(u.replace(/NM\d+|BJ\d+/g, ''))), 'no ID or phone number in any URL')

  // The officer takes the accepted case to its end, a stage at a time: 审查中, 办结（准予） with a
  // certificate number, 待领取, 已送达, each in the timeline (tst_console.cpp then checks that the
  // kiosk's 查进度 shows 已送达 after jiujin-syncd).
  for (const [stage, word] of [['review', '审查中'], ['approved', '办结（准予）'], ['ready_for_pickup', '待领取'], ['delivered', '已送达']]) {
    await page.click(`[data-action=${stage}]`)
    await page.waitForSelector('[data-test=action-form]')
    if (stage === 'approved') await page.fill('#action-result', 'NMZ-2026-0001')
    await page.click('[data-test=action-submit]')
    await page.waitForFunction((w) => document.querySelector('[data-test=case-stage]').textContent.includes(w) &&
      !document.querySelector('[data-test=action-form]'), word)
    check(!!(await page.$(`[data-test=timeline] li[data-stage=${stage}]`)), `the officer moves the case to ${word}, shown in the timeline`)
  }

  // Every page in both languages at both sizes, read for cut or overlapping text.
  for (const [w, h] of SIZES) {
    await page.setViewportSize({ width: w, height: h })
    for (const lang of ['zh', 'en']) {
      await page.goto(`${base}#/cases`)
      await page.waitForSelector('[data-test=who]')
      await setLang(page, lang)
      await rowReceipts(page)
      await shoot(page, 'queue')
      await openCase(page, A1)
      await shoot(page, 'case')
    }
  }
  await setLang(page, 'en')
  check((await page.textContent('h1')).length > 0 && (await page.textContent('[data-test=case-stage]')).includes('Awaiting correction'), 'English is complete on the case page')
  await setLang(page, 'zh')
  await page.click('[data-test=logout]')
  await page.waitForSelector('[data-test=login-id]')

  // A supervisor reads every case and moves none.
  await loginOk(page, 'supervisor-1')
  check((await rowReceipts(page)).length === 3, 'the supervisor sees the banner\'s cases')
  await openCase(page, A1)
  check(await page.isVisible('[data-test=no-actions]'), 'the supervisor is offered no action')
  await page.click('[data-test=logout]')
  await page.waitForSelector('[data-test=login-id]')

  // The queue a page at a time: 230 cases in township 150525101 (every tenth of another item,
  // every other one still 已提交), put into central's database as the bench does; a clerk there
  // sees central's count, 100 rows, then the next pages through its cursor, unshifted by a case
  // that arrives meanwhile; the stage and item filters are counted at central too.
  const PAGING = 230
  const cli = { env: { ...process.env, ...setup.cliEnv } }
  execFileSync(setup.gateway, ['operator', 'add', 'clerk-101', '--role', 'clerk', '--township', '150525101',
    '--data-dir', setup.dataDir], { ...cli, input: `${setup.password}\n` })
  const ITEM = '11150525MB0SB0001A415111010200001'
  const OTHER = '11150525MB0SB0001A415111010100001'
  const seedCases = (from, count) => execFileSync('sqlite3', [join(setup.dataDir, 'gateway.db')], {
    input: `.timeout 10000
WITH RECURSIVE n(i) AS (SELECT ${from} UNION ALL SELECT i + 1 FROM n WHERE i < ${from + count - 1})
INSERT INTO cases(number, device, uuid, receipt, item, point, department, stage, created_at, updated_at,
    promised_days)
SELECT printf('BJ99%012d', i), 'paging-device', printf('paging-%d', i), printf('NM99%012d', i),
    CASE WHEN i % 10 = 0 THEN '${OTHER}' ELSE '${ITEM}' END, '150525101000-01', 'shebao',
    CASE WHEN i % 2 = 0 THEN 'submitted' ELSE 'accepted' END,
    strftime('%s', 'now') - 3600 + i, strftime('%s', 'now') - 3600 + i, 10
FROM n;
`,
  })
  seedCases(0, PAGING)
  const receiptOf = (i) => `NM99${String(i).padStart(12, '0')}`
  const rowCount = (n) => page.waitForFunction((want) =>
    document.querySelector('table[data-test=cases]')?.getAttribute('aria-busy') === 'false' &&
    document.querySelectorAll('table[data-test=cases] tbody tr').length === want, n)
  const countText = () => page.textContent('[data-test=case-count]')
  await loginOk(page, 'clerk-101')
  await page.waitForFunction(() => /230/.test(document.querySelector('[data-test=case-count]')?.textContent || ''))
  await rowCount(100)
  check((await countText()).trim() === '已显示 100 件，共 230 件', `central's count beside the rows shown: ${await countText()}`)
  let pageRows = await page.$$eval('table[data-test=cases] tbody tr', (rows) => rows.map((r) => r.dataset.receipt))
  check(pageRows[0] === receiptOf(PAGING - 1) && pageRows[99] === receiptOf(PAGING - 100), 'the first page: the newest 100')
  await shoot(page, 'queue-paged')
  seedCases(PAGING, 1) // arrives between two pages
  await page.click('[data-test=more-cases]')
  await rowCount(200)
  pageRows = await page.$$eval('table[data-test=cases] tbody tr', (rows) => rows.map((r) => r.dataset.receipt))
  const expected = Array.from({ length: 200 }, (_, k) => receiptOf(PAGING - 1 - k))
  check(pageRows.join() === expected.join(), 'the second page follows the first: no case twice, none missed, the new one not slipped in')
  check((await page.textContent('[data-test=more-cases]')).includes('30'), `the last page says what is left: ${await page.textContent('[data-test=more-cases]')}`)
  await page.click('[data-test=more-cases]')
  await rowCount(PAGING)
  await page.waitForSelector('[data-test=more-cases]', { state: 'detached' })
  check(true, 'after the last page 显示更多 is gone')
  await page.selectOption('[data-test=filter-stage]', 'submitted')
  await page.waitForFunction(() => /共 116 件/.test(document.querySelector('[data-test=case-count]')?.textContent || ''))
  await rowCount(100)
  check(await page.$$eval('table[data-test=cases] tbody tr .stage', (t) => t.every((e) => e.classList.contains('stage-submitted'))),
    'the stage filter is central\'s, counted there: 116 已提交 (the late one too)')
  await page.selectOption('[data-test=filter-stage]', '')
  await page.selectOption('[data-test=filter-item]', OTHER)
  await page.waitForFunction(() => /^共 24 件$/.test((document.querySelector('[data-test=case-count]')?.textContent || '').trim()))
  await rowCount(24)
  check(!(await page.$('[data-test=more-cases]')), 'the item filter is central\'s: 24 cases, one page')
  await setLang(page, 'en')
  await page.selectOption('[data-test=filter-item]', '')
  await page.waitForFunction(() => /100 shown of 231 cases/.test(document.querySelector('[data-test=case-count]')?.textContent || ''))
  check(true, 'the count in English: 100 shown of 231 cases')
  await setLang(page, 'zh')
  await page.click('[data-test=logout]')
  await page.waitForSelector('[data-test=login-id]')

  // TOTP set up in the browser by an operator who has none: the secret shown once as text and
  // as a QR code drawn on the page, a wrong code refused, the right one makes it take effect;
  // from then on the password alone does not log in.
  await loginOk(page, 'clerk-200')
  await page.click('[data-test=nav-account]')
  await page.waitForSelector('[data-test=totp-begin]')
  check((await page.textContent('[data-test=totp-state]')).includes('未启用'), 'the account page says TOTP is off')
  for (const [w, h] of SIZES) {
    await page.setViewportSize({ width: w, height: h })
    for (const lang of ['zh', 'en']) { await setLang(page, lang); await shoot(page, 'account') }
  }
  await setLang(page, 'zh')
  await page.setViewportSize({ width: 1366, height: 768 })
  // Against this process's clock: the page's Date is the context's fake clock, run on above.
  centralOffsetMs = Date.parse(await page.evaluate(async () => (await fetch('/v1/operator/me')).headers.get('Date'))) - Date.now()
  await page.click('[data-test=totp-begin]')
  await page.waitForSelector('[data-test=totp-secret]')
  const secret = (await page.textContent('[data-test=totp-secret]')).replace(/\s/g, '')
  check(/^[A-Z2-7]{32}$/.test(secret), `a 160-bit secret in base32 is shown (${secret.length} characters)`)
  const qrDark = await page.$eval('[data-test=totp-qr]', (c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data
    let dark = 0
    for (let i = 0; i < d.length; i += 4) if (d[i] < 128) dark++
    return dark / (d.length / 4)
  })
  check(qrDark > 0.2 && qrDark < 0.6, `a QR code is drawn (${(qrDark * 100).toFixed(0)} % dark)`)
  for (const lang of ['zh', 'en']) { await setLang(page, lang); await shoot(page, 'account-totp-setup') }
  await setLang(page, 'zh')
  const right = totpCode(secret)
  await page.fill('[data-test=totp-code]', String((Number(right) + 500000) % 1000000).padStart(6, '0'))
  await page.click('[data-test=totp-confirm]')
  await page.waitForSelector('[data-test=totp-error]')
  check((await page.textContent('[data-test=totp-error]')).includes('不对'), 'a wrong code is refused')
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))
  check(!stored.includes(secret), 'the secret is in no browser storage')
  await page.fill('[data-test=totp-code]', totpCode(secret))
  await page.click('[data-test=totp-confirm]')
  await page.waitForSelector('[data-test=totp-done]')
  check((await page.textContent('[data-test=totp-state]')).includes('已启用'), 'the right code turns TOTP on')
  check(!(await page.content()).includes(secret), 'the secret is gone from the page once confirmed')
  await page.click('[data-test=logout]')
  await page.waitForSelector('[data-test=login-id]')
  check((await login(page, 'clerk-200')) === 401, 'the password alone no longer logs in')
  await page.fill('[data-test=login-totp]', totpCode(secret, 1)) // the confirming step is used up
  must((await login(page, 'clerk-200')) === 201, 'password and a fresh code log in')
  await page.waitForSelector('[data-test=who]')

  check(violations.length === 0, `no CSP violation or page error${violations.length ? ': ' + violations.join(' | ') : ''}`)
} catch (e) {
  failures++
  console.log(`FAIL ${e.stack || e}`)
  try { await page.screenshot({ path: join(setup.screens, 'failure.png'), fullPage: true }) } catch {}
} finally {
  await context.close()
  rmSync(profile, { recursive: true, force: true })
}
console.log(failures ? `${failures} check(s) failed` : 'all checks passed')
process.exit(failures ? 1 : 0)
