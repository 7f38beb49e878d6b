import type { ActorView, SlideView } from '../../contract/slide-views.ts'

/** What a click brings on screen; an event's label and date as the diagram prints them, the date empty where it repeats the one before. */
export type ClickCue
  = | { readonly kind: 'event', readonly label: string, readonly from: ActorView, readonly to?: ActorView, readonly date: string }
    | { readonly kind: 'place', readonly label: string, readonly from: ActorView, readonly place: string, readonly date: string }
    | { readonly kind: 'answer', readonly answer: string }

/** Each click's cues, from click 1 (none where the view is unchanged): one event a click, then a diagram's answer in place of its question. */
export function clickCues(view: SlideView, clicks: number): (readonly ClickCue[])[] {
  const cues = Array.from({ length: clicks }, (): ClickCue[] => [])
  if (view.kind === 'decision') {
    for (const step of view.steps)
      cues[step.step - 1]?.push({ kind: 'event', label: step.label, from: step.from, ...(step.to ? { to: step.to } : {}), date: step.date })
    const last = Math.max(0, ...view.steps.map(step => step.step))
    cues[last]?.push({ kind: 'answer', answer: view.answer })
  }
  else if (view.kind === 'map') {
    const places = new Map(view.places.map(place => [place.id, place.name]))
    for (const step of view.steps)
      cues[step.step - 1]?.push({ kind: 'place', label: step.label, from: step.from, place: step.names.map(id => places.get(id) ?? id).join(' to '), date: step.date })
  }
  return cues
}

/** A cue in words (the deck's fonts have no arrow): `Moscow to Pyongyang: no: ask Beijing`, `Seoul: Pyongyang invades the South`. */
export function cueText(cue: ClickCue): string {
  switch (cue.kind) {
    case 'event': return `${cue.from.name}${cue.to ? ` to ${cue.to.name}` : ''}: ${cue.label}`
    case 'place': return `${cue.place ? `${cue.place}: ` : ''}${cue.from.name} ${cue.label}`
    case 'answer': return `the answer: ${cue.answer}`
  }
}
