import type { Dataset } from '../../data/schema.ts'
import type { DatasetPath } from './dataset-error.ts'

/**
 * Editor's apparatus: phrases about the sources rather than the history. They belong in the margins
 * of the handout and the speaker script (date notes, missing footnotes), never in what is spoken.
 */
export const APPARATUS_PATTERNS: readonly RegExp[] = [
  /\bnotes? \d+\b/i,
  /\bfootnotes?\b/i,
  /\bibid\b/i,
  /\bmissing from (?:the|its|the essay's) list\b/i,
  /\bthe essay (?:gives|says|does not|doesn't|never|dates|calls|suggests)\b/i,
  /\bgives? no (?:date|day|month|year)\b/i,
  /\b(?:date|day|month) is (?:uncertain|unknown|derived|not given)\b/i,
]

/** The first apparatus phrase in a spoken text, if any. */
export function apparatusIn(text: string): string | undefined {
  for (const pattern of APPARATUS_PATTERNS) {
    const match = pattern.exec(text)
    if (match)
      return match[0]
  }
  return undefined
}

export interface SpokenText {
  readonly path: DatasetPath
  readonly text: string
}

/** Every text of the dataset that the speaker says aloud, with its place in the dataset. */
export function spokenTexts(dataset: Dataset): SpokenText[] {
  const { opening, closing } = dataset.framing
  const texts: SpokenText[] = [
    ...([
      'titleNote',
      'puzzleNote',
      'thesisNote',
      'timelineNote',
    ] as const).map(key => ({
      path: ['framing', 'opening', key],
      text: opening[key],
    })),
    {
      path: ['framing', 'closing', 'ledgerNote'],
      text: closing.ledgerNote,
    },
    { path: ['framing', 'closing', 'endNote'], text: closing.endNote },
    ...(['enemies', 'allies'] as const).map(side => ({ path: ['framing', 'opening', 'comparison', side, 'note'] as DatasetPath, text: opening.comparison[side].note })),
  ]
  dataset.episodes.forEach((episode, e) => {
    const at = (...rest: (string | number)[]): DatasetPath => ['episodes', e, ...rest]
    texts.push({
      path: at('opener'),
      text: episode.opener,
    }, {
      path: at('lesson', 'note'),
      text: episode.lesson.note,
    })
    episode.events.forEach((event, i) => texts.push({
      path: at('events', i, 'note'),
      text: event.note,
    }))
    episode.story.forEach((item, s) => {
      if (item.kind === 'quote') {
        item.voices.forEach((quote, v) => texts.push({
          path: at('story', s, 'voices', v, 'note'),
          text: quote.note,
        }))
      }
      else {
        texts.push({
          path: at('story', s, 'note'),
          text: item.note,
        })
      }
      if (item.kind === 'diagram') {
        texts.push({
          path: at('story', s, 'answerNote'),
          text: item.answerNote,
        })
      }
    })
  })
  return texts
}
