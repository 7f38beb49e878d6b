import type { Plugin } from 'vite'

/** An edit of a Mermaid module that contains `marker`; `leavesOut` names what it leaves out, for the error when it no longer applies. */
interface MermaidEdit { readonly leavesOut: string, readonly marker: string, readonly edit: (code: string) => string }

/** The sequence diagram's detector: the one diagram type the deck draws (scripts/generate/to-mermaid.ts). */
const SEQUENCE_DETECTOR = 'sequenceDetector_default'

/** Mermaid's registration of its lazily loaded diagram types: a call per group, detectors as arguments. */
const REGISTRATION = /registerLazyLoadedDiagrams\(([\w$,\s]+)\);/g

/** What else Mermaid loads lazily: other types' layouts, KaTeX for `$$` maths (the generator escapes `$`), BPMN icons. */
export const NEVER_LOADED = ['dagre', 'swimlanes', 'cose-bilkent', 'elk', 'katex', 'bpmnIcons'] as const

export const MERMAID_EDITS: readonly MermaidEdit[] = [
  {
    leavesOut: 'every diagram type but the sequence diagram',
    marker: 'registerLazyLoadedDiagrams(',
    edit: code => code.replaceAll(REGISTRATION, (_call, list: string) => list.split(',').map(name => name.trim()).includes(SEQUENCE_DETECTOR)
      ? `registerLazyLoadedDiagrams(${SEQUENCE_DETECTOR});`
      : 'void 0;'),
  },
  ...NEVER_LOADED.map(name => ({
    leavesOut: `the ${name} module`,
    marker: `import("./${name}-`,
    edit: (code: string) => code.replaceAll(new RegExp(`import\\("\\./${name}-\\w+\\.mjs"\\)`, 'g'), `Promise.reject(new Error("${name} is left out of this deck's build: it draws sequence diagrams only"))`),
  })),
]

const MERMAID_DIST = /[\\/]node_modules[\\/]mermaid[\\/]dist[\\/].*\.mjs$/

/** The chunks of a build that Mermaid loads lazily, other than the sequence diagram's: what the edits missed. */
export function otherMermaidChunks(bundle: Record<string, { type: string, isDynamicEntry?: boolean, facadeModuleId?: string | null }>): string[] {
  return Object.entries(bundle)
    .filter(([, output]) => output.type === 'chunk' && output.isDynamicEntry && MERMAID_DIST.test(output.facadeModuleId ?? '') && !/[\\/]sequenceDiagram-\w+\.mjs$/.test(output.facadeModuleId!))
    .map(([file]) => file)
}

/**
 * Built decks register the sequence diagram alone and leave the rest of Mermaid's lazily loaded code out
 * (docs/workarounds.md): a build a third faster and half the size. The dev server pre-bundles Mermaid whole.
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
      return edited === code ? null : { code: edited, map: null }
    },
    buildEnd(error) {
      const missed = MERMAID_EDITS.filter(edit => !applied.has(edit))
      if (!error && mermaidSeen && missed.length > 0)
        this.error(`Mermaid's code no longer has the shape vite-plugins/sequence-diagrams-only.ts edits to leave out ${missed.map(edit => edit.leavesOut).join(' and ')}; update the edit or remove it`)
    },
    generateBundle(_options, bundle) {
      const others = otherMermaidChunks(bundle)
      if (others.length > 0)
        this.error(`the build still holds Mermaid code a sequence diagram never loads: ${others.join(', ')}; leave it out in vite-plugins/sequence-diagrams-only.ts`)
    },
  }
}
