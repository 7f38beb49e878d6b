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
  first.events[0].label = `asks ${punctuation}`
  first.events[0].detail = `Detail ${script}`
  first.events[0].note = `Note ${comment} ${script} ${vue}`
  first.events[1].label = `refuses ${mermaid}`
  first.events[2].label = `still no ${entity}`
  first.flows[0].title = `Ask ${punctuation}`
  first.flows[0].description = `Pyongyang asks; Moscow refuses.\n  click n_pyongyang call alert(1) ${script}`
  first.flows[0].note = `Flow note ${comment} ${image}`
  first.lesson.headline = `Only Moscow ${vue}`
  first.lesson.points = [`Pyongyang had to ask ${image}`, punctuation]
  first.coverNote = `Cover ${comment}`
  second.quotes[0].text = `for him the order ${script} is "law" ${punctuation}`
  second.quotes[0].context = `Reported ${image}`
  second.quotes[0].note = `Quote note ${vue} ${comment}`
  second.events[1].detail = `Mao ${entity}`
  raw.framing.closing.conclusions[0].points = [`Dependence ${script}`]
  raw.framing.closing.closingNote = `Thanks ${comment} ${image}`
}
