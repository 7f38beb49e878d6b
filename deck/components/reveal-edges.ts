import type { DecisionStep } from '../slide-views'

export type EdgeState = 'hidden' | 'past' | 'current'

/** The state of a step's edges at a click: future steps hidden, the current one full, earlier ones faded. */
export function edgeState(step: number, clicks: number): EdgeState {
  if (step > clicks)
    return 'hidden'
  return step === clicks
    ? 'current'
    : 'past'
}

/** Link index to state, for every link a step draws. */
export function linkStates(steps: readonly DecisionStep[], clicks: number): Map<number, EdgeState> {
  return new Map(steps.flatMap(step => step.links.map(link => [
    link,
    edgeState(step.step, clicks),
  ] as const)))
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
 * they are written, paths and labels alike, so a link's index finds both.
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
  for (const [link, state] of linkStates(steps, clicks)) {
    const path = paths[link]
    const label = labels[link]
    if (path)
      path.style.opacity = String(PATH_OPACITY[state])
    if (label) {
      label.style.opacity = state === 'hidden'
        ? '0'
        : '1'
    }
  }
  fitSvg(root)
  return true
}
