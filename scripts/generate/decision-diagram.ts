import type { ActorView, DecisionStep, LegendEntry, TallyRow } from '../../contract/deck-model.ts'
import type { Actor, Episode, EventKind } from '../../data/schema.ts'
import type { DiagramEdge, EdgeStyle, FlowDiagram } from './to-mermaid.ts'
import { STEP_SEPARATOR } from '../../contract/deck-model.ts'
import { textColorOn as textOn } from '../dataset/color-distance.ts'

/** The three lines of every decision diagram: who asks, who refuses, who decides (thickest). */
export const LINES = ['asks', 'refuses', 'decides'] as const
export type Line = (typeof LINES)[number]

export const EVENT_LINES: Record<EventKind, Line> = {
  'request': 'asks',
  'report': 'asks',
  'refusal': 'refuses',
  'warning': 'refuses',
  'approval': 'decides',
  'condition': 'decides',
  'order': 'decides',
  'overrule': 'decides',
  'reversal': 'decides',
  'intervention': 'decides',
  'military-action': 'decides',
  'agreement': 'decides',
  'purge': 'decides',
}

const LINE_STYLES: Record<Line, { style: EdgeStyle, width: number, name: string }> = {
  asks: { style: 'solid', width: 3, name: 'thin line' },
  refuses: { style: 'dotted', width: 4, name: 'dotted line' },
  decides: { style: 'thick', width: 8, name: 'thick line' },
}

/** Absent capitals stay on the map, greyed, so every diagram has the same geography. */
export const ABSENT = { fill: '#f1f2f4', text: '#4a4f5a' } as const

/** The legend: each line style and what it stands for, in a fixed order. */
export function decisionLegend(): LegendEntry[] {
  return LINES.map(line => ({ line: LINE_STYLES[line].name, verbs: line }))
}

/** Every kind of event that is a decision: a refusal or a decision proper, not a request. */
export function isDecision(kind: EventKind): boolean {
  return EVENT_LINES[kind] !== 'asks'
}

/** Decisions by each capital of the episode, most first, zeros included; ties keep the episode's actor order. */
export function tallyDecisions(episode: Episode, actors: readonly ActorView[]): TallyRow[] {
  return actors
    .filter(actor => episode.actors.includes(actor.id))
    .map(actor => ({
      actor,
      decisions: episode.events.filter(event => event.from === actor.id && isDecision(event.kind)).length,
    }))
    .sort((a, b) => b.decisions - a.decisions)
}

/** Capitals that act in more than one episode: they keep their place on every diagram, greyed where absent. */
export function recurringActors(episodes: readonly Episode[]): Set<string> {
  const seen = new Map<string, number>()
  for (const episode of episodes) {
    for (const id of new Set(episode.events.flatMap(event => [event.from, ...event.to])))
      seen.set(id, (seen.get(id) ?? 0) + 1)
  }
  return new Set([...seen].filter(([, count]) => count > 1).map(([id]) => id))
}

/** Columns west to east from the actors' `column`, or their order when none is given. */
function columns(actors: readonly Actor[]): Actor[][] {
  const byColumn = new Map<number, Actor[]>()
  actors.forEach((actor, index) => {
    const column = actor.column ?? index
    byColumn.set(column, [
      ...(byColumn.get(column) ?? []),
      actor,
    ])
  })
  return [
    ...byColumn.entries(),
  ].sort(([a], [b]) => a - b).map(([, list]) => list)
}

/**
 * The actors from the westmost to the eastmost column holding one present in the episode: a greyed
 * capital keeps its place between the episode's own, but beyond them it would only narrow the diagram.
 */
function withinPresentColumns(actors: readonly Actor[], present: ReadonlySet<string>): Actor[] {
  const list = columns(actors)
  const holdsPresent = list.map(column => column.some(actor => present.has(actor.id)))
  return list.slice(holdsPresent.indexOf(true), holdsPresent.lastIndexOf(true) + 1).flat()
}

/**
 * Invisible links from each column's capitals to the next column's, so the geography never moves; the
 * link from the west is drawn twice, so that a capital with no move of its own keeps to its column.
 */
export function geographyScaffold(actors: readonly Actor[]): [string, string][] {
  const list = columns(actors)
  return list.slice(1).flatMap((column, index) => list[index]!.flatMap(west => column.flatMap(east => [
    [west.id, east.id] as [string, string],
    [west.id, east.id] as [string, string],
  ])))
}

interface DecisionDiagram {
  readonly diagram: FlowDiagram
  readonly steps: readonly Omit<DecisionStep, 'date' | 'from' | 'to' | 'label'>[]
}

/**
 * One "who decided" diagram for an episode: every capital of the dataset in its fixed place (those not
 * in the episode greyed, and left out beyond the episode's own), one edge per move (sender, line, recipient) coloured by its sender and labelled with its steps.
 */
export function decisionDiagram(episode: Episode, allActors: readonly Actor[], describe: { title: string, description: string }, recurring: ReadonlySet<string>): DecisionDiagram {
  const present = new Set(episode.actors)
  const actors = withinPresentColumns(allActors.filter(actor => recurring.has(actor.id) || present.has(actor.id)), present)
  const column = new Map(columns(actors).flatMap((list, index) => list.map(actor => [actor.id, index] as const)))
  const scaffold = geographyScaffold(actors)
  const colors = new Map(actors.map(actor => [actor.id, actor.color]))
  const edges: DiagramEdge[] = []
  const stepsOf: number[][] = []
  const linkOf = new Map<string, number>()
  const steps = episode.events.map((event, index) => {
    const line = EVENT_LINES[event.kind]
    const { style, width } = LINE_STYLES[line]
    const recipients = event.to.length > 0
      ? event.to
      : [event.from]
    // Repeats of a move (the same sender, recipient and line) share one edge labelled with every step.
    const links = recipients.map((to) => {
      const key = `${event.from}|${line}|${to}`
      if (!linkOf.has(key)) {
        linkOf.set(key, edges.length)
        stepsOf.push([])
        edges.push({
          from: event.from,
          to,
          label: '',
          style,
          color: colors.get(event.from)!,
          width,
          ...(column.get(event.from)! > column.get(to)!
            ? { reversed: true }
            : {}),
        })
      }
      stepsOf[linkOf.get(key)!]!.push(index + 1)
      return scaffold.length + linkOf.get(key)!
    })
    return {
      id: event.id,
      step: index + 1,
      line,
      links,
    }
  })
  return {
    diagram: {
      title: describe.title,
      description: describe.description,
      direction: 'LR',
      edges: edges.map((edge, index) => ({
        ...edge,
        label: stepsOf[index]!.join(STEP_SEPARATOR),
      })),
      nodes: columns(actors).flat().map(actor => ({
        id: actor.id,
        label: actor.name,
        shape: actor.shape,
        fill: present.has(actor.id)
          ? actor.color
          : ABSENT.fill,
        text: present.has(actor.id)
          ? textOn(actor.color)
          : ABSENT.text,
        dashed: !present.has(actor.id),
      })),
      scaffold,
    },
    steps,
  }
}
