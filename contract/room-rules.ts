/**
 * The canvas, its fonts and the back-of-the-room type rules, in one place. Sizes are fractions of the
 * canvas height, so a different canvas keeps them: the CSS reads them as variables (setup/main.ts) and
 * the audit (scripts/audit/) judges every slide against them.
 */

/** Slidev's canvas, in CSS px, before it is scaled to the window; setup/preparser.ts gives it to Slidev. */
export const CANVAS = { width: 980, height: 552 } as const

export const CANVAS_ASPECT = CANVAS.height / CANVAS.width

export const ROOM_RULES = {
  /** Body text: 24 pt on a 7.5-inch slide, the working minimum for text the audience reads. */
  bodyFraction: 1 / 23,
  /** Share of a talk slide's visible characters that must be set at body size or larger. */
  bodyShare: 0.75,
  /** Nothing, citations and backup slides included, is smaller than this. */
  minFraction: 1 / 40,
  /** No text but source lines is smaller than this: Slidev's own body size, 16 px of 552. */
  floorFraction: 16 / 552,
  /** Labels inside a decision-flow diagram. */
  diagramLabelFraction: 1 / 30,
  /** Share of the slide's area a decision-flow diagram covers. */
  diagramAreaShare: 0.4,
} as const

/**
 * A decision diagram grows to fill its slide up to this scale of Mermaid's own units, so that every
 * diagram's labels (20 units) stand at 20 to 23 px (the two tallest a shade under 20), one scale to the eye, under the headline's 26.4;
 * at 1.15 a diagram of three events (the fixture talk's first) covers 43% of its slide. One of two events covers
 * 17% (the fixture's second): no scale under the headline's size lifts it to 40%, and `npm run check` fails it.
 */
export const DIAGRAM_MAX_SCALE = 1.15

/** The most events one decision diagram draws: with more, its labels would fall under the diagram size. */
export const DIAGRAM_MAX_EVENTS = 8

/** A fraction of the canvas height in canvas px, e.g. `roomPx(ROOM_RULES.bodyFraction)` = 24. */
export function roomPx(fraction: number, canvasHeight: number = CANVAS.height): number {
  return fraction * canvasHeight
}

export function roomCssVariables(canvasHeight: number = CANVAS.height): Record<string, string> {
  const px = (fraction: number) => `${(fraction * canvasHeight).toFixed(2)}px`
  return {
    '--room-body': px(ROOM_RULES.bodyFraction),
    '--room-min': px(ROOM_RULES.minFraction),
    '--room-diagram-label': px(ROOM_RULES.diagramLabelFraction),
    '--room-canvas-height': `${canvasHeight}px`,
    // The families the deck loads from @fontsource.
    '--room-font-sans': '\'Inter\', sans-serif',
    '--room-font-serif': '\'Source Serif 4\', serif',
  }
}
