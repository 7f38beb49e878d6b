import { defineMermaidSetup } from '@slidev/types'

/**
 * Type at 20 px of the diagram's own units, which the slide scales to at least the room's 1/30 of its height; rows and
 * boxes as tight as legibility allows, so DIAGRAM_MAX_EVENTS (contract/room-rules.ts) fit. The deck colours each event
 * itself (client/reveal-sequence.ts).
 */
export default defineMermaidSetup(() => ({
  theme: 'base',
  look: 'classic',
  securityLevel: 'strict',
  fontFamily: 'Inter, sans-serif',
  fontSize: 20,
  themeVariables: {
    fontSize: '20px',
    primaryTextColor: '#1c1d21',
    lineColor: '#1c1d21',
    signalColor: '#1c1d21',
    signalTextColor: '#1c1d21',
    actorBorder: '#1c1d21',
    actorLineColor: '#9a9da5',
    noteBkgColor: '#ffffff',
    noteBorderColor: '#1c1d21',
  },
  sequence: {
    mirrorActors: false,
    useMaxWidth: false,
    fontSize: 20,
    width: 80,
    // Tall enough for a name on two lines (`Kim's<br>critics`).
    height: 50,
    actorMargin: 8,
    boxMargin: 2,
    messageMargin: 6,
    noteMargin: 8,
    diagramMarginX: 4,
    diagramMarginY: 4,
    wrap: false,
    // Mermaid sizes a note's box from its text at this weight; the deck sets note labels at 600, and 700 for the current
    // event (client/reveal-sequence.ts), so the box is measured at the heavier one, or the bold text would touch its frame.
    noteFontWeight: 700,
  },
}))
