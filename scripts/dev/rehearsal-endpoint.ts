import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Plugin } from 'vite'
import { Buffer } from 'node:buffer'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { REHEARSAL_ENDPOINT } from '../../contract/rehearsal-record.ts'
import { rehearsalRecordSchema } from '../../contract/rehearsal-schema.ts'
import { projectPath } from '../files/project-root.ts'

/** `2026-03-01T10-15-00` from an ISO time in UTC, as the record's `endedAt` is: a valid file name everywhere. */
export const rehearsalFileStem = (iso: string): string => iso.slice(0, 19).replaceAll(':', '-')

/** Writes `text` to `<stem>.json` in `dir`, or `<stem>-2.json`... when taken: a rehearsal never replaces another. */
export function writeNewFile(dir: string, stem: string, text: string): string {
  mkdirSync(dir, { recursive: true })
  for (let attempt = 1; ; attempt++) {
    const file = join(dir, attempt === 1 ? `${stem}.json` : `${stem}-${attempt}.json`)
    try {
      writeFileSync(file, text, { flag: 'wx' })
      return file
    }
    catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
        throw error
    }
  }
}

/** The rehearsal records are small: a talk of an hour is some tens of kilobytes. */
export const BODY_LIMIT = 1_000_000

class TooLarge extends Error {}

/** A body the endpoint cannot read, in the words the presenter view shows. */
class UnreadableBody extends Error {}

/** The body's bytes, collected up to BODY_LIMIT and decoded once: a character split across packets stays whole. */
async function readBody(request: IncomingMessage): Promise<string> {
  if (Number(request.headers['content-length'] ?? 0) > BODY_LIMIT)
    throw new TooLarge()
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > BODY_LIMIT)
      throw new TooLarge()
    chunks.push(chunk)
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks, size))
  }
  catch {
    throw new UnreadableBody('a rehearsal record is sent as UTF-8 text')
  }
}

/** The origins the dev server's own pages have: the URLs it printed, and the loopback names of its port. */
export function ownOrigins(urls: readonly string[]): Set<string> {
  return new Set(urls.flatMap((url) => {
    const { origin, protocol, port } = new URL(url)
    const loopbacks = ['localhost', '127.0.0.1', '[::1]'].map(name => `${protocol}//${name}${port ? `:${port}` : ''}`)
    return [origin, ...loopbacks]
  }))
}

/**
 * Why a write is refused, if it is: a page of another site can POST to localhost without a preflight
 * (as text/plain), so the request must come from one of the server's own pages (its Origin, else its
 * Referer) and carry JSON, which another site cannot send without a preflight the server never answers.
 */
export function refusal(headers: IncomingMessage['headers'], origins: ReadonlySet<string>) {
  let origin = headers.origin
  if (!origin && headers.referer)
    origin = URL.parse(headers.referer)?.origin ?? origin
  if (!origin || !origins.has(origin))
    return { status: 403, error: `rehearsals are saved only from this server's own presenter view, not from ${origin ?? 'a request without an Origin'}` }
  if ((headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase() !== 'application/json')
    return { status: 415, error: 'a rehearsal is sent as application/json' }
  return undefined
}

function reply(response: ServerResponse, status: number, body: object): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
}

/**
 * The dev server's rehearsal endpoint: the presenter view posts a finished rehearsal, saved once validated as
 * `<dir>/<date-time>.json` in the dataset's rehearsals folder (rehearsalsDirFor). A static build has none.
 * A rehearsal of another talk than `talk()`, the deck's title as served now (a run kept by a presenter window of another
 * talk's server on this port, saved again), is refused: `npm run rehearsals` would skip it.
 */
export function rehearsalEndpoint(dir: string, talk: () => string): Plugin {
  return {
    name: 'deck-rehearsal-endpoint',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(REHEARSAL_ENDPOINT, (request, response) => {
        if (request.method !== 'POST')
          return reply(response, 405, { error: 'POST a rehearsal record' })
        const urls = server.resolvedUrls
        const refused = refusal(request.headers, ownOrigins([...urls?.local ?? [], ...urls?.network ?? []]))
        if (refused) {
          request.resume()
          return reply(response, refused.status, { error: refused.error })
        }
        readBody(request).then((text) => {
          const parsed = rehearsalRecordSchema.safeParse(JSON.parse(text))
          if (!parsed.success) {
            const error = parsed.error.issues.map(issue => `${issue.path.join('.')}: ${issue.message}`).join('; ')
            return reply(response, 400, { error })
          }
          if (parsed.data.talk !== talk())
            return reply(response, 409, { error: `a rehearsal of another talk ("${parsed.data.talk}"), not of "${talk()}" served here` })
          const json = `${JSON.stringify(parsed.data, null, 2)}\n`
          const file = projectPath(writeNewFile(dir, rehearsalFileStem(parsed.data.endedAt), json))
          server.config.logger.info(`rehearsal saved: ${file}`)
          reply(response, 201, { file })
        }).catch((error: unknown) => {
          if (!(error instanceof TooLarge))
            return reply(response, 400, { error: error instanceof UnreadableBody ? error.message : String(error) })
          request.resume()
          reply(response, 413, { error: `a rehearsal record is at most ${BODY_LIMIT} bytes` })
        })
      })
    },
  }
}
