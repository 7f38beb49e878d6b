import { describe, expect, it } from 'vitest'
import { ownOrigins, refusal } from '../../scripts/dev/rehearsal-endpoint.ts'

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
