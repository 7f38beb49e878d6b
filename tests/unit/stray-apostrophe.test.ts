import { describe, expect, it } from 'vitest'
import { strayApostrophe } from '../../scripts/dataset/stray-apostrophe.ts'

describe('an apostrophe that ends a quoted text early', () => {
  it.each([
    ['  label: \'Kim\'s plan\',', 13, 'Kim\'s'],
    ['  note: \'The Soviets\' aid\',', 20, 'Soviets\''],
    ['  note: \'It\'s 1950\', label: \'x\',', 11, 'It\'s'],
    ['  detail: \'ok\', note: \'Mao\'s reply\',', 26, 'Mao\'s'],
    // A plural's apostrophe before a word and a colon, which a missing comma's field name looks like: the quote left over says which.
    ['  text: \'Soviet advisers\' report: the army is ready\',', 24, 'advisers\''],
  ])('is found in %s', (line, index, word) => {
    expect(strayApostrophe(line)).toEqual({ index, word })
  })

  it.each([
    '  label: \'Kim\\\'s plan\',',
    '  label: "Kim\'s plan",',
    '  label: `Kim\'s plan`,',
    '  label: \'Kim\', // Kim\'s plan',
    '  sources: [\'n4\', \'n5\'],',
    '  label: \'Kim\' + suffix,',
    '  kind: \'asks\' as const,',
    '  if (\'id\' in record)',
    // A comma missing between two fields on one line: the text's closing quote is no apostrophe.
    '  { id: \'war\', label: \'War\' event: \'invasion\' },',
    '  { id: \'kim\', name: \'Kim Il Sung\' actor: \'pyongyang\' },',
  ])('is not claimed in %s', (line) => {
    expect(strayApostrophe(line)).toBeUndefined()
  })
})
