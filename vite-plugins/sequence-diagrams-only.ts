import type { Plugin } from 'vite'

/** An edit of one of Mermaid's distributed modules, found by what it contains. */
interface MermaidEdit {
  /** What the edit leaves out, for the error when a Mermaid release no longer has the code it edits. */
  readonly leavesOut: string
  readonly marker: string
  readonly edit: (code: string) => string
}

/** The sequence diagram's detector: the one diagram type the deck draws (scripts/generate/to-mermaid.ts). */
const SEQUENCE_DETECTOR = 'sequenceDetector_default'

/** Mermaid's registration of its lazily loaded diagram types: a call per group, detectors as arguments. */
const REGISTRATION = /registerLazyLoadedDiagrams\(([\w$,\s]+)\);/g

export const MERMAID_EDITS: readonly MermaidEdit[] = [
  {
    leavesOut: 'every diagram type but the sequence diagram',
    marker: 'registerLazyLoadedDiagrams(',
    edit: code => code.replaceAll(REGISTRATION, (_call, list: string) => list.split(',').map(name => name.trim()).includes(SEQUENCE_DETECTOR)
      ? `registerLazyLoadedDiagrams(${SEQUENCE_DETECTOR});`
      : 'void 0;'),
  },
  {
    // The flag Mermaid's own "tiny" build turns off; a sequence diagram lays itself out.
    leavesOut: 'the ELK and cose-bilkent layouts',
    marker: 'elkLayoutLoaders()',
    edit: code => code.replace('...true ? [', '...false ? ['),
  },
]

const MERMAID_DIST = /[\\/]node_modules[\\/]mermaid[\\/]dist[\\/].*\.mjs$/

/**
 * Mermaid registers some forty diagram types, and a build bundles each type's code and layouts (ELK's
 * alone is 1.6 MB) whether a deck draws them or not. Every diagram in this deck is a sequence diagram,
 * so built decks register that type only: a build a third faster and half the size, and a smaller
 * single file for the venue. The dev server pre-bundles Mermaid whole and is left as it is. If a
 * Mermaid release moves the code edited here, the build stops and says so rather than quietly
 * bundling everything again.
 */
export function sequenceDiagramsOnly(): Plugin {
  const applied = new Set<MermaidEdit>()
  let mermaidSeen = false
  return {
    name: 'deck-sequence-diagrams-only',
    apply: 'build',
    transform(code, id) {
      if (!MERMAID_DIST.test(id))
        return null
      mermaidSeen = true
      let edited = code
      for (const candidate of MERMAID_EDITS.filter(({ marker }) => code.includes(marker))) {
        const next = candidate.edit(edited)
        if (next !== edited)
          applied.add(candidate)
        edited = next
      }
      return edited === code
        ? null
        : { code: edited, map: null }
    },
    buildEnd(error) {
      const missed = MERMAID_EDITS.filter(edit => !applied.has(edit))
      if (!error && mermaidSeen && missed.length > 0)
        this.error(`Mermaid's code no longer has the shape vite-plugins/sequence-diagrams-only.ts edits to leave out ${missed.map(edit => edit.leavesOut).join(' and ')}; update the edit or remove it`)
    },
  }
}
