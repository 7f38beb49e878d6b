import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Plugin } from 'vite'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import process from 'node:process'
import { REHEARSAL_ENDPOINT, rehearsalRecordSchema } from '../contract/rehearsal-record.ts'

/** `2026-03-01T10-15-00` from an ISO time: sorts by date and time, and is a valid file name everywhere. */
export function rehearsalFileStem(iso: string): string {
  return iso.slice(0, 19).replaceAll(':', '-')
}

/** Writes `text` to `<stem>.json` in `dir`, or `<stem>-2.json`... when taken: a rehearsal never replaces another. */
export function writeNewFile(dir: string, stem: string, text: string): string {
  mkdirSync(dir, { recursive: true })
  for (let attempt = 1; ; attempt++) {
    const file = join(dir, attempt === 1
      ? `${stem}.json`
      : `${stem}-${attempt}.json`)
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

async function readBody(request: IncomingMessage, limit = 1_000_000): Promise<string> {
  let text = ''
  for await (const chunk of request) {
    text += String(chunk)
    if (text.length > limit)
      throw new Error('too large')
  }
  return text
}

function reply(response: ServerResponse, status: number, body: object): void {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
}

/**
 * The dev server's rehearsal endpoint: the presenter view posts a finished rehearsal and it is saved, once
 * validated, as `rehearsals/<date-time>.json` (or in DECK_REHEARSALS_DIR). Not part of a static build.
 */
export function rehearsalEndpoint(): Plugin {
  return {
    name: 'deck-rehearsal-endpoint',
    apply: 'serve',
    configureServer(server) {
      const dir = resolve(server.config.root, process.env.DECK_REHEARSALS_DIR ?? 'rehearsals')
      server.middlewares.use(REHEARSAL_ENDPOINT, (request, response) => {
        if (request.method !== 'POST') {
          reply(response, 405, { error: 'POST a rehearsal record' })
          return
        }
        readBody(request).then((text) => {
          const parsed = rehearsalRecordSchema.safeParse(JSON.parse(text))
          if (!parsed.success) {
            reply(response, 400, {
              error: parsed.error.issues.map(issue => `${issue.path.join('.')}: ${issue.message}`).join('; '),
            })
            return
          }
          const file = writeNewFile(dir, rehearsalFileStem(parsed.data.endedAt), `${JSON.stringify(parsed.data, null, 2)}\n`)
          server.config.logger.info(`rehearsal saved: ${relative(server.config.root, file)}`)
          reply(response, 201, {
            file: relative(server.config.root, file),
          })
        }).catch((error: unknown) => reply(response, 400, {
          error: String(error),
        }))
      })
    },
  }
}
