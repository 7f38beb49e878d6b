import type { ServerResponse } from 'node:http'
import type { Connect, Plugin, ViteDevServer } from 'vite'
import { Buffer } from 'node:buffer'
import { Readable } from 'node:stream'
import { REHEARSAL_ENDPOINT } from '../../contract/rehearsal-record.ts'

export interface EndpointReply {
  readonly status: number
  readonly body: { readonly file?: string, readonly error?: string }
}

const OWN_PAGE = 'http://localhost:3030'

/**
 * Posts a body to the rehearsal endpoint plugin as the dev server's own presenter page does, through a
 * stand-in for Vite's server, so the body arrives in exactly the chunks given, as packets would split it.
 */
export async function postRehearsal(endpoint: Plugin, chunks: readonly Uint8Array[]): Promise<EndpointReply> {
  let handle: Connect.NextHandleFunction | undefined
  const server = {
    config: {
      logger: {
        info: () => {},
      },
    },
    middlewares: {
      use: (path: string, handler: Connect.NextHandleFunction) => {
        if (path === REHEARSAL_ENDPOINT)
          handle = handler
      },
    },
    resolvedUrls: {
      local: [`${OWN_PAGE}/`],
      network: [],
    },
  }
  const configure = endpoint.configureServer as (server: ViteDevServer) => void
  configure(server as unknown as ViteDevServer)
  if (!handle)
    throw new Error(`the plugin ${endpoint.name} serves no ${REHEARSAL_ENDPOINT}`)
  const request = Object.assign(Readable.from(chunks.map(chunk => Buffer.from(chunk))), {
    method: 'POST',
    headers: { 'origin': OWN_PAGE, 'content-type': 'application/json' },
  })
  return new Promise((done) => {
    let status = 0
    const response = {
      writeHead(code: number) {
        status = code
        return response
      },
      end(text: string) {
        done({
          status,
          body: JSON.parse(text) as EndpointReply['body'],
        })
      },
    }
    handle!(request as never, response as unknown as ServerResponse, () => {})
  })
}

/** `text` as UTF-8 in two chunks, split `offset` bytes into the first occurrence of `inside`. */
export function splitInside(text: string, inside: string, offset: number): [Uint8Array, Uint8Array] {
  const bytes = new TextEncoder().encode(text)
  const at = new TextEncoder().encode(text.slice(0, text.indexOf(inside))).length + offset
  return [
    bytes.slice(0, at),
    bytes.slice(at),
  ]
}
