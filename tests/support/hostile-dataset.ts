import type { RawDataset } from './datasets.ts'

/**
 * Text that would run script, inject markup, break Mermaid or end a Markdown comment if any step of the
 * pipeline treated it as code. Each sets window.__pwned if it ever runs.
 */
export const HOSTILE = {
  script: '<script>window.__pwned = "script"</script>',
  image: '<img src=x onerror="window.__pwned = \'img\'">',
  vue: '{{ (window.__pwned = "vue") }}',
  mermaid: 'end"]) --> X{{boom}}; click A call alert(1) %% done',
  punctuation: `He said "no" & it's 'final' | #1; a<b>c [x] (y) {z} \\ \``,
  comment: '--> [click] </div><!-- ---',
  entity: '#quot; #39; &amp; &lt;b&gt;',
} as const

/** The first words of a hostile string: an arrow's label holds a few words, and each of these still carries its hostile characters. */
export function hostileLabel(text: string): string {
  return text.split(' ').slice(0, 4).join(' ')
}

/** The fixture talk with hostile labels, names, quotes, notes and diagram titles. */
export function makeHostile(raw: RawDataset): void {
  const { script, image, vue, mermaid, punctuation, comment, entity } = HOSTILE
  raw.talk.title = `Patrons ${script}`
  raw.talk.subtitle = `Briefing ${image}`
  raw.talk.thesis = `Thesis ${vue} ${punctuation}`
  raw.actors[0].name = `Pyong"yang' <b>#1</b>`
  raw.actors[0].label = `DPRK|[x];`
  raw.actors[1].name = `Moscow ${mermaid}`
  raw.people[0].name = `Kim ${image}`

  const [first, second] = raw.episodes
  first.title = `The first request ${vue}`
  first.question = `Would Stalin agree? ${mermaid}`
  first.events[0].label = `asks ${hostileLabel(punctuation)}`
  first.events[0].detail = `Detail ${script}`
  first.events[0].note = `Note ${comment} ${script} ${vue}`
  first.events[1].label = `refuses ${hostileLabel(mermaid)}`
  first.events[2].label = `still ${hostileLabel(entity)}`
  const diagram = first.story[1]
  diagram.heading = `Who decided? ${mermaid}`
  diagram.answer = `Only Moscow ${punctuation}`
  diagram.note = `Diagram note ${comment} ${image}`
  first.lesson.headline = `Only Moscow ${vue}`
  first.lesson.points = [`Pyongyang had to ask ${image}`, punctuation]
  first.opener = `Opener ${comment}`
  const quote = second.story[0].voices[0]
  quote.text = `for him the order ${script} is "law" ${punctuation}`
  quote.context = `Reported ${image}`
  quote.note = `Quote note ${vue} ${comment}`
  second.events[1].detail = `Mao ${entity}`
  // An HTML comment opened in one label and a script tag in a later one: inlined into one page's
  // scripts (the venue's single file), the pair would make the HTML parser swallow the rest.
  first.events[3].label = 'waits <!-- for word'
  second.events[0].label = 'then <script> comes'
  raw.framing.closing.endPoints = [`Dependence ${script}`]
  raw.framing.closing.endNote = `Thanks ${comment} ${image}`
}
