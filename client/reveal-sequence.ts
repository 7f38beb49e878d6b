import type { ActorView, DiagramStep } from '../contract/slide-views.ts'
import { mermaidId } from '../contract/slide-views.ts'

/** A diagram event at a click: not yet shown, shown, the one just shown, or all shown once the answer is. */
export type StepState = 'hidden' | 'past' | 'current' | 'final'

/** After the last event's click comes the answer's: every event at full strength, none singled out. */
export function stepState(step: number, clicks: number, total: number): StepState {
  if (clicks > total)
    return 'final'
  if (step > clicks)
    return 'hidden'
  return step === clicks
    ? 'current'
    : 'past'
}

/** Room left of the first participant for the dates column, in the diagram's own units. */
export const DATE_COLUMN = 150
const HIGHLIGHT = '#ffe8a3'
const SVG = 'http://www.w3.org/2000/svg'

/** The parts Mermaid draws for event `index` of a sequence diagram: a message (line and label) or a note. */
interface DrawnEvent {
  readonly strokes: readonly SVGElement[]
  readonly label: SVGTextElement | null
  readonly box: SVGRectElement | null
}

function drawnEvent(svg: SVGSVGElement, index: number): DrawnEvent | undefined {
  const id = `i${index}`
  const line = svg.querySelector<SVGElement>(`[data-et="message"][data-id="${id}"]`)
  if (line) {
    const label = line.previousElementSibling instanceof SVGTextElement
      ? line.previousElementSibling
      : null
    return {
      strokes: [line],
      label,
      box: null,
    }
  }
  const note = svg.querySelector<SVGGElement>(`[data-et="note"][data-id="${id}"]`)
  if (note) {
    return {
      strokes: [],
      label: note.querySelector('text'),
      box: note.querySelector('rect'),
    }
  }
  return undefined
}

/** A copy of a line's arrowhead in the sender's colour: Mermaid's markers are shared by every line. */
function colouredMarker(svg: SVGSVGElement, line: SVGElement, ink: string): void {
  const reference = /url\(#(.+)\)/.exec(line.getAttribute('marker-end') ?? '')?.[1]
  if (!reference || reference.endsWith(ink.slice(1)))
    return
  const id = `${reference}-${ink.slice(1)}`
  if (!svg.getElementById(id)) {
    const marker = svg.getElementById(reference)
    if (!marker)
      return
    const copy = marker.cloneNode(true) as SVGMarkerElement
    copy.id = id
    // Mermaid's open head for `-)` is drawn twice the size of its arrowhead; on the deck's heavier lines it would swamp the label.
    if (reference.endsWith('filled-head')) {
      const width = Number(copy.getAttribute('markerWidth'))
      const height = Number(copy.getAttribute('markerHeight'))
      copy.setAttribute('viewBox', `0 0 ${width} ${height}`)
      copy.setAttribute('markerWidth', String(width / 2))
      copy.setAttribute('markerHeight', String(height / 2))
    }
    for (const shape of copy.querySelectorAll<SVGElement>('path, circle')) {
      if (shape.getAttribute('fill') !== 'none')
        shape.style.fill = ink
      shape.style.stroke = ink
    }
    marker.after(copy)
  }
  line.setAttribute('marker-end', `url(#${id})`)
}

/** The date of each event, right-aligned in a column left of the diagram, on its label's line. */
function dateLabel(svg: SVGSVGElement, step: DiagramStep, label: SVGTextElement): SVGTextElement {
  const id = `deck-date-${step.step}`
  let date = svg.querySelector<SVGTextElement>(`#${id}`)
  if (!date) {
    date = document.createElementNS(SVG, 'text')
    date.id = id
    date.classList.add('deck-date')
    date.textContent = step.date
    svg.append(date)
  }
  const box = label.getBBox()
  date.setAttribute('x', String(svg.viewBox.baseVal.x + DATE_COLUMN - 14))
  date.setAttribute('y', String(box.y + box.height * 0.8))
  date.setAttribute('text-anchor', 'end')
  date.style.font = getComputedStyle(label).font
  return date
}

/** A pale band behind the current event's label, so the eye finds it. */
function highlight(svg: SVGSVGElement, label: SVGTextElement | null, on: boolean): void {
  svg.querySelector('#deck-highlight')?.remove()
  if (!on || !label)
    return
  const box = label.getBBox()
  const band = document.createElementNS(SVG, 'rect')
  band.id = 'deck-highlight'
  band.setAttribute('x', String(box.x - 8))
  band.setAttribute('y', String(box.y - 3))
  band.setAttribute('width', String(box.width + 16))
  band.setAttribute('height', String(box.height + 6))
  band.setAttribute('rx', '4')
  band.style.fill = HIGHLIGHT
  label.before(band)
}

function styleEvent(svg: SVGSVGElement, step: DiagramStep, drawn: DrawnEvent, state: StepState): void {
  const shown = state !== 'hidden'
  const ink = step.from.ink
  for (const stroke of drawn.strokes) {
    stroke.style.stroke = ink
    stroke.style.strokeWidth = state === 'current'
      ? '3.5px'
      : step.mark === 'decides'
        ? '3px'
        : '2.5px'
    colouredMarker(svg, stroke, ink)
  }
  if (drawn.box) {
    drawn.box.style.fill = '#ffffff'
    drawn.box.style.stroke = ink
    drawn.box.style.strokeWidth = state === 'current'
      ? '4px'
      : '2px'
  }
  // Hidden, not transparent: an event still to come must not be read out, selected or printed as text.
  for (const part of [...drawn.strokes, drawn.label, drawn.box]) {
    if (part)
      part.style.visibility = shown ? 'visible' : 'hidden'
  }
  if (drawn.label) {
    drawn.label.style.fill = ink
    drawn.label.style.fontWeight = state === 'current'
      ? '700'
      : '600'
    const date = dateLabel(svg, step, drawn.label)
    date.style.visibility = shown ? 'visible' : 'hidden'
    date.style.fontWeight = drawn.label.style.fontWeight
  }
}

/** Each capital's box in its colour, the talk's own capital set apart by a heavier frame. */
function styleParticipants(svg: SVGSVGElement, participants: readonly ActorView[], focus: string): void {
  for (const actor of participants) {
    const group = svg.querySelector(`g[data-id="${mermaidId(actor.id)}"]`)
    const box = group?.querySelector<SVGRectElement>('rect.actor')
    if (box) {
      box.style.fill = actor.color
      box.style.stroke = '#1c1d21'
      box.style.strokeWidth = actor.id === focus
        ? '4px'
        : '1.5px'
    }
    // A name on two lines is two texts; Mermaid's own stylesheet colours their tspans, so the colour goes on those too.
    for (const name of group?.querySelectorAll<SVGTextElement>('text.actor, text.actor tspan') ?? []) {
      name.style.fill = actor.text
      name.style.fontWeight = actor.id === focus
        ? '700'
        : '600'
    }
  }
}

/** Lets the diagram grow to its box, with the dates column left of it: Mermaid caps its SVG at its natural width. */
function fitSvg(svg: SVGSVGElement): void {
  if (svg.dataset.fitted)
    return
  svg.dataset.fitted = 'true'
  const box = svg.viewBox.baseVal
  svg.setAttribute('viewBox', `${box.x - DATE_COLUMN} ${box.y} ${box.width + DATE_COLUMN} ${box.height}`)
  // Mermaid draws every lifeline 2000 units long, far below the diagram's end.
  for (const line of svg.querySelectorAll<SVGLineElement>('line.actor-line'))
    line.setAttribute('y2', String(box.y + box.height))
  svg.style.maxWidth = '100%'
  svg.style.width = '100%'
  svg.style.height = '100%'
}

export interface RevealView {
  readonly steps: readonly DiagramStep[]
  readonly participants: readonly ActorView[]
  readonly focus: string
}

/**
 * Applies a click's state to a Mermaid sequence diagram drawn in a shadow root: each event in its
 * sender's colour with its date beside it, the current one emphasised, later ones hidden. Mermaid
 * numbers its statements `i0`, `i1`... in the order the diagram's text lists the events.
 */
export function applyReveal(root: ParentNode, view: RevealView, clicks: number): boolean {
  const svg = root.querySelector<SVGSVGElement>('svg')
  if (!svg || !svg.querySelector('[data-id="i0"]'))
    return false
  fitSvg(svg)
  styleParticipants(svg, view.participants, view.focus)
  let current: SVGTextElement | null = null
  for (const step of view.steps) {
    const drawn = drawnEvent(svg, step.step - 1)
    if (!drawn)
      continue
    const state = stepState(step.step, clicks, view.steps.length)
    styleEvent(svg, step, drawn, state)
    if (state === 'current')
      current = drawn.label
  }
  highlight(svg, current, current !== null)
  return true
}
