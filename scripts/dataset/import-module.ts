import { createJiti } from 'jiti'

/** Why a dataset module could not be loaded, in one line, with the line and column where known. */
export class ModuleLoadError extends Error {
  readonly file: string

  constructor(file: string, message: string) {
    super(message)
    this.file = file
    this.name = 'ModuleLoadError'
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The `line:column` of the first place `file` appears in an error's text (jiti's message or a stack frame). */
export function locationIn(text: string, file: string): string | undefined {
  const match = new RegExp(`${escapeRegExp(file)}:(\\d+):(\\d+)`).exec(text)
  return match
    ? `line ${match[1]}, column ${match[2]}`
    : undefined
}

/** jiti's "ParseError: Unexpected token\n <file>:2:0" -> "Unexpected token". */
function syntaxMessage(message: string): string | undefined {
  const match = /^(?:SyntaxError|ParseError): (.+)/.exec(message)
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

const jiti = createJiti(import.meta.url, { moduleCache: false })

/**
 * Imports a TypeScript module afresh on every call (an edited file and the files it imports are read
 * again), so a watcher can reload the dataset in one process. A syntax error or a module that throws
 * becomes a ModuleLoadError of one line.
 */
export async function importFresh(file: string): Promise<Record<string, unknown>> {
  try {
    return await jiti.import<Record<string, unknown>>(file)
  }
  catch (error) {
    throw new ModuleLoadError(file, describeLoadFailure(error, file))
  }
}
