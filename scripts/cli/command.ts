import type { ParseArgsConfig } from 'node:util'
import { resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { ChromiumNotFoundError } from '../browser/find-chromium.ts'
import { DatasetError, formatIssue } from '../dataset/dataset-error.ts'
import { PROJECT_ROOT } from '../files/project-root.ts'
import { OutputDirError } from '../files/writable-dir.ts'
import { handleInterrupts, interruption } from './interrupt.ts'

type Options = NonNullable<ParseArgsConfig['options']>

export interface CommandSpec<O extends Options> {
  /** As the user types it: `generate`, `export`. */
  readonly name: string
  /** The usage line, then one line per option. */
  readonly help: string
  readonly options: O
}

/** A command line the command cannot run: the message, then the usage. */
export class UsageError extends Error {
  override name = 'UsageError'
}

/** `--port`'s value as a number: 0 to 65535, where 0 takes any free port. */
export function parsePort(text: string): number {
  const port = Number(text)
  if (!/^\d+$/.test(text) || port > 65535)
    throw new UsageError(`--port ${text}: not a port number (0 to 65535; 0 takes any free one)`)
  return port
}

/** The port another program holds, as a command line to fix. */
export function portInUse(port: number): UsageError {
  return new UsageError(`--port ${port}: in use by another program; pass another port (0 takes any free one)`)
}

/** A path as a shell reads it back: as it is when it holds nothing a shell splits or expands, else in single quotes. */
export function shellWord(path: string): string {
  return /^[\w./@%+=:,-]+$/.test(path) ? path : `'${path.replaceAll('\'', '\'\\\'\'')}'`
}

/** The folder the user typed the command in: npm runs every script from the project's folder and keeps this one in INIT_CWD. */
const USER_FOLDER = process.env.INIT_CWD || process.cwd()
const PATH_OPTIONS = new Set(['data', 'out', 'dist', 'dir'])

function parseLine<O extends Options>(options: O, argv: readonly string[]) {
  try {
    const help = { type: 'boolean', short: 'h' } as const
    const { values, tokens } = parseArgs({ args: [...argv], strict: true, allowPositionals: false, tokens: true, options: { ...options, help } })
    const given = new Set<string>()
    for (const token of tokens) {
      // parseArgs keeps the last of two: a script that appends `--out B` to the user's `--out A` would win unseen.
      if (token.kind === 'option' && given.has(token.name) && !options[token.name]?.multiple)
        throw new Error(`--${token.name} is given twice: give it once`)
      if (token.kind === 'option')
        given.add(token.name)
      if (token.kind === 'option' && PATH_OPTIONS.has(token.name) && token.value)
        Object.assign(values, { [token.name]: resolve(USER_FOLDER, token.value) })
    }
    return values
  }
  catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0] ?? String(error))
  }
}

/**
 * Parses strictly, as every command does: no positionals, `--help`/`-h` added; a bad line is a UsageError. An empty
 * value (`--out "$FOLDER"` with the variable unset) is one too: as a path it would name the working folder.
 * A path given (`--data`, `--out`, `--dist`, `--dir`) is read from the user's folder; a default names the project's.
 */
export function parseStrictArgs<O extends Options>(options: O, argv: readonly string[]) {
  process.chdir(PROJECT_ROOT)
  const values = parseLine(options, argv)
  const empty = Object.entries(values).find(([, value]) => value === '')
  if (empty)
    throw new UsageError(`--${empty[0]} is empty: give it a value`)
  return values
}

/** One or two plain lines for any failure: what went wrong and what fixes it; never a stack trace. */
export function describeFailure(name: string, help: string, error: unknown): string {
  const signal = interruption()
  if (signal)
    return `${name}: interrupted (${signal}); nothing was written.`
  if (error instanceof UsageError)
    return `${name}: ${error.message}\n${help.split('\n')[0]}`
  if (error instanceof DatasetError) {
    const count = error.issues.length === 1 ? 'a problem' : `${error.issues.length} problems`
    return `${error.issues.map(issue => formatIssue(issue).trim()).join('\n')}\n${name}: the dataset has ${count}; nothing was written.`
  }
  if (error instanceof ChromiumNotFoundError || error instanceof OutputDirError)
    return `${name}: ${error.message}`
  const message = error instanceof Error ? error.message : String(error)
  return `${name} failed: ${message.split('\n')[0]}\n${name}: nothing was written (set DEBUG=1 to see the stack).`
}

/** Runs the body with the command line's values (`--help` prints the help, exit 0); any failure is its plain message, exit 1. */
export async function runCommand<O extends Options>(spec: CommandSpec<O>, body: (values: ReturnType<typeof parseStrictArgs<O>>) => Promise<void>) {
  handleInterrupts()
  try {
    const values = parseStrictArgs(spec.options, process.argv.slice(2))
    if ((values as { help?: boolean }).help) {
      console.log(spec.help)
      process.exit(0)
    }
    await body(values)
  }
  catch (error) {
    console.error(describeFailure(spec.name, spec.help, error))
    if (process.env.DEBUG && error instanceof Error)
      console.error(error.stack)
    process.exit(process.exitCode || 1)
  }
}
