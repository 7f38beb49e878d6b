import type { DatasetPath, DatasetProblem } from './dataset-error.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PROJECT_ROOT } from '../files/project-root.ts'

export const MISSING_GLYPHS_ADVICE = 'a character none of the deck\'s fonts has is drawn in a system font where there is one, else as a blank box, on screen and in the PDFs: bundle a font that has it, e.g. @fontsource/noto-sans-kr for Hangul, imported in styles/index.ts and named in the font stacks of contract/room-rules.ts'

/** The code points the deck's fonts cover: the unicode-range of each @fontsource stylesheet that styles/index.ts imports. */
function bundledRanges(): [number, number][] {
  const styles = readFileSync(join(PROJECT_ROOT, 'styles', 'index.ts'), 'utf8')
  return [...styles.matchAll(/^import '(@fontsource\/.+\.css)'$/gm)].flatMap(([, css]) =>
    [...readFileSync(join(PROJECT_ROOT, 'node_modules', css!), 'utf8').matchAll(/U\+([\da-f]+)(?:-([\da-f]+))?/gi)]
      .map(([, from, to]): [number, number] => [Number.parseInt(from!, 16), Number.parseInt(to ?? from!, 16)]))
}

function* textsIn(node: unknown, path: DatasetPath): Generator<{ path: DatasetPath, text: string }> {
  if (typeof node === 'string') {
    yield { path, text: node }
  }
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node))
      yield* textsIn(value, [...path, Array.isArray(node) ? Number(key) : key])
  }
}

/** Each text of the dataset with characters that no font of the deck has (Hangul, Chinese): the browser draws them in a system font, if any. */
export function missingGlyphs(dataset: unknown): DatasetProblem[] {
  const ranges = bundledRanges()
  const covered = (char: string) => ranges.some(([from, to]) => char.codePointAt(0)! >= from && char.codePointAt(0)! <= to)
  return [...textsIn(dataset, [])].flatMap(({ path, text }) => {
    const missing = [...new Set(text)].filter(char => !covered(char))
    if (missing.length === 0)
      return []
    const more = missing.length > 20 ? ` and ${missing.length - 20} more` : ''
    // A lone combining mark (`o` + U+0306 for `ŏ`, as a Mac may write it) shows as nothing in a terminal: named by its code.
    const shown = missing.slice(0, 20).map(char => /\p{M}/u.test(char) ? ` U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} ` : char).join('').trim()
    const composed = [...text.normalize('NFC')].every(covered) ? '; in composed letters (Unicode NFC) the text needs none' : ''
    return [{ path, message: `none of the deck's fonts has ${shown}${more}${composed}` }]
  })
}
