import { accessSync, constants } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, chromium } from 'playwright-core'

export type Env = Readonly<Record<string, string | undefined>>

/** What the browser tests do here: drive the browser at `path`, or skip or fail, saying why. */
export type BrowserPlan = { run: string } | { skip: string } | { fail: string }

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

/**
 * The Chromium the browser tests drive: `CHROMIUM_PATH` when set, else Debian's `/usr/bin/chromium`.
 * Tests never install one (CI's `.ci/run` does). Without one they are skipped locally, with the
 * reason; under `CI=true` a missing browser is a broken setup, so they fail.
 */
export function planBrowserTests(
  env: Env,
  executable: (path: string) => boolean = isExecutable,
): BrowserPlan {
  const chosen = env.CHROMIUM_PATH?.trim()
  const path = chosen || '/usr/bin/chromium'
  if (executable(path)) return { run: path }
  const reason = chosen
    ? `CHROMIUM_PATH (${chosen}) is not an executable file`
    : 'no Chromium at /usr/bin/chromium (install it, or set CHROMIUM_PATH)'
  return env.CI === 'true'
    ? { fail: `The browser tests need Chromium under CI=true: ${reason}.` }
    : { skip: reason }
}

/** Headless Chromium with a fresh profile, removed again on close. */
export async function launchChromium(
  executablePath: string,
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
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
