import type { Dataset } from '../../data/schema.ts'
import type { Collector } from './problem-collector.ts'
import { apparatusIn } from './apparatus.ts'

/** Checks of what the handout sheet takes from the dataset; quote ids are unique so that a name finds one quotation. */
export function checkHandout({ report, known, checkSources, checkUnique }: Collector, dataset: Dataset): void {
  dataset.sources.forEach((source, s) => {
    if (source.status !== 'listed')
      return
    source.reading?.forEach((work, w) => {
      if (!source.text.includes(work))
        report(['sources', s, 'reading', w], `"${work}" is not part of the note's text: copy the work's citation as the note prints it`)
    })
  })
  dataset.episodes.forEach((episode, e) => {
    if (!episode.events.some(event => event.id === episode.turningPoint))
      report(['episodes', e, 'turningPoint'], `unknown event "${episode.turningPoint}" (the turning point is one of the episode's own events)`)
  })
  const voices = dataset.episodes.flatMap((episode, e) => episode.story.flatMap((item, s) =>
    item.kind === 'quote' ? item.voices.map(({ id }, v) => ({ id, path: ['episodes', e, 'story', s, 'voices', v] })) : []))
  checkUnique(voices.map(voice => voice.id), index => voices[index]!.path, 'quote id')
  const checkQuote = known('quote', voices.map(voice => voice.id))
  const { quotes, caveat } = dataset.framing.handout
  quotes.forEach((id, q) => checkQuote(['framing', 'handout', 'quotes', q], id))
  checkSources(['framing', 'handout', 'caveat', 'sources'], caveat.sources)
  const phrase = apparatusIn(caveat.text)
  if (phrase)
    report(['framing', 'handout', 'caveat', 'text'], `the sheet's caveat carries apparatus ("${phrase}"): say what the evidence is, and cite the note`)
}
