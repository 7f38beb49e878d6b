import { join } from 'node:path'
import { parseStrictArgs, UsageError } from '../cli/command.ts'
import { rehearsalsDirFor } from '../rehearsal/rehearsals-dir.ts'

export { UsageError }

export const ARTIFACTS = ['slides', 'handout', 'notes'] as const
export type Artifact = (typeof ARTIFACTS)[number]

export const PAPERS = ['a4', 'letter'] as const
export type Paper = (typeof PAPERS)[number]

export const PER_PAGE = [1, 2, 3, 4, 6] as const
export type PerPage = (typeof PER_PAGE)[number]

export interface ExportOptions {
  /** The dataset the deck is generated from. */
  readonly dataDir: string
  /** Where the PDFs (and PNGs) go. */
  readonly outDir: string
  /** Where the static deck is built and reused while its shape is unchanged; by default the dataset's own build folder. */
  readonly buildDir?: string
  readonly only: readonly Artifact[]
  /** Page size of the handout and the speaker script; the slides keep the deck's own size. */
  readonly paper: Paper
  readonly png: boolean
  /** Slides on each handout page. */
  readonly perPage: PerPage
  /** Ruled lines beside (or under) each slide on the handout, for the audience's notes. */
  readonly lines: boolean
  /** Rebuild the static deck even if its inputs are unchanged. */
  readonly rebuild: boolean
  /** The newest valid rehearsal here is printed beside the plan in the speaker script; by default the dataset's own (rehearsalsDirFor). */
  readonly rehearsalsDir: string
  /** Also the files for a venue PC without Node: a PDF with a page per click, a PowerPoint file, one HTML file. */
  readonly venue: boolean
}

export const DEFAULT_EXPORT_OPTIONS: Omit<ExportOptions, 'rehearsalsDir'> = {
  dataDir: 'data',
  outDir: 'exports',
  only: ARTIFACTS,
  paper: 'a4',
  png: false,
  perPage: 3,
  lines: false,
  rebuild: false,
  venue: false,
}

/** Every option: those given, the defaults for the rest, and the rehearsals of the dataset exported. */
export function exportSettings(options: Partial<ExportOptions>): ExportOptions {
  const settings = {
    ...DEFAULT_EXPORT_OPTIONS,
    ...options,
  }
  return {
    ...settings,
    rehearsalsDir: options.rehearsalsDir ?? rehearsalsDirFor(settings.dataDir),
  }
}

export const EXPORT_USAGE = `usage: npm run export -- [--only slides|handout|notes[,...]] [--paper a4|letter] [--per-page 1|2|3|4|6] [--lines] [--png] [--venue] [--out DIR] [--data DIR] [--rebuild]
  Builds the deck from the dataset (reusing a build of the same shape) and prints the slides, the
  handout and the speaker script to PDF with the system Chromium; nothing is replaced unless all succeed.
  --only LIST    slides, handout and/or notes (default: all three)
  --paper SIZE   a4 or letter, for the handout and the script (default: a4)
  --per-page N   slides on each handout page: 1, 2, 3, 4 or 6 (default: 3, beside their notes)
  --lines        ruled lines on the handout for the audience's notes
  --png          also one PNG per slide, in OUT/png
  --venue        also the files for a venue PC without Node or network: NAME-clicks.pdf (a page per
                 click of the timed slides), NAME.pptx (the timed slides with their notes as text)
                 and NAME.html (the whole deck in one file that runs from disk)
  --out DIR      where the files go (default: exports)
  --data DIR     the dataset folder (default: data)
  --rebuild      build the deck even if a build of the same shape is there`

function oneOf<T extends string>(allowed: readonly T[], value: string, option: string): T {
  const found = allowed.find(item => item === value.toLowerCase())
  if (!found)
    throw new UsageError(`--${option}: unknown value "${value}" (expected ${allowed.join(', ')})`)
  return found
}

/** Parses the export command line; `--only` may repeat or take a comma-separated list. */
export function parseExportArgs(argv: readonly string[]): ExportOptions {
  const values = parseStrictArgs({
    'only': { type: 'string', multiple: true },
    'paper': { type: 'string' },
    'png': { type: 'boolean' },
    'per-page': { type: 'string' },
    'lines': { type: 'boolean' },
    'out': { type: 'string' },
    'data': { type: 'string' },
    'rebuild': { type: 'boolean' },
    'venue': { type: 'boolean' },
  }, argv)
  const requested = (values.only ?? [])
    .flatMap(value => value.split(','))
    .map(value => value.trim())
    .filter(Boolean)
    .map(value => oneOf(ARTIFACTS, value, 'only'))
  return exportSettings({
    only: requested.length > 0
      ? ARTIFACTS.filter(artifact => requested.includes(artifact))
      : ARTIFACTS,
    paper: values.paper === undefined
      ? DEFAULT_EXPORT_OPTIONS.paper
      : oneOf(PAPERS, values.paper, 'paper'),
    png: values.png ?? false,
    perPage: values['per-page'] === undefined
      ? DEFAULT_EXPORT_OPTIONS.perPage
      : Number(oneOf(PER_PAGE.map(String), values['per-page'], 'per-page')) as PerPage,
    lines: values.lines ?? false,
    rebuild: values.rebuild ?? false,
    venue: values.venue ?? false,
    outDir: values.out ?? DEFAULT_EXPORT_OPTIONS.outDir,
    dataDir: values.data ?? DEFAULT_EXPORT_OPTIONS.dataDir,
  })
}

/** `North Korean Foreign Relations` -> `north-korean-foreign-relations` */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replaceAll(/[\u0300-\u036F]/g, '')
    .toLowerCase()
    .replaceAll(/[^a-z0-9]+/g, '-')
    .replaceAll(/^-+|-+$/g, '')
  return slug || 'deck'
}

export interface ExportFileNames {
  readonly slides: string
  readonly handout: string
  readonly notes: string
  readonly clicks: string
  readonly pptx: string
  readonly html: string
  readonly png: (slide: number, total: number) => string
  /** Which version of the talk each file in the folder was made from (scripts/export/stale-exports.ts). */
  readonly record: string
}

export function exportFileNames(outDir: string, talkTitle: string): ExportFileNames {
  const base = slugify(talkTitle)
  return {
    slides: join(outDir, `${base}-slides.pdf`),
    handout: join(outDir, `${base}-handout.pdf`),
    notes: join(outDir, `${base}-speaker-notes.pdf`),
    clicks: join(outDir, `${base}-clicks.pdf`),
    pptx: join(outDir, `${base}.pptx`),
    html: join(outDir, `${base}.html`),
    png: (slide, total) => join(outDir, 'png', `${base}-slide-${String(slide).padStart(String(total).length, '0')}.png`),
    record: join(outDir, `.${base}.exported.json`),
  }
}
