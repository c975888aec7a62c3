import { execFileSync } from 'node:child_process'
import { accessSync, constants } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, chromium } from 'playwright-core'

const CHROMIUM = '/usr/bin/chromium'

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/** Debian's chromium, installed with apt when missing. Never a browser download. */
function ensureChromium(): string {
  if (isExecutable(CHROMIUM)) return CHROMIUM
  try {
    execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit' })
  } catch {
    execFileSync('apt-get', ['update'], { stdio: 'inherit' })
    execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit' })
  }
  if (!isExecutable(CHROMIUM)) throw new Error(`${CHROMIUM} is still missing after apt-get install chromium.`)
  return CHROMIUM
}

/** Headless Chromium with a fresh profile, removed again on close. */
export async function launchChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const executablePath = ensureChromium()
  const userDataDir = await mkdtemp(join(tmpdir(), 'durum-demo-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
  return {
    context,
    async close() {
      await context.close()
      await rm(userDataDir, { recursive: true, force: true })
    },
  }
}
