const WORD_END = /[\p{L}\p{N}]+$/u
const WORD_START = /^[\p{L}\p{N}]+/u
/** What may follow a closed text, after a space, in valid code: `'a' in b`, `'a' as const`. */
const WORD_AFTER_TEXT = /^ +(?!(?:in|as|satisfies|instanceof)\b)[\p{L}\p{N}]/u

/**
 * The first apostrophe on a TypeScript line that ends a single-quoted text before a word (`'Kim's plan'`,
 * `'the Soviets' aid'`): its index, counted from 0, and the word it belongs to (`Kim's`).
 */
export function strayApostrophe(line: string): { index: number, word: string } | undefined {
  let quote: string | undefined
  let start = 0
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!
    if (quote === undefined) {
      if (char === '/' && line[index + 1] === '/')
        return undefined
      if (char === '\'' || char === '"' || char === '`') {
        quote = char
        start = index + 1
      }
      continue
    }
    if (char === '\\') {
      index++
      continue
    }
    if (char !== quote)
      continue
    quote = undefined
    const rest = line.slice(index + 1)
    if (char === '\'' && (WORD_START.test(rest) || WORD_AFTER_TEXT.test(rest))) {
      const before = WORD_END.exec(line.slice(start, index))?.[0] ?? ''
      const after = WORD_START.exec(rest)?.[0] ?? ''
      return { index, word: `${before}'${after}` }
    }
  }
  return undefined
}
