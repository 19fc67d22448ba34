// The console's case list on 100,000 cases (issue 15): a real jiujin-gateway (its own data
// directory, the console served by its front over TLS) whose SQLite storage is seeded with
// 100,000 cases by SQL, and Debian's Chromium (headless, playwright-core) timing the case queue
// from reload to its first page of rows on screen, beside the login page and an empty queue
// measured the same way in the same run; then the next page through central's cursor, and the
// API's first page (which counts) against a later one (which does not). Prints tables; asserts
// nothing.
// Usage: node bench_console.mjs GATEWAY CONSOLE_DIST CONSOLE_NODE_MODULES TMPDIR [RUNS]
import { createRequire } from 'node:module'
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const [gatewayArg, distArg, modulesArg, tmpArg, runsArg] = process.argv.slice(2)
if (!gatewayArg || !distArg || !modulesArg || !tmpArg) {
  console.error('usage: bench_console.mjs GATEWAY CONSOLE_DIST CONSOLE_NODE_MODULES TMPDIR [RUNS]')
  process.exit(2)
}
const [gateway, dist, modules, tmp] = [gatewayArg, distArg, modulesArg, tmpArg].map((p) => resolve(p))
const RUNS = Number(runsArg || 9)
const CASES = 100000
const PASSWORD = 'bench-password-2026'
const { chromium } = createRequire(join(modules, 'x'))('playwright-core')
const dir = mkdtempSync(join(tmp, 'console-bench-'))
const cli = (args, input) => execFileSync(gateway, [...args, '--data-dir', dir], { input, encoding: 'utf8' })

const init = cli(['init'])
const pin = /sha256\/\/(\S+)/.exec(init)[1]
cli(['operator', 'add', 'bench-supervisor', '--role', 'supervisor'], PASSWORD + '\n')
cli(['operator', 'add', 'bench-clerk', '--role', 'clerk', '--township', '150525203'], PASSWORD + '\n')
// A township with no case at all: the empty queue, the same page and request.
cli(['operator', 'add', 'bench-empty', '--role', 'clerk', '--township', '150525299'], PASSWORD + '\n')

// The seed catalogue published, as ./run does: the queue draws its rows only with the names of
// their items and points (GET /v1/operator/catalogue, about 190 KB), so their wait is measured.
cli(['catalogue', 'publish', fileURLToPath(new URL('../../db/seed/catalogue.json', import.meta.url))])

// 100,000 cases in 14 townships' points, every stage, the newest submitted a minute ago: a
// banner's year or two. Straight into the migrated schema (002_cases.sql).
const now = Math.floor(Date.now() / 1000)
const seeded = Date.now()
execFileSync('sqlite3', [join(dir, 'gateway.db')], {
  input: `PRAGMA journal_mode=WAL;
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${CASES - 1})
INSERT INTO cases(number, device, uuid, receipt, item, point, department, stage, created_at,
    updated_at, accepted_at, promised_days, due_date)
SELECT printf('BJ2026%08d', i), 'bench-device', printf('bench-%d', i), printf('NM2026%08d', i),
    '11150525MB0SB0001A415111010200001', printf('150525%03d000-01', 200 + i % 14), 'shebao',
    CASE WHEN i % 13 < 9 THEN 'delivered' WHEN i % 4 = 0 THEN 'submitted'
        WHEN i % 4 = 1 THEN 'accepted' WHEN i % 4 = 2 THEN 'review' ELSE 'correction' END,
    ${now} - (${CASES} - i) * 60, ${now} - (${CASES} - i) * 60, ${now} - (${CASES} - i) * 60, 10,
    date(${now} - (${CASES} - i) * 60, 'unixepoch', '+14 days')
FROM n;
COMMIT;
ANALYZE;
`,
})
const seedMs = Date.now() - seeded

const serve = spawn(gateway, ['serve', '--data-dir', dir, '--listen', '127.0.0.1:0', '--console', dist],
  { stdio: ['ignore', 'pipe', 'ignore'] })
const port = await new Promise((resolve, reject) => {
  let seen = ''
  serve.stdout.on('data', (d) => {
    seen += d
    const m = /listening on (\d+)/.exec(seen)
    if (m) resolve(Number(m[1]))
  })
  serve.on('exit', (code) => reject(new Error(`jiujin-gateway ended (${code})`)))
})
const base = `https://localhost:${port}/console/`

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    `--ignore-certificate-errors-spki-list=${pin}`],
})

/** A logged-in page of @p who (none: the login page). */
async function pageOf(who) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const page = await context.newPage()
  await page.goto(base)
  await page.waitForSelector('[data-test=login-id]')
  if (who) {
    await page.fill('[data-test=login-id]', who)
    await page.fill('[data-test=login-password]', PASSWORD)
    await page.click('[data-test=login-submit]')
    await page.waitForSelector('[data-test=who]')
  }
  return page
}

/** Median ms from reload to @p ready on @p page, over RUNS runs after one warm-up. */
async function time(page, ready) {
  const ms = []
  for (let i = 0; i <= RUNS; i++) {
    const t = performance.now()
    await page.reload()
    try {
      await page.waitForSelector(ready, { timeout: 120000 })
    } catch (e) {
      console.error(`no ${ready} on ${page.url()}: ${(await page.textContent('body')).slice(0, 300)}`)
      throw e
    }
    if (i) ms.push(performance.now() - t)
  }
  ms.sort((a, b) => a - b)
  return ms[Math.floor(ms.length / 2)]
}

let rows = 0
try {
  console.error('timing the login page, an empty queue, a supervisor\'s and a clerk\'s queue...')
  const login = await time(await pageOf(null), '[data-test=login-id]')
  const empty = await time(await pageOf('bench-empty'), 'table[data-test=cases] + p.message, .table-wrap p.message')
  const supervisorPage = await pageOf('bench-supervisor')
  const supervisor = await time(supervisorPage, 'table[data-test=cases] tbody tr')
  rows = await supervisorPage.$$eval('table[data-test=cases] tbody tr', (r) => r.length)
  const clerkPage = await pageOf('bench-clerk')
  const clerk = await time(clerkPage, 'table[data-test=cases] tbody tr')
  const countShown = (await supervisorPage.textContent('[data-test=case-count]')).trim()
  // The next page through central's cursor (显示更多), from the click to its rows on screen.
  const more = []
  for (let i = 0; i <= RUNS; i++) {
    await supervisorPage.reload()
    await supervisorPage.waitForSelector('[data-test=more-cases]')
    const t = performance.now()
    await supervisorPage.click('[data-test=more-cases]')
    await supervisorPage.waitForFunction((n) => document.querySelectorAll('table[data-test=cases] tbody tr').length === n, rows * 2)
    if (i) more.push(performance.now() - t)
  }
  more.sort((a, b) => a - b)
  // What counting costs: the API's first page (which counts) against a later page (which does
  // not), fetched by the page itself; the same 100 rows each.
  const apiTimes = await supervisorPage.evaluate(async (runs) => {
    const first = await (await fetch('/v1/operator/cases?limit=100')).json()
    const cursor = first.next
    const timeIt = async (url) => {
      const ms = []
      for (let i = 0; i <= runs; i++) {
        const t = performance.now()
        const r = await fetch(url, { cache: 'no-store' })
        await r.json()
        if (i) ms.push(performance.now() - t)
      }
      ms.sort((a, b) => a - b)
      return ms[Math.floor(ms.length / 2)]
    }
    const counted = await timeIt('/v1/operator/cases?limit=100')
    const paged = await timeIt(`/v1/operator/cases?limit=100&cursor=${cursor}`)
    const clerkCounted = await timeIt('/v1/operator/cases?limit=100&stage=submitted')
    return { counted, paged, clerkCounted }
  }, RUNS * 2)
  const line = (what, ms) => console.log(`| ${what.padEnd(44)} | ${ms.toFixed(0).padStart(9)} | ${(ms / login).toFixed(2).padStart(12)} | ${(ms / empty).toFixed(2).padStart(12)} |`)
  console.log(`Console case queue on ${CASES} cases (seeded in ${seedMs} ms), headless Chromium 1366x768,`)
  console.log(`reload to first rows on screen, median of ${RUNS} runs; first page: ${rows} rows; count shown: ${countShown}`)
  console.log('| page                                         | median ms | / login page | / empty list |')
  console.log('|----------------------------------------------|-----------|--------------|--------------|')
  line('login page (baseline)', login)
  line('case queue, no case in scope (baseline)', empty)
  line('case queue, supervisor: all 100,000 in scope', supervisor)
  line('case queue, clerk: one township (~7,100)', clerk)
  line('next page (显示更多), click to rows', more[Math.floor(more.length / 2)])
  console.log('Target (issue 15): the first page on screen in <= 1000 ms.')
  console.log()
  console.log('GET /v1/operator/cases?limit=100 as the supervisor, fetched in the page, median ms:')
  console.log('| request                                        | median ms | / later page |')
  console.log('|------------------------------------------------|-----------|--------------|')
  const api = (what, ms) => console.log(`| ${what.padEnd(46)} | ${ms.toFixed(1).padStart(9)} | ${(ms / apiTimes.paged).toFixed(2).padStart(12)} |`)
  api('later page (cursor, no count; baseline)', apiTimes.paged)
  api('first page, counting all 100,000', apiTimes.counted)
  api('first page of one stage, counting it', apiTimes.clerkCounted)
} finally {
  await browser.close()
  serve.kill('SIGTERM')
  await new Promise((r) => serve.on('exit', r))
  rmSync(dir, { recursive: true, force: true })
}
