import { readFileSync } from 'node:fs'
import { createJiti } from 'jiti'
import { strayApostrophe } from './stray-apostrophe.ts'

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

interface Position {
  readonly line: number
  readonly column: number
}

/** The `file:line:column` of the first place `file` appears in an error's text (jiti's message or a stack frame). */
function positionIn(text: string, file: string): Position | undefined {
  const match = new RegExp(`${escapeRegExp(file)}:(\\d+):(\\d+)`).exec(text)
  return match
    ? {
        line: Number(match[1]),
        column: Number(match[2]),
      }
    : undefined
}

function where({ line, column }: Position): string {
  return `line ${line}, column ${column}`
}

/** jiti's "ParseError: Unexpected token\n <file>:2:0" -> "Unexpected token". */
function syntaxMessage(message: string): string | undefined {
  const match = /^(?:SyntaxError|ParseError): (.+)/.exec(message)
  return match?.[1]?.trim()
}

/** Where the parser stopped, or, when an apostrophe ended a quoted text early, where the apostrophe is and how to write it. */
function describeSyntaxError(syntax: string, message: string, file: string, source: string | undefined): string {
  const stopped = positionIn(message, file)
  if (!stopped)
    return `syntax error: ${syntax}`
  const apostrophe = strayApostrophe(source?.split('\n')[stopped.line - 1] ?? '')
  if (apostrophe) {
    const escaped = apostrophe.word.replace('\'', '\\\'')
    return `syntax error at ${where({ line: stopped.line, column: apostrophe.index + 1 })}: the apostrophe in ${apostrophe.word} ends the quoted text early; write it as \\' (${escaped})`
  }
  // The parser counts columns from 0, editors from 1.
  return `syntax error at ${where({ line: stopped.line, column: stopped.column + 1 })}: ${syntax}`
}

/** Why a module failed to load, in one line; `source`, the module's text, lets a stray apostrophe be named. */
export function describeLoadFailure(error: unknown, file: string, source?: string): string {
  const message = error instanceof Error
    ? error.message
    : String(error)
  const stack = error instanceof Error
    ? error.stack ?? ''
    : ''
  const syntax = syntaxMessage(message)
  if (syntax)
    return describeSyntaxError(syntax, message, file, source)
  const position = positionIn(stack, file) ?? positionIn(message, file)
  const firstLine = message.split('\n')[0] ?? message
  return `failed while loading${position
    ? ` (${where(position)})`
    : ''}: ${firstLine}`
}

function readIfThere(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8')
  }
  catch {
    return undefined
  }
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
    throw new ModuleLoadError(file, describeLoadFailure(error, file, readIfThere(file)))
  }
}
