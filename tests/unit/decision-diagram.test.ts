import type { Actor, Episode } from '../../data/schema.ts'
import { describe, expect, it } from 'vitest'
import { decisionDiagram, geographyScaffold, recurringActors, tallyDecisions } from '../../scripts/generate/decision-diagram.ts'
import { toMermaid } from '../../scripts/generate/to-mermaid.ts'

function actor(id: string, column: number, color: string): Actor {
  return {
    id,
    name: id.toUpperCase(),
    label: id,
    color,
    shape: 'rect',
    column,
  }
}
const west = actor('west', 0, '#d55e00')
const centre = actor('centre', 1, '#0072b2')
const east = actor('east', 2, '#5e636b')
function event(id: string, from: string, to: string[], kind: Episode['events'][number]['kind']) {
  return {
    id,
    date: '1950',
    kind,
    from,
    to,
    people: [],
    label: id,
    detail: id,
    sources: ['s'],
    note: id,
  }
}
const episode = {
  id: 'e',
  actors: ['west', 'centre'],
  events: [
    event('ask', 'centre', ['west'], 'request'),
    event('no', 'west', ['centre'], 'refusal'),
    event('ask-again', 'centre', ['west'], 'request'),
    event('order', 'west', ['centre'], 'order'),
  ],
} as unknown as Episode

describe('decision diagrams', () => {
  it('holds capitals west to east with doubled invisible links between neighbouring columns', () => {
    expect(geographyScaffold([east, west, centre])).toEqual([
      ['west', 'centre'],
      ['west', 'centre'],
      ['centre', 'east'],
      ['centre', 'east'],
    ])
  })

  it('draws each move once, west to east, pointed back when the sender is east, and labels it with its steps', () => {
    const { diagram, steps } = decisionDiagram(episode, [west, centre, east], { title: 'T', description: 'D' }, new Set())
    expect(toMermaid(diagram)).toBe(`flowchart LR
  accTitle: T
  accDescr: D
  n_west["WEST"]
  n_centre["CENTRE"]
  n_west ~~~ n_centre
  n_west ~~~ n_centre
  n_west <-->|"1 · 3"| n_centre
  n_west -.->|"2"| n_centre
  n_west ==>|"4"| n_centre
  style n_west fill:#d55e00,color:#000000,stroke:#1f2937,stroke-width:2px
  style n_centre fill:#0072b2,color:#ffffff,stroke:#1f2937,stroke-width:2px
  linkStyle 2 stroke:#0072b2,stroke-width:3px
  linkStyle 3 stroke:#d55e00,stroke-width:4px
  linkStyle 4 stroke:#d55e00,stroke-width:8px
`)
    expect(steps.map(step => [step.step, step.line, step.links])).toEqual([
      [
        1,
        'asks',
        [2],
      ],
      [
        2,
        'refuses',
        [3],
      ],
      [
        3,
        'asks',
        [2],
      ],
      [
        4,
        'decides',
        [4],
      ],
    ])
  })

  it('greys a recurring capital absent between the episode\'s own, and leaves it out beyond them', () => {
    const wide = {
      ...episode,
      actors: ['west', 'east'],
      events: [
        event('ask', 'east', ['west'], 'request'),
      ],
    } as unknown as Episode
    const { diagram } = decisionDiagram(wide, [west, centre, east], { title: 'T', description: 'D' }, new Set(['centre']))
    expect(diagram.nodes.map(node => [node.id, node.dashed])).toEqual([
      ['west', false],
      ['centre', true],
      ['east', false],
    ])
    const narrow = decisionDiagram(episode, [west, centre, east], { title: 'T', description: 'D' }, new Set(['east'])).diagram
    expect(narrow.nodes.map(node => node.id)).toEqual(['west', 'centre'])
  })

  it('leaves out a capital that acts in no other episode and is absent from this one', () => {
    const { diagram } = decisionDiagram(episode, [west, centre, east], { title: 'T', description: 'D' }, new Set())
    expect(diagram.nodes.map(node => node.id)).toEqual(['west', 'centre'])
  })

  it('counts capitals that act in more than one episode', () => {
    const other = {
      ...episode,
      events: [
        event('x', 'west', ['east'], 'order'),
      ],
    } as unknown as Episode
    expect([
      ...recurringActors([episode, other]),
    ]).toEqual(['west'])
  })

  it('tallies refusals and decisions by capital, zeros included, most first', () => {
    const view = (a: Actor) => ({
      id: a.id,
      name: a.name,
      label: a.label,
      color: a.color,
      text: '#000000',
      shape: a.shape,
    })
    expect(tallyDecisions(episode, [
      view(centre),
      view(west),
    ]).map(row => [row.actor.id, row.decisions])).toEqual([
      ['west', 2],
      ['centre', 0],
    ])
  })
})
