import type { Dataset } from '../../data/schema.ts'
import type { DatasetIssue, DatasetPath, DatasetProblem } from './dataset-error.ts'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { isAbsolute, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { datasetSchema } from '../../data/schema.ts'
import { DatasetError, formatIssue } from './dataset-error.ts'
import { findDatasetProblems } from './dataset-problems.ts'
import { MISSING_GLYPHS_ADVICE, missingGlyphs } from './font-coverage.ts'
import { importFresh, ModuleLoadError } from './import-module.ts'
import { schemaMessage, schemaProblems } from './schema-messages.ts'

/** The dataset's modules besides the episodes, one file each, e.g. `data/actors.ts`. */
export const DATASET_MODULES = ['talk', 'actors', 'people', 'places', 'sources', 'timeline', 'framing'] as const
type Module = (typeof DATASET_MODULES)[number]

/** Which file each part of the dataset came from, so an error can name it. */
export type DatasetFiles = Readonly<Record<Module, string>> & { readonly episodes: readonly string[] }

function fileOf([part, index]: DatasetPath, files: DatasetFiles): string {
  if (part === 'episodes')
    return typeof index === 'number' ? files.episodes[index] ?? 'episodes' : files.episodes.join(', ')
  return DATASET_MODULES.includes(part as Module) ? files[part as Module] : '(dataset)'
}

function isRecord(value: unknown): value is Record<string | number, unknown> {
  return value !== null && typeof value === 'object'
}

/** Names each step of the path, adding the record's id where it has one. */
export function describePath(path: DatasetPath, raw: unknown): string {
  let text = ''
  let node: unknown = raw
  for (const step of path) {
    node = isRecord(node) ? node[step] : undefined
    const id = isRecord(node) && typeof node.id === 'string' ? ` (${node.id})` : ''
    text += typeof step === 'number' ? `[${step}]${id}` : `${text && ' › '}${step}${id}`
  }
  return text || '(root)'
}

function toIssues(problems: readonly DatasetProblem[], raw: unknown, files: DatasetFiles): DatasetIssue[] {
  return problems.map(problem => ({ ...problem, file: fileOf(problem.path, files), record: describePath(problem.path, raw) }))
}

/** Validates raw data against the schema, then its cross-references; throws a DatasetError listing every problem. */
export function validateDataset(raw: unknown, files: DatasetFiles): Dataset {
  const parsed = datasetSchema.safeParse(raw, { error: schemaMessage })
  if (!parsed.success)
    throw new DatasetError(toIssues(schemaProblems(parsed.error), raw, files))
  const problems = findDatasetProblems(parsed.data)
  if (problems.length > 0)
    throw new DatasetError(toIssues(problems, raw, files))
  return parsed.data
}

/** A file as an error message should name it: relative to where the command runs. */
function displayPath(file: string): string {
  const shown = relative(process.cwd(), file)
  return shown === '' || (isAbsolute(file) && shown.startsWith('..')) ? file : shown
}

function fileProblem(file: string, message: string): DatasetError {
  return new DatasetError([{ file, record: '(file)', path: [], message }])
}

async function importDefault(file: string): Promise<unknown> {
  const shown = displayPath(file)
  if (!existsSync(file))
    throw fileProblem(shown, 'file not found')
  const module = await importFresh(file).catch((error: unknown) => {
    throw error instanceof ModuleLoadError ? fileProblem(shown, error.message) : error
  })
  if (module.default === undefined)
    throw fileProblem(shown, 'has no default export')
  return module.default
}

/** A `--data` that names no folder, as the dataset's problem: commands ask before they load anything heavy. */
export function assertDatasetFolder(root: string): void {
  if (!existsSync(root) || !statSync(root).isDirectory())
    throw fileProblem(displayPath(root), 'no such dataset folder: pass --data a folder laid out like data/')
}

function episodeFilesOf(root: string): string[] {
  assertDatasetFolder(root)
  const dir = join(root, 'episodes')
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw fileProblem(displayPath(dir), 'missing: a dataset needs an episodes/ folder with one .ts file per episode')
  // Hidden files are an editor's or a file system's, not episodes: Emacs's lock `.#01-x.ts`, a Mac's `._01-x.ts` on a USB stick.
  const names = readdirSync(dir).filter(name => !name.startsWith('.'))
  // A script in another form would drop its episode without a word; an editor's backup (`01-x.ts~`) is no script.
  const other = names.find(name => /\.[cm]?[jt]sx?$/i.test(name) && !name.endsWith('.ts'))
  if (other)
    throw fileProblem(displayPath(join(dir, other)), `not read: an episode is a .ts file (${other.replace(/\.[^.]+$/, '.ts')})`)
  const files = names.filter(name => name.endsWith('.ts')).sort().map(name => join(dir, name))
  if (files.length === 0)
    throw fileProblem(displayPath(dir), 'holds no episode: add one, e.g. by copying an episode file from data/episodes/')
  return files
}

/** Reads a dataset directory laid out like `data/`; nothing is validated yet. */
export async function readDatasetModules(dir: string): Promise<{ raw: Record<string, unknown>, files: DatasetFiles }> {
  const root = resolve(dir)
  const episodeFiles = episodeFilesOf(root)
  const part = (name: string) => join(root, `${name}.ts`)
  const files = {
    ...Object.fromEntries(DATASET_MODULES.map(name => [name, displayPath(part(name))])) as Record<Module, string>,
    episodes: episodeFiles.map(displayPath),
  }
  const raw: Record<string, unknown> = {}
  for (const name of DATASET_MODULES)
    raw[name] = await importDefault(part(name))
  raw.episodes = await Promise.all(episodeFiles.map(importDefault))
  return { raw, files }
}

/** A valid dataset, and warnings of what it may not print as meant, one line each: `file: record › field: problem`. */
export async function loadDataset(dir: string): Promise<{ dataset: Dataset, files: DatasetFiles, warnings: string[] }> {
  const { raw, files } = await readDatasetModules(dir)
  const dataset = validateDataset(raw, files)
  const glyphs = toIssues(missingGlyphs(dataset), raw, files).map(issue => formatIssue(issue).trim())
  return { dataset, files, warnings: glyphs.length > 0 ? [...glyphs, MISSING_GLYPHS_ADVICE] : [] }
}
