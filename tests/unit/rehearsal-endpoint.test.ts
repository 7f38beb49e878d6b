import type { CurrentRehearsalRecord } from '../../contract/rehearsal-record.ts'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REHEARSAL_FORMAT, REHEARSAL_VERSION } from '../../contract/rehearsal-record.ts'
import { BODY_LIMIT, ownOrigins, refusal, rehearsalEndpoint } from '../../scripts/dev/rehearsal-endpoint.ts'
import { temporaryDir } from '../support/datasets.ts'
import { postRehearsal, splitInside } from '../support/post-rehearsal.ts'

const origins = ownOrigins(['http://localhost:3030/', 'http://192.168.1.20:3030/'])

describe('who may save a rehearsal', () => {
  it('knows the server\'s own origins: the URLs it printed and the loopback names of its port', () => {
    expect([...origins].toSorted()).toEqual([
      'http://127.0.0.1:3030',
      'http://192.168.1.20:3030',
      'http://[::1]:3030',
      'http://localhost:3030',
    ])
  })

  it.each([
    [
      { 'origin': 'http://localhost:3030', 'content-type': 'application/json' },
    ],
    [
      { 'origin': 'http://127.0.0.1:3030', 'content-type': 'application/json; charset=utf-8' },
    ],
    [
      { 'referer': 'http://localhost:3030/presenter/4?clicks=2', 'content-type': 'application/json' },
    ],
  ])('accepts JSON from its own presenter view: %o', (headers) => {
    expect(refusal(headers, origins)).toBeUndefined()
  })

  it.each([
    [
      { 'origin': 'https://evil.example', 'content-type': 'text/plain' },
      403,
    ],
    [
      { 'origin': 'https://evil.example', 'content-type': 'application/json' },
      403,
    ],
    [
      { 'origin': 'http://localhost:5173', 'content-type': 'application/json' },
      403,
    ],
    [
      { 'referer': 'https://evil.example/page', 'content-type': 'application/json' },
      403,
    ],
    [
      { 'referer': 'not a url', 'content-type': 'application/json' },
      403,
    ],
    [
      { 'content-type': 'application/json' },
      403,
    ],
    [
      { 'origin': 'null', 'content-type': 'application/json' },
      403,
    ],
    [
      { 'origin': 'http://localhost:3030', 'content-type': 'text/plain' },
      415,
    ],
    [
      { origin: 'http://localhost:3030' },
      415,
    ],
  ])('refuses %o with %i', (headers, status) => {
    expect(refusal(headers, origins)?.status).toBe(status)
  })
})

const korean: CurrentRehearsalRecord = {
  format: REHEARSAL_FORMAT,
  version: REHEARSAL_VERSION,
  talk: 'Pyongyang – 평양',
  startedAt: '2026-03-01T10:00:00.000Z',
  endedAt: '2026-03-01T10:00:40.000Z',
  steps: [
    {
      slide: 1,
      id: 'opening/title',
      clicks: 0,
      seconds: 40,
    },
  ],
  slides: [
    { slide: 1, id: 'opening/title', seconds: 40 },
  ],
}

describe('what the endpoint saves', () => {
  it('keeps a character whole when its bytes arrive in two packets', async () => {
    const dir = temporaryDir('rehearsals-')
    const packets = splitInside(JSON.stringify(korean), '평', 1)
    const reply = await postRehearsal(rehearsalEndpoint(dir, () => korean.talk), packets)
    expect(reply.status).toBe(201)
    const [file] = readdirSync(dir)
    expect(JSON.parse(readFileSync(join(dir, file!), 'utf8'))).toEqual(korean)
  })

  it('counts its size limit in bytes, not characters', async () => {
    const dir = temporaryDir('rehearsals-')
    const twoBytesEach = 'ü'.repeat(BODY_LIMIT / 2 + 1)
    const reply = await postRehearsal(rehearsalEndpoint(dir, () => korean.talk), [
      new TextEncoder().encode(twoBytesEach),
    ])
    expect(reply).toEqual({
      status: 413,
      body: { error: `a rehearsal record is at most ${BODY_LIMIT} bytes` },
    })
    expect(readdirSync(dir)).toEqual([])
  })

  it('refuses a body that is not UTF-8 and saves nothing', async () => {
    const dir = temporaryDir('rehearsals-')
    const [head, tail] = splitInside(JSON.stringify(korean), '평', 1)
    const reply = await postRehearsal(rehearsalEndpoint(dir, () => korean.talk), [
      head,
      tail.slice(1),
    ])
    expect(reply).toEqual({
      status: 400,
      body: { error: 'a rehearsal record is sent as UTF-8 text' },
    })
    expect(readdirSync(dir)).toEqual([])
  })

  it('refuses a rehearsal of another talk than the one served, naming both, and saves nothing', async () => {
    const dir = temporaryDir('rehearsals-')
    const reply = await postRehearsal(rehearsalEndpoint(dir, () => 'Another talk: its subtitle'), [
      new TextEncoder().encode(JSON.stringify(korean)),
    ])
    expect(reply).toEqual({
      status: 409,
      body: { error: 'a rehearsal of another talk ("Pyongyang – 평양"), not of "Another talk: its subtitle" served here' },
    })
    expect(readdirSync(dir)).toEqual([])
  })
})
