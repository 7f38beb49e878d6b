import type { DecisionStep } from '../contract/deck-model.ts'
import { STEP_SEPARATOR } from '../contract/deck-model.ts'

export type EdgeState = 'hidden' | 'past' | 'current'

/** The state of a step's edges at a click: future steps hidden, the current one full, earlier ones faded. */
export function edgeState(step: number, clicks: number): EdgeState {
  if (step > clicks)
    return 'hidden'
  return step === clicks
    ? 'current'
    : 'past'
}

/** Each link's steps, in order. */
export function stepsByLink(steps: readonly DecisionStep[]): Map<number, number[]> {
  const byLink = new Map<number, number[]>()
  for (const step of steps) {
    for (const link of step.links) {
      byLink.set(link, [
        ...(byLink.get(link) ?? []),
        step.step,
      ])
    }
  }
  return byLink
}

/** Link index to state: current while one of its steps is, hidden until its first, faded after. */
export function linkStates(steps: readonly DecisionStep[], clicks: number): Map<number, EdgeState> {
  return new Map([
    ...stepsByLink(steps),
  ].map(([link, numbers]) => {
    const states = numbers.map(step => edgeState(step, clicks))
    const state: EdgeState = states.includes('current')
      ? 'current'
      : states.every(s => s === 'hidden')
        ? 'hidden'
        : 'past'
    return [link, state] as const
  }))
}

/** What a link's label says at a click: the steps taken so far. */
export function linkLabel(numbers: readonly number[], clicks: number): string {
  return numbers.filter(step => step <= clicks).join(STEP_SEPARATOR)
}

const PATH_OPACITY: Record<EdgeState, number> = { hidden: 0, past: 0.3, current: 1 }

/** Lets the diagram grow to its box: Mermaid caps its SVG at its natural width. */
export function fitSvg(root: ParentNode): void {
  const svg = root.querySelector<SVGSVGElement>('svg')
  if (!svg || svg.dataset.fitted)
    return
  svg.dataset.fitted = 'true'
  svg.style.maxWidth = '100%'
  svg.style.width = '100%'
  svg.style.height = '100%'
}

/**
 * Applies the click state to a Mermaid flowchart drawn in a shadow root. Mermaid draws links in the order
 * they are written, so a link's index finds its path, and its label among the labelled links.
 */
export function applyReveal(root: ParentNode, steps: readonly DecisionStep[], clicks: number): boolean {
  const paths = [
    ...root.querySelectorAll<SVGElement>('.edgePaths > path'),
  ]
  const labels = [
    ...root.querySelectorAll<SVGElement>('.edgeLabels > .edgeLabel'),
  ]
  if (paths.length === 0)
    return false
  const numbers = stepsByLink(steps)
  // Invisible scaffold links come first and draw no label: labels belong to the last links.
  const offset = paths.length - labels.length
  for (const [link, state] of linkStates(steps, clicks)) {
    const path = paths[link]
    const label = labels[link - offset]
    const text = label?.querySelector('p') ?? label?.querySelector('span.edgeLabel') ?? label?.querySelector('text')
    if (text && state !== 'hidden')
      text.textContent = linkLabel(numbers.get(link)!, clicks)
    if (path)
      path.style.opacity = String(PATH_OPACITY[state])
    if (label) {
      label.style.opacity = state === 'hidden'
        ? '0'
        : '1'
    }
  }
  for (const path of paths) {
    // a link written both ways to keep the geography points only at its start, the recipient
    if (path.hasAttribute('marker-start'))
      path.removeAttribute('marker-end')
  }
  fitSvg(root)
  return true
}
