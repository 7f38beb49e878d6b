import type { StaticServer } from '../../scripts/build/static-server.ts'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveStatic } from '../../scripts/build/static-server.ts'
import { temporaryDir } from '../support/datasets.ts'

describe('serveStatic', () => {
  let server: StaticServer
  beforeAll(async () => {
    const root = temporaryDir('static-')
    mkdirSync(join(root, 'dist'))
    mkdirSync(join(root, 'dist-secret'))
    writeFileSync(join(root, 'dist', 'index.html'), '<p>deck</p>')
    writeFileSync(join(root, 'dist', 'app.js'), 'ok()')
    writeFileSync(join(root, 'dist-secret', 'key.txt'), 'secret')
    server = await serveStatic(join(root, 'dist'))
  })
  afterAll(() => server.close())

  it('serves files with their type and falls back to index.html for routes', async () => {
    const script = await fetch(`${server.url}/app.js`)
    expect(script.headers.get('content-type')).toContain('text/javascript')
    expect(await script.text()).toBe('ok()')
    expect(await (await fetch(`${server.url}/presenter/3`)).text()).toBe('<p>deck</p>')
  })

  it('never serves a sibling folder', async () => {
    for (const path of ['/..%2fdist-secret/key.txt', '/../dist-secret/key.txt', '/%2e%2e/dist-secret/key.txt'])
      expect(await (await fetch(`${server.url}${path}`)).text()).not.toContain('secret')
  })

  it('answers 400 to a malformed path and keeps serving', async () => {
    expect((await fetch(`${server.url}/%`)).status).toBe(400)
    expect((await fetch(`${server.url}/app.js`)).status).toBe(200)
  })
})
