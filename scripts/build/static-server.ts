import type { AddressInfo } from 'node:net'
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import { join, resolve } from 'node:path'
import sirv from 'sirv'

export interface StaticServer { readonly url: string, close: () => Promise<void> }

/** Serves a built single-page deck on 127.0.0.1 with sirv (as Slidev does); unknown paths fall back to index.html. */
export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const base = resolve(root)
  if (!existsSync(join(base, 'index.html')))
    throw new Error(`${root}/index.html not found: build the deck first (npm run build)`)
  // No caching: a rebuild replaces index.html and the slide chunks under the same folder.
  const serve = sirv(base, { single: true, dev: true, dotfiles: false })
  const server = createServer((request, response) => {
    try {
      decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    }
    catch {
      response.writeHead(400).end()
      return
    }
    serve(request, response)
  })
  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(port, '127.0.0.1', () => {
      server.off('error', fail)
      done()
    })
  })
  const { port: bound } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${bound}`, close: () => new Promise<void>(done => server.close(() => done())) }
}
