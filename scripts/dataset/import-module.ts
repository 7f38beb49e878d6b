import { readFile } from 'node:fs/promises'
import { createJiti } from 'jiti'
import { strayApostrophe } from './stray-apostrophe.ts'

export class ModuleLoadError extends Error {
  override name = 'ModuleLoadError'
}

/** The line and column of the first place `file` appears in an error's text (jiti's message or a stack frame). */
function positionIn(text: string, file: string): [line: number, column: number] | undefined {
  const match = new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:(\\d+):(\\d+)`).exec(text)
  return match ? [Number(match[1]), Number(match[2])] : undefined
}

/** Where the parser stopped, or, when an apostrophe ended a quoted text early, where the apostrophe is and how to write it. */
function describeSyntaxError(syntax: string, message: string, file: string, source: string | undefined): string {
  const stopped = positionIn(message, file)
  if (!stopped)
    return `syntax error: ${syntax}`
  const [line, column] = stopped
  const apostrophe = strayApostrophe(source?.split('\n')[line - 1] ?? '')
  if (apostrophe) {
    const escaped = apostrophe.word.replace('\'', '\\\'')
    return `syntax error at line ${line}, column ${apostrophe.index + 1}: the apostrophe in ${apostrophe.word} ends the quoted text early; write it as \\' (${escaped})`
  }
  // The parser counts columns from 0, editors from 1.
  return `syntax error at line ${line}, column ${column + 1}: ${syntax}`
}

/** Why a module failed to load, in one line; `source`, the module's text, lets a stray apostrophe be named. */
function describeLoadFailure(error: unknown, file: string, source?: string): string {
  const message = error instanceof Error ? error.message : String(error)
  // jiti's "ParseError: Unexpected token\n <file>:2:0" -> "Unexpected token".
  const syntax = /^(?:SyntaxError|ParseError): (.+)/.exec(message)?.[1]?.trim()
  if (syntax)
    return describeSyntaxError(syntax, message, file, source)
  const position = positionIn(error instanceof Error ? error.stack ?? '' : '', file) ?? positionIn(message, file)
  const where = position ? ` (line ${position[0]}, column ${position[1]})` : ''
  return `failed while loading${where}: ${message.split('\n')[0]}`
}

// Without jiti's default interop, whose `default` of a module with none is the module itself: a file that exports only
// `export const episode = {…}` is named as having no default export, not read as an episode of the field `episode`.
const jiti = createJiti(import.meta.url, { moduleCache: false, interopDefault: false })

/** Imports a module afresh each call (its imports too), so a watcher can reload the dataset; a failure is a one-line ModuleLoadError. */
export async function importFresh(file: string): Promise<Record<string, unknown>> {
  return jiti.import<Record<string, unknown>>(file).catch(async (error: unknown) => {
    const source = await readFile(file, 'utf8').catch(() => undefined)
    throw new ModuleLoadError(describeLoadFailure(error, file, source))
  })
}
