import type { NodeShape } from '../../data/schema.ts'

export type EdgeStyle = 'solid' | 'dotted' | 'thick'

export interface DiagramNode {
  readonly id: string
  readonly label: string
  readonly shape: NodeShape
  readonly fill: string
  readonly text: string
  /** A dashed outline, e.g. for an actor not in this episode. */
  readonly dashed?: boolean
}

export interface DiagramEdge {
  readonly from: string
  readonly to: string
  readonly label: string
  readonly style: EdgeStyle
  /** Stroke colour, e.g. the sender's; Mermaid's default when absent. */
  readonly color?: string
  readonly width?: number
  /**
   * Written from `to` to `from` with arrowheads at both ends, so that the layout ranks the nodes as the
   * reader's geography wants; the renderer then hides the head at `from` (see deck/components/reveal-edges.ts).
   */
  readonly reversed?: boolean
}

export interface FlowDiagram {
  readonly title: string
  readonly description: string
  readonly direction: 'LR' | 'TD'
  readonly nodes: readonly DiagramNode[]
  readonly edges: readonly DiagramEdge[]
  /** Invisible links drawn before the edges that hold the nodes in place: each pair's second node sits right of (or below) its first. */
  readonly scaffold?: readonly (readonly [string, string])[]
}

const LABEL_ENTITIES: Record<string, string> = {
  '#': '#35;',
  '"': '#quot;',
  '`': '#96;',
  ';': '#59;',
  '<': '#lt;',
  '>': '#gt;',
  '&': '#amp;',
  '[': '#91;',
  ']': '#93;',
  '(': '#40;',
  ')': '#41;',
  '{': '#123;',
  '}': '#125;',
  '|': '#124;',
  '\\': '#92;',
}

/** Escapes a label for use inside Mermaid's double quotes, one character at a time so entities are never escaped twice. */
export function escapeMermaidLabel(label: string): string {
  return Array.from(label.replace(/\s+/g, ' ').trim(), char => LABEL_ENTITIES[char] ?? char).join('')
}

const ACCESSIBLE_ENTITIES: Record<string, string> = {
  '#': '#35;',
  ';': '#59;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
}

/** What a reader gets from a diagram's accessible title or description: one line, without braces. */
export function accessibleText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[{}]/g, '').trim()
}

/** Accessibility text runs to the end of its line; entities keep markup and statement breaks out of it. */
export function escapeAccessibleText(text: string): string {
  return Array.from(accessibleText(text), char => ACCESSIBLE_ENTITIES[char] ?? char).join('')
}

/** A Mermaid id from any string: letters, digits and underscores, prefixed so it never collides with a keyword. */
export function mermaidId(id: string): string {
  return `n_${id.replace(/\W/g, '_')}`
}

const SHAPES: Record<NodeShape, readonly [string, string]> = {
  rect: ['[', ']'],
  round: ['(', ')'],
  stadium: ['([', '])'],
  hexagon: ['{{', '}}'],
  subroutine: ['[[', ']]'],
  cylinder: ['[(', ')]'],
  circle: ['((', '))'],
  trapezoid: ['[/', '\\]'],
}

const HEX_COLOR = /^#[0-9a-f]{6}$/i

const ARROWS: Record<EdgeStyle, string> = {
  solid: '-->',
  dotted: '-.->',
  thick: '==>',
}

const BOTH_WAYS: Record<EdgeStyle, string> = {
  solid: '<-->',
  dotted: '<-.->',
  thick: '<==>',
}

/** The edges Mermaid draws, in order: an edge repeated with the same ends, style and label is drawn once. */
export function uniqueEdges(edges: readonly DiagramEdge[]): DiagramEdge[] {
  const seen = new Set<string>()
  return edges.filter((edge) => {
    const key = `${edge.from}|${edge.style}|${edge.label}|${edge.to}`
    if (seen.has(key))
      return false
    seen.add(key)
    return true
  })
}

/** Renders a decision-flow diagram as Mermaid flowchart text; duplicate edges are drawn once. */
export function toMermaid(diagram: FlowDiagram): string {
  for (const node of diagram.nodes) {
    if (!HEX_COLOR.test(node.fill) || !HEX_COLOR.test(node.text))
      throw new Error(`node "${node.id}": colours must be #rrggbb, got ${node.fill} and ${node.text}`)
  }
  const lines = [
    `flowchart ${diagram.direction}`,
    `  accTitle: ${escapeAccessibleText(diagram.title)}`,
    `  accDescr: ${escapeAccessibleText(diagram.description)}`,
  ]
  for (const node of diagram.nodes) {
    const [open, close] = SHAPES[node.shape]
    lines.push(`  ${mermaidId(node.id)}${open}"${escapeMermaidLabel(node.label)}"${close}`)
  }
  for (const [from, to] of diagram.scaffold ?? [])
    lines.push(`  ${mermaidId(from)} ~~~ ${mermaidId(to)}`)
  const linkStyles: string[] = []
  let link = diagram.scaffold?.length ?? 0
  for (const edge of uniqueEdges(diagram.edges)) {
    const label = `|"${escapeMermaidLabel(edge.label)}"|`
    lines.push(edge.reversed
      ? `  ${mermaidId(edge.to)} ${BOTH_WAYS[edge.style]}${label} ${mermaidId(edge.from)}`
      : `  ${mermaidId(edge.from)} ${ARROWS[edge.style]}${label} ${mermaidId(edge.to)}`)
    if (edge.color !== undefined) {
      if (!HEX_COLOR.test(edge.color))
        throw new Error(`edge ${edge.from} -> ${edge.to}: colour must be #rrggbb, got ${edge.color}`)
      linkStyles.push(`  linkStyle ${link} stroke:${edge.color},stroke-width:${edge.width ?? 2}px`)
    }
    link += 1
  }
  for (const node of diagram.nodes) {
    lines.push(`  style ${mermaidId(node.id)} fill:${node.fill},color:${node.text},stroke:#1f2937,stroke-width:2px${node.dashed ? ',stroke-dasharray:6 4' : ''}`)
  }
  lines.push(...linkStyles)
  return `${lines.join('\n')}\n`
}
