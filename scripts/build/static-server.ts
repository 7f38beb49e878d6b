import type { AddressInfo } from 'node:net'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
}

export interface StaticServer {
  readonly url: string
  close: () => Promise<void>
}

/** Serves a built single-page deck on 127.0.0.1; unknown paths fall back to index.html. */
export async function serveStatic(root: string, port = 0): Promise<StaticServer> {
  const base = resolve(root)
  if (!existsSync(join(base, 'index.html')))
    throw new Error(`${root}/index.html not found: build the deck first (npm run build)`)
  const server = createServer((request, response) => {
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    }
    catch {
      response.writeHead(400).end()
      return
    }
    let file = normalize(join(base, pathname))
    if (!file.startsWith(base + sep) || !existsSync(file) || statSync(file).isDirectory())
      file = join(base, 'index.html')
    const stream = createReadStream(file)
    stream.once('open', () => {
      response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' })
      stream.pipe(response)
    })
    stream.once('error', () => {
      if (!response.headersSent)
        response.writeHead(404)
      response.end()
    })
  })
  await new Promise<void>(done => server.listen(port, '127.0.0.1', done))
  const { port: bound } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () => new Promise<void>(done => server.close(() => done())),
  }
}
