import type { Citation, EventView, SlideView } from '../../deck/slide-views.ts'

export interface KeyPoints {
  readonly points: readonly string[]
  /** Every citation behind the slide, once each, in order of first use. */
  readonly citations: readonly Citation[]
}

function uniqueCitations(lists: readonly (readonly Citation[])[]): Citation[] {
  const seen = new Map<string, Citation>()
  for (const citation of lists.flat()) {
    if (!seen.has(citation.id))
      seen.set(citation.id, citation)
  }
  return [
    ...seen.values(),
  ]
}

function eventPoint(event: EventView): string {
  const to = event.to.map(actor => actor.name).join(' and ')
  return `${event.step}. ${event.date}, ${event.from.name} to ${to}: ${event.label}. ${event.detail}`
}

/**
 * What the audience should take away from a slide, in plain sentences, with the citations behind it.
 * Sources slides give nothing here: the handout ends with the full list instead.
 */
export function keyPoints(view: SlideView): KeyPoints {
  switch (view.kind) {
    case 'title':
      return {
        points: [view.subtitle, `${view.speaker}, ${view.affiliation}`, `${view.venue}, ${view.date}`],
        citations: [],
      }
    case 'puzzle':
      return {
        points: [...view.puzzle, `Thesis: ${view.thesis}`],
        citations: [],
      }
    case 'roadmap':
      return {
        points: view.episodes.map(episode => `${episode.number}. ${episode.title} (${episode.period}): ${episode.question}`),
        citations: [],
      }
    case 'episode-cover':
      return {
        points: [`${view.episode.period}: ${view.episode.question}`, `Actors: ${view.actors.map(actor => `${actor.name} (${actor.label})`).join(', ')}`],
        citations: [],
      }
    case 'timeline':
      return {
        points: view.events.map(eventPoint),
        citations: uniqueCitations(view.events.map(event => event.citations)),
      }
    case 'flow':
      return {
        points: [
          view.description,
          ...view.steps.map(step => `${step.step}. ${step.date}: ${step.label}`),
        ],
        citations: uniqueCitations(view.steps.map(step => step.citations)),
      }
    case 'quote':
      return {
        points: [`“${view.text}”`, `${view.speaker} to ${view.audience}${view.date
          ? `, ${view.date}`
          : ''}. ${view.context}`],
        citations: view.citations,
      }
    case 'figures':
      return {
        points: view.figures.map(figure => `${figure.value} ${figure.label}`),
        citations: uniqueCitations(view.figures.map(figure => figure.citations)),
      }
    case 'lesson':
      return {
        points: [view.headline, ...view.points],
        citations: [],
      }
    case 'points':
      return { points: view.points, citations: [] }
    case 'sources':
      return { points: [], citations: [] }
    case 'closing':
      return {
        points: [view.speaker, `${view.venue}, ${view.date}`],
        citations: [],
      }
  }
}
