import type { Plugin } from 'vite'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../scripts/files/project-root.ts'
import { countdownOvertime, withOvertime } from '../../vite-plugins/countdown-overtime.ts'

const USE_TIMER = join(PROJECT_ROOT, 'node_modules', '@slidev', 'client', 'composables', 'useTimer.ts')

type Transform = (this: { error: (message: string) => never }, code: string, id: string) => { code: string } | null
function fail(message: string): never {
  throw new Error(message)
}
const transform = (countdownOvertime() as Plugin & { transform: Transform }).transform.bind({ error: fail })

describe('the presenter countdown past the slot', () => {
  it('edits the installed Slidev\'s timer, as a build loads it and as the dev server does (with a version query)', () => {
    const code = readFileSync(USE_TIMER, 'utf8')
    for (const id of [USE_TIMER, `${USE_TIMER}?v=028541fd`])
      expect(transform(code, id)?.code, id).toContain('const total = Math.abs(signed)')
    expect(transform(code, join(PROJECT_ROOT, 'client', 'useTimer.ts'))).toBeNull()
  })

  it('stops the build when the timer no longer has the shape it edits', () => {
    expect(withOvertime('export function useTimer() {}')).toBeUndefined()
    expect(() => transform('export function useTimer() {}', USE_TIMER)).toThrow(/no longer has the shape/)
  })
})
