import { describe, expect, it } from 'vitest'
import { ChromiumNotFoundError, findChromium } from '../../scripts/browser/find-chromium.ts'
import { isLocalUrl } from '../../scripts/browser/launch-browser.ts'

const existing = (...paths: string[]) => (path: string) => paths.includes(path)

describe('findChromium', () => {
  it('prefers the environment override', () => {
    expect(findChromium({
      env: '/opt/c',
      candidates: ['/usr/bin/chromium'],
      exists: existing('/opt/c', '/usr/bin/chromium'),
    })).toBe('/opt/c')
  })

  it('refuses an override that does not exist rather than falling back', () => {
    expect(() => findChromium({
      env: '/nope',
      exists: existing('/usr/bin/chromium'),
    })).toThrow(ChromiumNotFoundError)
  })

  it('names the variable as the fix for a bad override, and claims to have tried nothing else', () => {
    const find = () => findChromium({
      env: '/nope',
      exists: existing('/usr/bin/chromium'),
    })
    expect(find).toThrow(/^CHROMIUM_PATH=\/nope names no file\. Point CHROMIUM_PATH at a Chromium binary .* or unset it\.$/)
    expect(find).not.toThrow(/Playwright|apt-get/)
  })

  it('takes the first well-known path, then Playwright\'s own', () => {
    expect(findChromium({
      env: '',
      candidates: ['/a', '/b'],
      exists: existing('/b'),
      playwrightPath: () => '/pw',
    })).toBe('/b')
    expect(findChromium({
      env: '',
      candidates: ['/a'],
      exists: existing('/pw'),
      playwrightPath: () => '/pw',
    })).toBe('/pw')
  })

  it('says in one line what to install when there is none', () => {
    const find = () => findChromium({
      env: '',
      candidates: ['/a'],
      exists: () => false,
      playwrightPath: () => '/pw',
    })
    expect(find).toThrow(/^No Chromium found .*apt-get install -y chromium.*CHROMIUM_PATH/)
    expect(() => find()).not.toThrow(/\n/)
  })
})

describe('isLocalUrl', () => {
  it.each([
    ['http://127.0.0.1:4000/1', true],
    ['http://localhost/x', true],
    ['http://[::1]:3000/', true],
    ['data:text/plain,hi', true],
    ['https://fonts.googleapis.com/css2', false],
    ['http://127.0.0.1.example.com/', false],
  ])('%s is local: %s', (url, local) => {
    expect(isLocalUrl(url)).toBe(local)
  })
})
