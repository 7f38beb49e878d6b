import { randomUUID } from 'node:crypto'
import { pathToFileURL } from 'node:url'
import { register as registerCommonJs } from 'tsx/cjs/api'
import { register as registerEsm } from 'tsx/esm/api'

/** Why a dataset module could not be loaded, in one line, with the line and column where known. */
export class ModuleLoadError extends Error {
  constructor(readonly file: string, message: string) {
    super(message)
    this.name = 'ModuleLoadError'
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The `line:column` of the first place `file` appears in an error's text (esbuild's message or a stack frame). */
export function locationIn(text: string, file: string): string | undefined {
  const match = new RegExp(`${escapeRegExp(file)}:(\\d+):(\\d+)`).exec(text)
  return match
    ? `line ${match[1]}, column ${match[2]}`
    : undefined
}

/** esbuild's "Transform failed with 1 error:\n<file>:1:21: ERROR: Unexpected end of file" -> "Unexpected end of file". */
function syntaxMessage(message: string): string | undefined {
  const match = /ERROR: (.+)/.exec(message)
  return match?.[1]?.trim()
}

export function describeLoadFailure(error: unknown, file: string): string {
  const message = error instanceof Error
    ? error.message
    : String(error)
  const stack = error instanceof Error
    ? error.stack ?? ''
    : ''
  const syntax = syntaxMessage(message)
  if (syntax) {
    const where = locationIn(message, file)
    return `syntax error${where
      ? ` at ${where}`
      : ''}: ${syntax}`
  }
  const where = locationIn(stack, file) ?? locationIn(message, file)
  const firstLine = message.split('\n')[0] ?? message
  return `failed while loading${where
    ? ` (${where})`
    : ''}: ${firstLine}`
}

/**
 * Outside a `"type": "module"` package a `.ts` file is compiled as CommonJS, and its ES exports arrive
 * wrapped in `default`; unwrap them so a dataset loads the same wherever its folder is.
 */
function esModuleOf(namespace: Record<string, unknown>): Record<string, unknown> {
  const wrapped = namespace.default as Record<string, unknown> | undefined
  return wrapped !== null && typeof wrapped === 'object' && wrapped.__esModule === true
    ? wrapped
    : namespace
}

/**
 * Imports a TypeScript module afresh on every call (an edited file and the files it imports are read
 * again), so a watcher can reload the dataset in one process. A syntax error or a module that throws
 * becomes a ModuleLoadError of one line.
 *
 * Freshness comes from a loader namespace of its own per call, as tsx's `tsImport` does it; unlike
 * `tsImport`, the loaders are removed again afterwards. Left in place they pile up, one pair per
 * dataset file per reload: a dev server slowed down with every edit, and a process that loaded
 * datasets a few hundred times overflowed its stack in tsx's require hook.
 */
export async function importFresh(file: string): Promise<Record<string, unknown>> {
  const namespace = randomUUID()
  const commonJs = registerCommonJs({ namespace })
  const esm = registerEsm({ namespace })
  try {
    const namespaceObject = await esm.import(pathToFileURL(file).href, import.meta.url) as Record<string, unknown>
    return esModuleOf(namespaceObject)
  }
  catch (error) {
    throw new ModuleLoadError(file, describeLoadFailure(error, file))
  }
  finally {
    await esm.unregister()
    commonJs.unregister()
  }
}
