import { describe, expect, it } from 'vitest'
import { countWords } from '../../scripts/generate/talk-plan.ts'

describe('speaking time', () => {
  it('counts words, not markers or punctuation', () => {
    expect(countWords('  Kim asked -- twice. [click] Stalin: no. ')).toBe(5)
  })
})
