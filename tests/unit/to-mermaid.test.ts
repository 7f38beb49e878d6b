import type { FlowDiagram } from '../../scripts/generate/to-mermaid.ts'
import { describe, expect, it } from 'vitest'
import { escapeAccessibleText, escapeMermaidLabel, mermaidId, toMermaid } from '../../scripts/generate/to-mermaid.ts'

function node(id: string, label: string) {
  return {
    id,
    label,
    shape: 'rect' as const,
    fill: '#0072B2',
    text: '#ffffff',
  }
}

describe('escapeMermaidLabel', () => {
  it.each([
    ['plain words', 'asks to attack', 'asks to attack'],
    ['double quotes', 'the "order"', 'the #quot;order#quot;'],
    ['brackets and braces', '[a] (b) {c}', '#91;a#93; #40;b#41; #123;c#125;'],
    ['pipes', 'a|b||c', 'a#124;b#124;#124;c'],
    ['hash, escaped once', '#1 #quot;', '#35;1 #35;quot#59;'],
    ['semicolons', 'x; y;', 'x#59; y#59;'],
    ['angle brackets', '<script>alert(1)</script>', '#lt;script#gt;alert#40;1#41;#lt;/script#gt;'],
    ['newlines and runs of space', 'two\nlines\r\n  here ', 'two lines here'],
    ['ampersand and backtick', 'a & `b`', 'a #amp; #96;b#96;'],
  ])('escapes %s', (_name, input, expected) => {
    expect(escapeMermaidLabel(input)).toBe(expected)
  })
})

describe('toMermaid', () => {
  const diagram: FlowDiagram = {
    title: 'Who decided',
    description: 'Pyongyang asks; Moscow refuses.',
    direction: 'LR',
    nodes: [
      node('pyongyang', 'Pyongyang (DPRK)'),
      {
        ...node('moscow', 'Moscow'),
        shape: 'stadium',
        fill: '#D55E00',
        text: '#000000',
      },
    ],
    edges: [
      {
        from: 'pyongyang',
        to: 'moscow',
        label: '1. asks',
        style: 'solid',
      },
      {
        from: 'moscow',
        to: 'pyongyang',
        label: '2. refuses',
        style: 'dotted',
      },
      {
        from: 'pyongyang',
        to: 'moscow',
        label: '1. asks',
        style: 'solid',
      },
    ],
  }

  it('renders nodes, deduplicated edges, styles and accessible text', () => {
    expect(toMermaid(diagram)).toBe([
      'flowchart LR',
      '  accTitle: Who decided',
      '  accDescr: Pyongyang asks#59; Moscow refuses.',
      '  n_pyongyang["Pyongyang #40;DPRK#41;"]',
      '  n_moscow(["Moscow"])',
      '  n_pyongyang -->|"1. asks"| n_moscow',
      '  n_moscow -.->|"2. refuses"| n_pyongyang',
      '  style n_pyongyang fill:#0072B2,color:#ffffff,stroke:#1f2937,stroke-width:2px',
      '  style n_moscow fill:#D55E00,color:#000000,stroke:#1f2937,stroke-width:2px',
      '',
    ].join('\n'))
  })

  it('keeps hostile labels and ids inside their quotes', () => {
    const hostile: FlowDiagram = {
      title: 'T\nitle {x}',
      description: 'line one\nline two',
      direction: 'TD',
      nodes: [
        node('a-b', '"]; click A call alert(1) %%'),
        node('end', '<img src=x onerror=alert(1)>'),
      ],
      edges: [
        {
          from: 'a-b',
          to: 'end',
          label: '|x| --> B[y]',
          style: 'thick',
        },
      ],
    }
    expect(toMermaid(hostile)).toBe([
      'flowchart TD',
      '  accTitle: T itle x',
      '  accDescr: line one line two',
      '  n_a_b["#quot;#93;#59; click A call alert#40;1#41; %%"]',
      '  n_end["#lt;img src=x onerror=alert#40;1#41;#gt;"]',
      '  n_a_b ==>|"#124;x#124; --#gt; B#91;y#93;"| n_end',
      '  style n_a_b fill:#0072B2,color:#ffffff,stroke:#1f2937,stroke-width:2px',
      '  style n_end fill:#0072B2,color:#ffffff,stroke:#1f2937,stroke-width:2px',
      '',
    ].join('\n'))
  })

  it('refuses colours that are not #rrggbb', () => {
    expect(() => toMermaid({
      ...diagram,
      nodes: [
        {
          ...node('x', 'X'),
          fill: 'red;stroke:url(x)',
        },
      ],
    })).toThrow('node "x": colours must be #rrggbb')
  })

  it('makes ids from any string', () => {
    expect(mermaidId('east-bloc.1')).toBe('n_east_bloc_1')
    expect(escapeAccessibleText(' a\n{b} <i>#1; & ')).toBe('a b #lt;i#gt;#35;1#59; #amp;')
  })
})
