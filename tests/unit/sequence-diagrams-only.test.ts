import type { Plugin } from 'vite'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../scripts/files/project-root.ts'
import { MERMAID_EDITS, NEVER_LOADED, otherMermaidChunks, sequenceDiagramsOnly } from '../../vite-plugins/sequence-diagrams-only.ts'

const DIST = join(PROJECT_ROOT, 'node_modules', 'mermaid', 'dist')
const installed = [
  join(DIST, 'mermaid.esm.mjs'),
  ...readdirSync(join(DIST, 'chunks', 'mermaid.esm')).filter(name => name.endsWith('.mjs')).map(name => join(DIST, 'chunks', 'mermaid.esm', name)),
].map(file => ({
  file,
  code: readFileSync(file, 'utf8'),
}))

interface Hooks {
  transform: (code: string, id: string) => { code: string } | null
  buildEnd: (error?: Error) => void
}

/** The plugin's hooks, with the context Vite gives them: `this.error` throws. */
function hooksOf(plugin: Plugin): Hooks {
  const context = {
    error: (message: string) => { throw new Error(message) },
  }
  return {
    transform: (code, id) => (plugin.transform as (this: unknown, code: string, id: string) => { code: string } | null).call(context, code, id),
    buildEnd: error => (plugin.buildEnd as (this: unknown, error?: Error) => void).call(context, error),
  }
}

describe('built decks bundle Mermaid\'s sequence diagram only', () => {
  it('edits the installed Mermaid: the sequence diagram is the one type registered, and nothing it never loads is imported', () => {
    const hooks = hooksOf(sequenceDiagramsOnly())
    const edited = installed.map(({ file, code }) => hooks.transform(code, file)?.code ?? code).join('\n')
    const registered = [
      ...edited.matchAll(/registerLazyLoadedDiagrams\(([\w$,\s]+)\)/g),
    ].map(match => match[1]!.trim())
    expect(registered).toEqual(['sequenceDetector_default'])
    const lazy = [
      ...edited.matchAll(/import\("\.\/(?:[\w.]+\/)*([\w-]+?)-[A-Z\d]+\.mjs"\)/g),
    ].map(match => match[1]!)
    expect(lazy.filter(name => (NEVER_LOADED as readonly string[]).includes(name))).toEqual([])
    expect(lazy).toContain('sequenceDiagram')
    expect(() => hooks.buildEnd()).not.toThrow()
  })

  it('stops the build, naming what it could not leave out, when Mermaid\'s code has another shape', () => {
    const hooks = hooksOf(sequenceDiagramsOnly())
    const registration = installed.find(({ code }) => code.includes(MERMAID_EDITS[0]!.marker))!
    hooks.transform(registration.code, registration.file)
    hooks.transform('export const katex = () => import("./maths-NEW.mjs")', join(DIST, 'chunks', 'mermaid.esm', 'chunk-NEW.mjs'))
    expect(() => hooks.buildEnd()).toThrow(/no longer has the shape .* to leave out the dagre module and .* the katex module .*; update the edit or remove it/)
  })

  it('stops the build, naming the chunk, when a build still emits lazily loaded Mermaid code other than the sequence diagram\'s', () => {
    const chunk = (facadeModuleId: string, isDynamicEntry = true) => ({ type: 'chunk', isDynamicEntry, facadeModuleId })
    expect(otherMermaidChunks({
      'assets/sequenceDiagram-AB12.js': chunk(join(DIST, 'chunks', 'mermaid.esm', 'sequenceDiagram-YUTGG2KN.mjs')),
      'assets/flowDiagram-CD34.js': chunk(join(DIST, 'chunks', 'mermaid.esm', 'flowDiagram-ZZZ.mjs')),
      'assets/index-EF56.js': chunk(join(DIST, 'mermaid.esm.mjs'), false),
      'assets/decision-GH78.js': chunk('/project/layouts/decision.vue'),
    })).toEqual(['assets/flowDiagram-CD34.js'])
  })

  it('leaves every other module, and the dev server, alone', () => {
    const plugin = sequenceDiagramsOnly()
    expect(plugin.apply).toBe('build')
    expect(hooksOf(plugin).transform('registerLazyLoadedDiagrams(a, b);', '/project/components/Diagram.vue')).toBeNull()
  })
})
