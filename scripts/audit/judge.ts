import type { SlideModel } from '../../contract/deck-model.ts'
import type { DiagramInfo, LabelCrossing, SlideMeasurement, TextOverlap, TextRun } from './measure.ts'
import { ROOM_RULES, roomPx } from '../../contract/room-rules.ts'
import { drawsDiagram } from '../../contract/slide-views.ts'
import { accessibleText } from '../generate/to-mermaid.ts'

/** Font sizes within this of a rule's size, in canvas px, meet it (computed sizes are rounded). */
const FONT_TOLERANCE_PX = 0.15

/** Glyph boxes (the font's, rounded to the pixel) meeting by this much or less, in canvas px, only touch; a 3 px leader is more. */
const OVERLAP_TOLERANCE_PX = 1.5

/**
 * The figures the room rules judge, shares 0 to 1 and sizes in canvas px: the share of visible characters at body
 * size or larger (1 without text), the smallest text and, with a diagram, its smallest label and the largest one's share.
 */
export function roomFigures(measured: Pick<SlideMeasurement, 'textRuns' | 'diagrams'>) {
  const body = roomPx(ROOM_RULES.bodyFraction) - FONT_TOLERANCE_PX
  // Labels inside a diagram have a rule of their own (1/30 of the height); the body share is of the rest.
  const prose = measured.textRuns.filter(run => !run.diagram)
  const total = prose.reduce((sum, run) => sum + run.chars, 0)
  const large = prose.filter(run => run.px >= body).reduce((sum, run) => sum + run.chars, 0)
  const labels = measured.textRuns.filter(run => run.diagram)
  const diagramShares = measured.diagrams.map(diagram => diagram.areaShare)
  const pxOf = (runs: readonly TextRun[]) => Math.min(...runs.map(run => run.px))
  return {
    bodyShare: total === 0 ? 1 : large / total,
    smallestPx: measured.textRuns.length === 0 ? 0 : pxOf(measured.textRuns),
    ...(labels.length > 0 ? { diagramLabelPx: pxOf(labels) } : {}),
    ...(diagramShares.length > 0 ? { diagramShare: Math.max(...diagramShares) } : {}),
  }
}

const percent = (share: number) => `${Math.round(share * 100)}%`
/** A share that falls short of `need`, in whole percent, never rounded up to it: 39.6% of a needed 40% reads 39%, not "40%; needs 40%". */
const percentShort = (share: number, need: number) => `${Math.min(Math.round(share * 100), Math.ceil(need * 100) - 1)}%`
const px = (value: number) => `${Math.round(value * 10) / 10}px`

/** The back-row rules: body share and diagram rules on talk slides; the smallest size on every slide, backups included. */
export function judgeRoom(slide: Pick<SlideModel, 'backup' | 'view'>, figures: ReturnType<typeof roomFigures>): string[] {
  const problems: string[] = []
  const body = roomPx(ROOM_RULES.bodyFraction)
  const min = roomPx(ROOM_RULES.minFraction)
  const label = roomPx(ROOM_RULES.diagramLabelFraction)
  if (!slide.backup && figures.bodyShare < ROOM_RULES.bodyShare)
    problems.push(`only ${percentShort(figures.bodyShare, ROOM_RULES.bodyShare)} of characters at body size (>= ${px(body)}, 1/23 of the height); needs ${percent(ROOM_RULES.bodyShare)}`)
  if (figures.smallestPx > 0 && figures.smallestPx < min - FONT_TOLERANCE_PX)
    problems.push(`smallest text ${px(figures.smallestPx)} < ${px(min)} (1/40 of the height)`)
  if (drawsDiagram(slide.view)) {
    if ((figures.diagramShare ?? 0) < ROOM_RULES.diagramAreaShare)
      problems.push(`diagram covers ${percentShort(figures.diagramShare ?? 0, ROOM_RULES.diagramAreaShare)} of the slide; needs ${percent(ROOM_RULES.diagramAreaShare)}`)
    if (figures.diagramLabelPx !== undefined && figures.diagramLabelPx < label - FONT_TOLERANCE_PX)
      problems.push(`diagram label ${px(figures.diagramLabelPx)} < ${px(label)} (1/30 of the height)`)
  }
  return problems
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

/** Letters: a label that says something, not a number or a run of step numbers. */
const WORD = /\p{L}{2,}/u

/** A decision diagram draws each event once, on its own arrow or note, labelled in its own words, between two different capitals. */
export function judgeDiagramEvents(view: Extract<SlideModel['view'], { kind: 'decision' }>, diagram: DiagramInfo): string[] {
  const problems: string[] = []
  if (diagram.events.length !== view.steps.length)
    problems.push(`diagram draws ${diagram.events.length} arrows and notes for ${view.steps.length} events: one each`)
  for (const [index, drawn] of diagram.events.entries()) {
    const step = view.steps[index]
    const what = `arrow ${index + 1} ("${drawn.label}")`
    if (!WORD.test(drawn.label))
      problems.push(`${what} has no words: label each event in words, never by number alone`)
    else if (step && drawn.label !== squash(step.label))
      problems.push(`${what} is not event ${index + 1} ("${step.label}"): one event an arrow`)
    if (drawn.kind === 'message' && drawn.from !== null && drawn.from === drawn.to)
      problems.push(`${what} runs from a capital to itself: draw an own act as a note`)
  }
  return problems
}

/** The diagram rules: one Mermaid diagram on a decision slide and none elsewhere, drawn, with its accessible title and description, every capital named and every event drawn once. */
export function judgeDiagrams(slide: SlideModel, measured: SlideMeasurement): string[] {
  const problems: string[] = []
  const expected = drawsDiagram(slide.view) ? 1 : 0
  if (measured.mermaidHosts !== expected || measured.diagrams.length !== expected)
    problems.push(`expected ${expected} Mermaid diagram(s), found ${measured.diagrams.length}`)
  for (const diagram of measured.diagrams) {
    if (diagram.error)
      problems.push(`diagram error: ${diagram.error}`)
    if (diagram.roleDescription === 'error')
      problems.push('diagram rendered as an error')
    if (slide.view.kind !== 'decision')
      continue
    const title = accessibleText(slide.view.heading)
    const description = accessibleText(slide.view.description)
    if (diagram.title !== title)
      problems.push(`diagram accessible title is ${JSON.stringify(diagram.title)}, expected ${JSON.stringify(title)}`)
    if (diagram.description !== description)
      problems.push(`diagram accessible description is ${JSON.stringify(diagram.description)}, expected ${JSON.stringify(description)}`)
    for (const actor of slide.view.participants) {
      if (!diagram.participants.includes(actor.name.replace(/\s+/g, '')))
        problems.push(`diagram does not name ${actor.id} as "${actor.name}"`)
    }
    problems.push(...judgeDiagramEvents(slide.view, diagram), ...judgeCrossings(diagram.crossings))
  }
  return problems
}

/** Whether a slide renders as the model says: fits, no hidden text or errors, its diagrams drawn and named, its badges readable. */
export function judgeRendering(slide: SlideModel, measured: SlideMeasurement): string[] {
  return [
    ...measured.overflows.map(finding => `overflows the canvas by ${finding.px}px: ${finding.element}`),
    ...measured.clipped.map(finding => `clipped by ${finding.px}px: ${finding.element}`),
    ...measured.smallFonts.map(finding => `font ${finding.px}px < ${finding.min}px: ${finding.element}`),
    ...measured.crampedLines.map(finding => `lines ${finding.px} of the font size apart overlap: ${finding.element}`),
    ...measured.hiddenText.map(text => `text still hidden after the last click: "${text}"`),
    ...measured.errorBlocks.map(block => `error block shown: ${block}`),
    ...judgeDiagrams(slide, measured),
    ...judgeOverlaps(measured.overlaps),
    ...(slide.view.kind === 'decision' ? judgeAnswer(measured) : []),
    // Colour never alone: every actor shown as a badge carries its name as text.
    ...measured.badges.filter(badge => !badge).map(() => 'an actor badge has no text'),
  ]
}

/** Texts set on each other: glyph boxes (or a mark's leader) meeting by more than the tolerance both across and down. */
export function textsOnEachOther(overlaps: readonly TextOverlap[]): TextOverlap[] {
  return overlaps.filter(overlap => overlap.x > OVERLAP_TOLERANCE_PX && overlap.y > OVERLAP_TOLERANCE_PX)
}

export function judgeOverlaps(overlaps: readonly TextOverlap[]): string[] {
  return textsOnEachOther(overlaps)
    .map(overlap => `texts overlap by ${px(overlap.x)} across and ${px(overlap.y)} down: ${overlap.first} and ${overlap.second}`)
}

/** No line visible through a diagram's label: a line crossing a label's box runs under it, hidden by an opaque shape between them. */
export function judgeCrossings(crossings: readonly LabelCrossing[]): string[] {
  return crossings.filter(crossing => !crossing.under || !crossing.shape).map((crossing) => {
    const why = crossing.under ? 'the label has no opaque ground under it' : `${crossing.line} is drawn over the label`
    return `line through label "${crossing.label}": ${crossing.line} crosses it for ${px(crossing.px)}; ${why}`
  })
}

/** At a decision slide's last click its `[data-answer]` headline is the largest text, diagram labels, legend and dates included. */
export function judgeAnswer(measured: Pick<SlideMeasurement, 'answers' | 'textRuns'>): string[] {
  const answer = measured.textRuns.filter(run => run.answer)
  if (measured.answers === 0 || answer.length === 0)
    return ['no answer at the last click: the headline should hold it, marked [data-answer]']
  const answerPx = Math.min(...answer.map(run => run.px))
  const rival = measured.textRuns.filter(run => !run.answer).toSorted((a, b) => b.px - a.px)[0]
  return rival && answerPx - rival.px <= FONT_TOLERANCE_PX
    ? [`the answer at ${px(answerPx)} is not the largest type: ${rival.element} is ${px(rival.px)}`]
    : []
}

/** What the deck's model says a slide must show, and the back-row rule; every rule a measurement breaks, as one line each. */
export function judgeSlide(slide: SlideModel, measured: SlideMeasurement): string[] {
  return [...judgeRendering(slide, measured), ...judgeRoom(slide, roomFigures(measured))]
}
