const WORD_END = /[\p{L}\p{N}]+$/u
const WORD_START = /^[\p{L}\p{N}]+/u
/** What may follow a closed text, after a space, in valid code: `'a' in b`, `'a' as const`. */
const WORD_AFTER_TEXT = /^ +(?!(?:in|as|satisfies|instanceof)\b)[\p{L}\p{N}]/u
/** A field's name after a closed text: `{ label: 'War' event: 'x' }` lacks a comma; its closing quote is no apostrophe. */
const FIELD_AFTER_TEXT = /^ +[\p{L}_$][\p{L}\p{N}_$]*\s*:/u
/** A line comment, a closed single-quoted text (its inside captured), or any other quoted text, an unclosed one to the line's end. */
const TOKENS = /\/\/.*|'((?:[^'\\]|\\.)*)'|'.*|"(?:[^"\\]|\\.)*"?|`(?:[^`\\]|\\.)*`?/g

/** Whether a line, or the rest of one, leaves a single-quoted text open. */
function leavesQuoteOpen(text: string): boolean {
  return [...text.matchAll(TOKENS)].some(token => token[0].startsWith('\'') && token[1] === undefined)
}

/** A field after the text, and no quote left open after it: `'Soviet advisers' report: ready'` is a plural's apostrophe. */
function missingComma(rest: string): boolean {
  return FIELD_AFTER_TEXT.test(rest) && !leavesQuoteOpen(rest)
}

/**
 * The first apostrophe on a TypeScript line that ends a single-quoted text before a word (`'Kim's plan'`,
 * `'the Soviets' aid'`): its index, counted from 0, and the word it belongs to (`Kim's`).
 */
export function strayApostrophe(line: string): { index: number, word: string } | undefined {
  for (const token of line.matchAll(TOKENS)) {
    const end = token.index + token[0].length
    const rest = line.slice(end)
    if (token[1] !== undefined && (WORD_START.test(rest) || (WORD_AFTER_TEXT.test(rest) && !missingComma(rest))))
      return { index: end - 1, word: `${WORD_END.exec(token[1])?.[0] ?? ''}'${WORD_START.exec(rest)?.[0] ?? ''}` }
  }
  return undefined
}
