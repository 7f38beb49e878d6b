import type { SequenceDiagram } from '../../scripts/generate/to-mermaid.ts'
import { describe, expect, it } from 'vitest'
import { escapeLineText, toMermaid } from '../../scripts/generate/to-mermaid.ts'

describe('escapeLineText', () => {
  it.each([
    ['plain words', 'asks to attack', 'asks to attack'],
    ['a semicolon, which would end the statement', 'no; not yet', 'no#59; not yet'],
    ['a hash, escaped once', '#1 #59;', '#35;1 #35;59#59;'],
    ['angle brackets', '<b>bold</b>', '#lt;b#gt;bold#lt;/b#gt;'],
    ['ampersand and braces', 'a & {b}', 'a #amp; #123;b#125;'],
    ['newlines and runs of space', 'two\nlines\r\n  here ', 'two lines here'],
    ['colons and quotes, which a message may hold', 'Mao: "go on"', 'Mao: "go on"'],
    ['the colon of a leading wrap setting, which Mermaid would take and drop', 'wrap: the talks end', 'wrap#58; the talks end'],
    ['the colon of a leading nowrap setting, after a colon', ':nowrap: x', '#58;nowrap: x'],
    ['a wrap setting in capitals', 'Wrap: up', 'Wrap#58; up'],
    ['a wrap that is not at the start', 'no wrap: here', 'no wrap: here'],
    ['a colon with text after it, which with `style` before it would cost the line its last `;`', 'lifestyle ratio 2:1; not', 'lifestyle ratio 2#58;1#59; not'],
    ['a colon before an entity', 'new style:<1>', 'new style#58;#lt;1#gt;'],
  ])('escapes %s', (_name, input, expected) => {
    expect(escapeLineText(input)).toBe(expected)
  })
})

describe('toMermaid', () => {
  const diagram: SequenceDiagram = {
    title: 'Who decided?',
    description: 'Pyongyang asks; Moscow refuses.',
    participants: [
      { id: 'moscow', label: 'Moscow' },
      { id: 'kim-critics', label: 'Kim\'s<br>critics' },
      { id: 'pyongyang', label: 'Pyongyang' },
    ],
    lines: [
      {
        mark: 'asks',
        from: 'pyongyang',
        to: 'moscow',
        text: 'asks to attack',
      },
      {
        mark: 'refuses',
        from: 'moscow',
        to: 'pyongyang',
        text: 'no; not yet',
      },
      { mark: 'acts', from: 'kim-critics', text: 'organise' },
      {
        mark: 'decides',
        from: 'moscow',
        to: 'pyongyang',
        text: 'yes',
      },
      {
        mark: 'supports',
        from: 'moscow',
        to: 'kim-critics',
        text: 'helps',
      },
    ],
  }

  it('draws the capitals in order, one line per event: dotted request, crossed refusal, note, decision, open support', () => {
    expect(toMermaid(diagram)).toBe([
      'sequenceDiagram',
      '  accTitle: Who decided?',
      '  accDescr: Pyongyang asks#59; Moscow refuses.',
      '  participant n_moscow as Moscow',
      '  participant n_kim_critics as Kim\'s<br>critics',
      '  participant n_pyongyang as Pyongyang',
      '  n_pyongyang-->>n_moscow: asks to attack',
      '  n_moscow-xn_pyongyang: no#59; not yet',
      '  Note over n_kim_critics: organise',
      '  n_moscow->>n_pyongyang: yes',
      '  n_moscow-)n_kim_critics: helps',
      '',
    ].join('\n'))
  })

  it('draws a turning point across every capital', () => {
    const turned = toMermaid({ ...diagram, lines: [{ mark: 'acts', from: 'moscow', text: 'Stalin dies', across: true }] })
    expect(turned.split('\n').at(-2)).toBe('  Note over n_moscow,n_pyongyang: Stalin dies')
  })

  it('keeps hostile text inside its line', () => {
    const hostile = toMermaid({
      title: 'T\nitle {x}',
      description: 'line one\nline two',
      participants: [
        { id: 'a-b', label: '<img src=x onerror=alert(1)>; end' },
      ],
      lines: [
        { mark: 'acts', from: 'a-b', text: 'x; participant evil\n click A call alert(1) %%' },
      ],
    })
    expect(hostile.split('\n')).toEqual([
      'sequenceDiagram',
      '  accTitle: T itle x',
      '  accDescr: line one line two',
      '  participant n_a_b as #lt;img src=x onerror=alert(1)#gt;#59; end',
      '  Note over n_a_b: x#59; participant evil click A call alert(1) %%',
      '',
    ])
  })
})
