import { join } from 'node:path'
import { parseStrictArgs, UsageError } from '../cli/command.ts'
import { rehearsalsDirFor } from '../rehearsal/rehearsals-dir.ts'

/** What the export can print: the slides, the one-sheet handout, the detailed (slide-by-slide) handout and the speaker script. */
export const ARTIFACTS = ['slides', 'handout', 'handout-detailed', 'notes'] as const
export type Artifact = (typeof ARTIFACTS)[number]

export const PAPERS = ['a4', 'letter'] as const
export type Paper = (typeof PAPERS)[number]
export const PAPER_NAMES: Record<Paper, string> = { a4: 'A4', letter: 'US Letter' }

export const PER_PAGE = [1, 2, 3, 4, 6] as const
export type PerPage = (typeof PER_PAGE)[number]

const DEFAULT_EXPORT_OPTIONS = {
  dataDir: 'data',
  outDir: 'exports',
  /** What a plain `npm run export` prints: the detailed handout is for those who ask for it. */
  only: ['slides', 'handout', 'notes'] as readonly Artifact[],
  /** Page size of the handout and the speaker script; the slides keep the deck's own size. */
  paper: 'a4' as Paper,
  png: false,
  /** Slides on each page of the detailed handout; `lines`: ruled lines beside (or under) each, for the audience's notes. */
  perPage: 3 as PerPage,
  lines: false,
  rebuild: false,
  venue: false,
}

export type ExportOptions = Readonly<typeof DEFAULT_EXPORT_OPTIONS & {
  /** Where the static deck is built and reused while its shape is unchanged; by default the dataset's own build folder. */
  buildDir?: string
  /** The newest valid rehearsal here is printed beside the plan in the speaker script; by default the dataset's own (rehearsalsDirFor). */
  rehearsalsDir: string
}>

export function exportSettings(options: Partial<ExportOptions>): ExportOptions {
  const settings = { ...DEFAULT_EXPORT_OPTIONS, ...options }
  return { ...settings, rehearsalsDir: options.rehearsalsDir ?? rehearsalsDirFor(settings.dataDir) }
}

export const EXPORT_USAGE = `usage: npm run export -- [--only slides|handout|handout-detailed|notes[,...]] [--paper a4|letter] [--per-page 1|2|3|4|6] [--lines] [--png] [--venue] [--out DIR] [--data DIR] [--rebuild]
  Builds the deck from the dataset (reusing a build of the same inputs) and prints the slides, the
  handout and the speaker script to PDF with the system Chromium; nothing is replaced unless all succeed.
  --only LIST    slides, handout, handout-detailed and/or notes (default: slides, handout, notes)
                 handout: NAME-handout.pdf, one sheet printed both sides: the argument, the timeline,
                   the map and the ledger; who decided in each episode, the quotations, further reading
                 handout-detailed: NAME-handout-detailed.pdf, the slides with the detail each leaves
                   out, the notes on dates and sources and the sources at the end
  --paper SIZE   a4 or letter, for the handouts and the script (default: a4)
  --per-page N   slides on each page of the detailed handout: 1, 2, 3, 4 or 6 (default: 3, beside
                 their text); given without --only, it adds the detailed handout to the default files
  --lines        ruled lines on the detailed handout for the audience's notes (adds it likewise)
  --png          also one PNG per slide, in OUT/png
  --venue        also the files for a venue PC without Node or network: NAME-clicks.pdf (a page per
                 click of the timed slides), NAME.pptx (a picture per click of every slide, backup
                 slides last, each click's words in its notes) and NAME.html (the whole deck in one
                 file that runs from disk)
  --out DIR      where the files go (default: exports)
  --data DIR     the dataset folder (default: data)
  --rebuild      build the deck even if a build of the same inputs is there`

function oneOf<T extends string>(allowed: readonly T[], value: string, option: string): T {
  const found = allowed.find(item => item === value.toLowerCase())
  if (!found)
    throw new UsageError(`--${option}: unknown value "${value}" (expected ${allowed.join(', ')})`)
  return found
}

/** `--only`'s files, else the defaults; `--per-page` and `--lines` add the detailed handout to the defaults, and need it in an `--only`. */
function wantedArtifacts(requested: readonly Artifact[], shapesDetailed: boolean): readonly Artifact[] {
  if (requested.length === 0)
    return shapesDetailed ? ARTIFACTS : DEFAULT_EXPORT_OPTIONS.only
  if (shapesDetailed && !requested.includes('handout-detailed'))
    throw new UsageError('--per-page and --lines shape the detailed handout: add handout-detailed to --only')
  return ARTIFACTS.filter(artifact => requested.includes(artifact))
}

/** Parses the export command line; `--only` may repeat or take a comma-separated list. */
export function parseExportArgs(argv: readonly string[]): ExportOptions {
  const flag = { type: 'boolean', default: false } as const
  const values = parseStrictArgs({
    'only': { type: 'string', multiple: true, default: [] },
    'paper': { type: 'string', default: DEFAULT_EXPORT_OPTIONS.paper },
    'per-page': { type: 'string' },
    'out': { type: 'string', default: DEFAULT_EXPORT_OPTIONS.outDir },
    'data': { type: 'string', default: DEFAULT_EXPORT_OPTIONS.dataDir },
    'png': flag,
    'lines': flag,
    'rebuild': flag,
    'venue': flag,
  }, argv)
  const { png, lines, rebuild, venue, 'per-page': perPage } = values
  const listed = values.only.flatMap(value => value.split(',')).map(value => value.trim()).filter(Boolean)
  if (values.only.length > 0 && listed.length === 0)
    throw new UsageError(`--only: names no file (expected ${ARTIFACTS.join(', ')})`)
  const only = wantedArtifacts(listed.map(value => oneOf(ARTIFACTS, value, 'only')), perPage !== undefined || lines)
  const paper = oneOf(PAPERS, values.paper, 'paper')
  const pages = perPage === undefined ? DEFAULT_EXPORT_OPTIONS.perPage : Number(oneOf(PER_PAGE.map(String), perPage, 'per-page')) as PerPage
  return exportSettings({ only, paper, png, perPage: pages, lines, rebuild, venue, outDir: values.out, dataDir: values.data })
}

/** A slug's length at most, cut at a word: a file name has room for it and the longest suffix, `-handout-detailed.pdf`. */
const SLUG_LENGTH = 60

/**
 * `North Korean Foreign Relations` -> `north-korean-foreign-relations`; `fallback` (the talk's id) for a text with no Latin letter,
 * which would make a name of digits or none, the same for two such talks.
 */
export function slugify(text: string, fallback: string): string {
  const plain = text.normalize('NFKD').replaceAll(/[\u0300-\u036F]/g, '').toLowerCase()
  const slug = plain.replaceAll(/[^a-z0-9]+/g, '-').replaceAll(/^-+|-+$/g, '')
  const named = /[a-z]/.test(slug) ? slug : fallback
  if (named.length <= SLUG_LENGTH)
    return named
  const word = named.lastIndexOf('-', SLUG_LENGTH)
  return named.slice(0, word > 0 ? word : SLUG_LENGTH)
}

export type ExportFileNames = ReturnType<typeof exportFileNames>

/** The export's file paths, named after the talk's title; `handout` is the one-sheet one, `record` the folder's record of which talk made each file (stale-exports.ts). */
export function exportFileNames(outDir: string, talk: { readonly id: string, readonly title: string }) {
  const base = slugify(talk.title, talk.id)
  return {
    slides: join(outDir, `${base}-slides.pdf`),
    handout: join(outDir, `${base}-handout.pdf`),
    handoutDetailed: join(outDir, `${base}-handout-detailed.pdf`),
    notes: join(outDir, `${base}-speaker-notes.pdf`),
    clicks: join(outDir, `${base}-clicks.pdf`),
    pptx: join(outDir, `${base}.pptx`),
    html: join(outDir, `${base}.html`),
    png: (slide: number, total: number) => join(outDir, 'png', `${base}-slide-${String(slide).padStart(String(total).length, '0')}.png`),
    record: join(outDir, '.exported.json'),
  }
}
