import { describe, expect, it } from 'vitest'
import { planBrowserTests } from './chromium'

const only =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path)

describe('planBrowserTests', () => {
  it('drives CHROMIUM_PATH when it is set', () => {
    expect(
      planBrowserTests(
        { CHROMIUM_PATH: '/opt/chrome/chrome' },
        only('/opt/chrome/chrome', '/usr/bin/chromium'),
      ),
    ).toEqual({
      run: '/opt/chrome/chrome',
    })
  })

  it('drives Debian’s /usr/bin/chromium otherwise', () => {
    expect(planBrowserTests({}, only('/usr/bin/chromium'))).toEqual({ run: '/usr/bin/chromium' })
  })

  it('skips locally without a browser, saying why', () => {
    expect(planBrowserTests({}, only())).toEqual({
      skip: 'no Chromium at /usr/bin/chromium (install it, or set CHROMIUM_PATH)',
    })
    expect(planBrowserTests({ CHROMIUM_PATH: '/nowhere/chrome' }, only('/usr/bin/chromium'))).toEqual({
      skip: 'CHROMIUM_PATH (/nowhere/chrome) is not an executable file',
    })
  })

  it('fails under CI=true without a browser, since CI installs one', () => {
    expect(planBrowserTests({ CI: 'true' }, only())).toEqual({
      fail: 'The browser tests need Chromium under CI=true: no Chromium at /usr/bin/chromium (install it, or set CHROMIUM_PATH).',
    })
  })
})
