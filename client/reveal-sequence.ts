import type { ActorView, DecisionView, DiagramStep } from '../contract/slide-views.ts'
import { DIAGRAM_MAX_SCALE } from '../contract/room-rules.ts'
import { mermaidId } from '../contract/slide-views.ts'

/** A diagram event at a click: not yet shown, shown, the one just shown, or all shown once the answer is. */
export type StepState = 'hidden' | 'past' | 'current' | 'final'

/** After the last event's click comes the answer's: every event at full strength, none singled out. */
export function stepState(step: number, clicks: number, total: number): StepState {
  if (clicks > total)
    return 'final'
  if (step > clicks)
    return 'hidden'
  return step === clicks ? 'current' : 'past'
}

const HIGHLIGHT = '#ffe8a3'
const PAPER = '#ffffff'
const SVG = 'http://www.w3.org/2000/svg'
/** Between the dates column and the diagram, in the diagram's own units. */
const DATE_GAP = 18
/** How far the lifelines run on past the last message, in the diagram's own units: a refusal's cross is about 10 tall. */
const LIFELINE_TAIL = 16

/** The parts Mermaid draws for event `index` of a sequence diagram: a message (line and label) or a note. */
function drawnEvent(svg: SVGSVGElement, index: number) {
  const line = svg.querySelector<SVGElement>(`[data-et="message"][data-id="i${index}"]`)
  if (line) {
    const label = line.previousElementSibling instanceof SVGTextElement ? line.previousElementSibling : null
    return { strokes: [line], label, box: null }
  }
  const note = svg.querySelector<SVGGElement>(`[data-et="note"][data-id="i${index}"]`)
  return note ? { strokes: [], label: note.querySelector('text'), box: note.querySelector('rect') } : undefined
}
type DrawnEvent = NonNullable<ReturnType<typeof drawnEvent>>

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

/**
 * An opaque ground under a message's label, so no line drawn before it shows through. A shape, not a stroke around the
 * glyphs: Chromium prints stroked text as a second, Type 3 copy of the words, which PDF readers then read twice.
 */
function ground(label: SVGTextElement, box: DOMRect, step: number, colour: string, shown: boolean): void {
  const id = `deck-ground-${step}`
  let band = label.ownerSVGElement?.querySelector<SVGRectElement>(`#${id}`)
  if (!band) {
    band = document.createElementNS(SVG, 'rect')
    band.id = id
    band.setAttribute('rx', '4')
    label.before(band)
  }
  for (const [name, value] of Object.entries({ x: box.x - 6, y: box.y - 2, width: box.width + 12, height: box.height + 4 }))
    band.setAttribute(name, String(value))
  Object.assign(band.style, { fill: colour, visibility: shown ? 'visible' : 'hidden' })
}

function styleEvent(svg: SVGSVGElement, step: DiagramStep, drawn: DrawnEvent, state: StepState): void {
  const current = state === 'current'
  const ink = step.from.ink
  for (const stroke of drawn.strokes) {
    stroke.style.stroke = ink
    stroke.style.strokeWidth = current ? '3.5px' : step.mark === 'decides' ? '3px' : '2.5px'
    colouredMarker(svg, stroke, ink)
  }
  if (drawn.box)
    Object.assign(drawn.box.style, { fill: current ? HIGHLIGHT : PAPER, stroke: ink, strokeWidth: current ? '4px' : '2px' })
  // Hidden, not transparent: an event still to come must not be read out, selected or printed as text.
  for (const part of [...drawn.strokes, drawn.label, drawn.box, svg.querySelector<SVGElement>(`#deck-date-${step.step}`)])
    part?.style.setProperty('visibility', state !== 'hidden' ? 'visible' : 'hidden')
  if (drawn.label)
    Object.assign(drawn.label.style, { fill: ink, fontWeight: current ? '700' : '600' })
}

/** Each capital's box in its colour, the talk's own capital set apart by a heavier frame. */
function styleParticipants(svg: SVGSVGElement, participants: readonly ActorView[], focus: string): void {
  for (const actor of participants) {
    const focused = actor.id === focus
    const group = svg.querySelector(`g[data-id="${mermaidId(actor.id)}"]`)
    const box = group?.querySelector<SVGRectElement>('rect.actor')
    if (box)
      Object.assign(box.style, { fill: actor.color, stroke: '#1c1d21', strokeWidth: focused ? '4px' : '1.5px' })
    // A name on two lines is two texts; Mermaid's own stylesheet colours their tspans, so the colour goes on those too.
    for (const name of group?.querySelectorAll<SVGTextElement>('text.actor, text.actor tspan') ?? [])
      Object.assign(name.style, { fill: actor.text, fontWeight: focused ? '700' : '600' })
  }
}

/**
 * Lays the diagram out once: each event's date in a column to its left, right-aligned on its label's line; the
 * diagram filling the space the slide gives it, up to a scale that keeps its labels under the headline's size.
 */
function layOut(svg: SVGSVGElement, steps: readonly DiagramStep[]): void {
  if (svg.dataset.laidOut)
    return
  svg.dataset.laidOut = 'true'
  const box = svg.viewBox.baseVal
  const dates = steps.flatMap((step) => {
    const label = drawnEvent(svg, step.step - 1)?.label
    if (!label || !step.date)
      return []
    const date = document.createElementNS(SVG, 'text')
    date.id = `deck-date-${step.step}`
    date.textContent = step.date
    date.setAttribute('text-anchor', 'end')
    date.setAttribute('x', String(box.x - DATE_GAP))
    date.style.font = getComputedStyle(label).font
    // A note's text is drawn at its box's measuring weight (setup/mermaid.ts); every date is regular.
    date.style.fontWeight = '400'
    // A year alone (an event dated no closer, between months) is set apart from the dates, muted and slanted.
    if (/^\d{4}$/.test(step.date))
      Object.assign(date.style, { fill: 'var(--deck-muted)', fontStyle: 'italic' })
    const line = label.getBBox()
    date.setAttribute('y', String(line.y + line.height * 0.8))
    svg.append(date)
    return [date]
  })
  const column = dates.length > 0 ? Math.max(...dates.map(date => date.getBBox().width)) + DATE_GAP : 0
  // Mermaid draws every lifeline 2000 units long, far below the diagram's end; its box ends on the last message's
  // line, cutting a refusal's cross in half: the lifelines run on a little past it.
  const height = box.height + LIFELINE_TAIL
  for (const line of svg.querySelectorAll<SVGLineElement>('line.actor-line'))
    line.setAttribute('y2', String(box.y + height))
  svg.setAttribute('viewBox', `${box.x - column} ${box.y} ${box.width + column} ${height}`)
  svg.setAttribute('width', '100%')
  svg.setAttribute('height', '100%')
  svg.style.maxWidth = `${(box.width + column) * DIAGRAM_MAX_SCALE}px`
  svg.style.maxHeight = `${height * DIAGRAM_MAX_SCALE}px`
}

/**
 * Applies a click's state to a sequence diagram drawn in a shadow root: each event in its sender's colour, the current
 * one emphasised, later ones hidden. Mermaid numbers its statements `i0`, `i1`... in the order the text lists them.
 */
export function applyReveal(root: ParentNode, view: DecisionView, clicks: number): boolean {
  const svg = root.querySelector<SVGSVGElement>('svg')
  if (!svg || !svg.querySelector('[data-id="i0"]'))
    return false
  layOut(svg, view.steps)
  styleParticipants(svg, view.participants, view.focus)
  const styled = view.steps.flatMap((step) => {
    const drawn = drawnEvent(svg, step.step - 1)
    const state = stepState(step.step, clicks, view.steps.length)
    if (drawn)
      styleEvent(svg, step, drawn, state)
    return drawn?.label && !drawn.box ? [{ step: step.step, label: drawn.label, state }] : []
  })
  // Every label measured, then every ground drawn: a measure after each write would lay the diagram out once per label.
  const boxes = styled.map(({ label }) => label.getBBox())
  styled.forEach(({ step, label, state }, index) => ground(label, boxes[index]!, step, state === 'current' ? HIGHLIGHT : PAPER, state !== 'hidden'))
  return true
}
