import { existsSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, isAbsolute, relative, sep } from 'node:path'
import { createJiti } from 'jiti'
import { strayApostrophe } from './stray-apostrophe.ts'

export class ModuleLoadError extends Error {
  override name = 'ModuleLoadError'
}

/** Where a load failed: a file, and its line and column as the error gives them. */
interface Place { readonly file: string, readonly line: number, readonly column: number }

/**
 * Each `<file>:<line>:<column>` of an error's text (jiti's parse error, then the stack's frames, innermost first) that
 * names a file on disk. A frame reads `at /a/b.ts:3:7` or `at name (/a/b.ts:3:7)`, and a folder's name may hold brackets.
 */
function placesIn(text: string): Place[] {
  return text.split('\n').flatMap((line) => {
    const frame = line.trim().replace(/^at /, '').replace(/^async /, '')
    const match = /:(\d+):(\d+)\)?$/.exec(frame)
    if (!match)
      return []
    const where = frame.slice(0, match.index)
    const starts = [0, ...[...where.matchAll(/\(/g)].map(bracket => bracket.index + 1)]
    const file = starts.map(start => where.slice(start)).find(candidate => isAbsolute(candidate) && existsSync(candidate))
    return file ? [{ file, line: Number(match[1]), column: Number(match[2]) }] : []
  })
}

/** The innermost place in the dataset's own code (its file or a file it imports), not in a package it uses. */
function failedAt(error: unknown): Place | undefined {
  const text = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error)
  return placesIn(text).find(place => !place.file.split(sep).includes('node_modules'))
}

function readSource(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8')
  }
  catch {
    return undefined
  }
}

/**
 * The line and column of an import whose module is not found: jiti hoists its imports to the first line of the code it
 * runs, so the stack's place is line 1 of that code, not the line of the source that names the module.
 */
function importPlace(message: string, source: string | undefined): [line: number, column: number] | undefined {
  const specifier = /^Cannot find module '([^']+)'/.exec(message)?.[1]
  const lines = source?.split('\n') ?? []
  const line = specifier === undefined ? -1 : lines.findIndex(text => text.includes(`'${specifier}'`) || text.includes(`"${specifier}"`))
  if (line < 0)
    return undefined
  const column = Math.max(lines[line]!.indexOf(`'${specifier}'`), lines[line]!.indexOf(`"${specifier}"`))
  return [line + 1, column + 1]
}

/** Where the parser stopped, or, when an apostrophe ended a quoted text early, where the apostrophe is and how to write it. */
function describeSyntaxError(syntax: string, stopped: Place | undefined, source: string | undefined, inFile: string): string {
  if (!stopped)
    return `syntax error${inFile}: ${syntax}`
  inFile &&= `${inFile},`
  const { line, column } = stopped
  const apostrophe = strayApostrophe(source?.split('\n')[line - 1] ?? '')
  if (apostrophe) {
    const escaped = apostrophe.word.replace('\'', '\\\'')
    return `syntax error${inFile} at line ${line}, column ${apostrophe.index + 1}: the apostrophe in ${apostrophe.word} ends the quoted text early; write it as \\' (${escaped})`
  }
  // The parser counts columns from 0, editors from 1.
  return `syntax error${inFile} at line ${line}, column ${column + 1}: ${syntax}`
}

/**
 * Why a module failed to load, in one line; `source`, the module's text, lets a stray apostrophe be named. A failure in
 * a file the module imports (a helper, or one half of an import circle) names that file and its line, not the import.
 */
function describeLoadFailure(error: unknown, file: string, source?: string): string {
  const message = error instanceof Error ? error.message : String(error)
  const place = failedAt(error)
  const other = place && place.file !== file ? place.file : undefined
  const text = other ? readSource(other) : source
  const imported = other && `${relative(dirname(file), other)}, which it imports`
  // jiti's "ParseError: Unexpected token\n <file>:2:0" -> "Unexpected token".
  const syntax = /^(?:SyntaxError|ParseError): (.+)/.exec(message)?.[1]?.trim()
  if (syntax)
    return describeSyntaxError(syntax, place, text, imported ? ` in ${imported}` : '')
  const position = importPlace(message, text) ?? (place && [place.line, place.column])
  const where = position ? ` (line ${position[0]}, column ${position[1]})` : ''
  return `failed while loading${imported ? ` ${imported}` : ''}${where}: ${message.split('\n')[0]}`
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
