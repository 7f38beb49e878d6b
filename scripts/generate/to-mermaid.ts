import type { EventMark } from '../../contract/slide-views.ts'
import { mermaidId } from '../../contract/slide-views.ts'

export interface SequenceLine {
  readonly mark: EventMark
  readonly from: string
  /** The recipient; absent for a note (`acts`). */
  readonly to?: string
  readonly text: string
  /** A note drawn across every participant: a turning point. */
  readonly across?: boolean
}

export interface SequenceDiagram {
  readonly title: string
  readonly description: string
  /** Left to right. */
  readonly participants: readonly { readonly id: string, readonly label: string }[]
  readonly lines: readonly SequenceLine[]
}

/** `$` too: Mermaid renders a label holding `$$…$$` as maths, with a KaTeX the deck's build leaves out. */
const ENTITIES: Record<string, string> = {
  '#': '#35;',
  '$': '#36;',
  ';': '#59;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  '{': '#123;',
  '}': '#125;',
}

/** What a reader gets from a diagram's accessible title or description: one line, without braces. */
export function accessibleText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[{}]/g, '').trim()
}

/**
 * Mermaid reads a message, note or alias that starts `wrap:` or `nowrap:` as a wrapping setting, and drops the words
 * (also after a `:`, which COLON_BEFORE_TEXT has made an entity by then).
 */
const WRAP_PREFIX = /^((?:no)?wrap):/i

/**
 * Before parsing, Mermaid drops the last `;` of a line holding `style` (or `classDef`), then a colon, then `#` with no
 * space between (`/style.*:\S*#.*;/`, meant for `style A fill:#f00;`): an entity of the text loses its end, and the text
 * is cut at its `#` ('lifestyle 2:1; not' showed 'lifestyle 2:1'). A colon with no space after it is an entity too.
 */
const COLON_BEFORE_TEXT = /:(?=\S)/g

/**
 * Text that runs to the end of its line (message, note, alias, accTitle, accDescr) on one line, each character that
 * would end the statement, start an entity or open markup as an entity, one at a time so none is escaped twice; the
 * colon of a leading `wrap:` too, so the words stay, and a colon a character follows.
 */
export function escapeLineText(text: string): string {
  return Array.from(text.replace(/\s+/g, ' ').trim(), char => ENTITIES[char] ?? char).join('').replace(COLON_BEFORE_TEXT, '#58;').replace(WRAP_PREFIX, '$1#58;')
}

/** The arrow each kind of event is drawn with: dotted for a request, a cross for a refusal, open for support. */
const ARROWS: Record<Exclude<EventMark, 'acts'>, string> = { asks: '-->>', refuses: '-x', decides: '->>', supports: '-)' }

export function toMermaid(diagram: SequenceDiagram): string {
  const lines = [
    'sequenceDiagram',
    `  accTitle: ${escapeLineText(accessibleText(diagram.title))}`,
    `  accDescr: ${escapeLineText(accessibleText(diagram.description))}`,
    ...diagram.participants.map(participant => `  participant ${mermaidId(participant.id)} as ${participant.label.split('<br>').map(escapeLineText).join('<br>')}`),
    ...diagram.lines.map(line => line.mark === 'acts' || line.to === undefined
      ? `  Note over ${line.across ? [diagram.participants[0]!, diagram.participants.at(-1)!].map(p => mermaidId(p.id)).join(',') : mermaidId(line.from)}: ${escapeLineText(line.text)}`
      : `  ${mermaidId(line.from)}${ARROWS[line.mark]}${mermaidId(line.to)}: ${escapeLineText(line.text)}`),
  ]
  return `${lines.join('\n')}\n`
}
