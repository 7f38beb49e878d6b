import type { Dataset } from '../../data/schema.ts'
import type { DatasetPath } from './dataset-error.ts'

/** Editor's apparatus: phrases about the sources, not the history, for the margins of handout and script, never spoken. */
const APPARATUS_PATTERNS: readonly RegExp[] = [
  /\bnotes? \d+\b/i,
  /\bfootnotes?\b/i,
  /\bibid\b/i,
  /\bmissing from (?:the|its|the essay's) list\b/i,
  /\bthe essay (?:gives|says|does not|doesn't|never|dates|calls|suggests)\b/i,
  /\bgives? no (?:date|day|month|year)\b/i,
  /\b(?:date|day|month) is (?:uncertain|unknown|derived|not given)\b/i,
]

export function apparatusIn(text: string): string | undefined {
  return APPARATUS_PATTERNS.map(pattern => pattern.exec(text)?.[0]).find(phrase => phrase !== undefined)
}

/** An editor's mark in a quotation, `[...]` or `[North]`: right in print, but it cannot be said aloud. */
export function editorialBracketIn(text: string): string | undefined {
  return /\[(?:\.{3}|…)\]/.exec(text)?.[0] ?? /“[^”[]*(\[[^\]]*\])/.exec(text)?.[1]
}

interface SpokenText { readonly path: DatasetPath, readonly text: string }

export function spokenTexts(dataset: Dataset): SpokenText[] {
  const { opening, closing } = dataset.framing
  const framing = (text: string, ...path: string[]) => ({ path: ['framing', ...path], text })
  const openingNotes = ['titleNote', 'puzzleNote', 'thesisNote', 'timelineNote'] as const
  const texts: SpokenText[] = [
    ...openingNotes.map(key => framing(opening[key], 'opening', key)),
    ...(['ledgerNote', 'endNote'] as const).map(key => framing(closing[key], 'closing', key)),
    ...(['enemies', 'allies'] as const).map(side =>
      framing(opening.comparison[side].note, 'opening', 'comparison', side, 'note')),
  ]
  dataset.episodes.forEach((episode, e) => {
    const add = (text: string, ...rest: (string | number)[]) => texts.push({ path: ['episodes', e, ...rest], text })
    add(episode.opener, 'opener')
    add(episode.lesson.note, 'lesson', 'note')
    episode.events.forEach((event, i) => add(event.note, 'events', i, 'note'))
    episode.story.forEach((item, s) => {
      if (item.kind === 'quote')
        item.voices.forEach((quote, v) => add(quote.note, 'story', s, 'voices', v, 'note'))
      else
        add(item.note, 'story', s, 'note')
      if (item.kind === 'diagram')
        add(item.answerNote, 'story', s, 'answerNote')
    })
  })
  return texts
}
