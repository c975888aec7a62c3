import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
// TypeScript, run as it is: the Node 22 that pnpm scripts run on strips its types.
import { launchChromium, planBrowserTests } from '../test/chromium.ts'

// `pnpm screenshots` (after a build): the README's screenshots, taken from the built demo on the
// simulators in the browser tests' headless Chromium (CHROMIUM_PATH, else Debian's /usr/bin/chromium).
const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url))
const SCREENSHOTS = fileURLToPath(new URL('../screenshots/', import.meta.url))

/** What the README shows: a page, the window it is seen in, and how much of the page is taken. */
const SHOTS = [
  {
    file: 'readme-query-payment.png',
    path: '/?provider=iyzico&paymentConversationId=20260611N100&lang=en',
    viewport: { width: 1280, height: 900 },
    fullPage: true,
  },
  {
    // Two phone screens of a cancelled payment's result, from its top: the verdict and why.
    file: 'readme-phone-result.png',
    path: '/?provider=iyzico&paymentId=35790626&lang=en',
    viewport: { width: 390, height: 844 },
    clip: { from: 'section.result', height: 1688 },
  },
]

const plan = planBrowserTests(process.env)
if (!existsSync(MAIN))
  fail(`${MAIN} is missing: build the demo first (pnpm turbo run build --filter=@durum/demo...).`)
if (!('run' in plan)) fail('skip' in plan ? plan.skip : plan.fail)

const demo = await startBuiltDemo()
let browser
let problem
try {
  browser = await launchChromium(plan.run)
  const page = await browser.context.newPage()
  for (const shot of SHOTS) {
    await page.setViewportSize(shot.viewport)
    await page.goto(`${demo.url}${shot.path}`)
    await page.waitForSelector('section.result')
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
    if (scrollWidth > shot.viewport.width) {
      problem = `${shot.path} is ${scrollWidth} px wide at ${shot.viewport.width} px: fix the page first.`
      break
    }
    const path = join(SCREENSHOTS, shot.file)
    if (shot.clip) {
      const top = (await page.locator(shot.clip.from).boundingBox()).y - 16
      const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight)
      const height = Math.min(shot.clip.height, pageHeight - top)
      await page.screenshot({
        path,
        fullPage: true,
        clip: { x: 0, y: top, width: shot.viewport.width, height },
      })
    } else {
      await page.screenshot({ path, fullPage: shot.fullPage })
    }
    console.log(`wrote screenshots/${shot.file}`)
  }
} finally {
  await browser?.close()
  demo.stop()
}
if (problem) fail(problem)

/** The built demo on a free loopback port, as `pnpm start` runs it (without the terminal handling). */
function startBuiltDemo() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN], {
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      out += chunk
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1]
      if (url) resolve({ url, stop: () => child.kill('SIGTERM') })
    })
    child.on('error', reject)
    child.on('exit', (code) => reject(new Error(`the demo exited (${code}) before listening:\n${out}`)))
  })
}

function fail(message) {
  console.error(`screenshots: ${message}`)
  process.exit(1)
}
