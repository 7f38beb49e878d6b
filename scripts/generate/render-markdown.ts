import type { DeckModel, SlideModel, SlideNotes } from '../../contract/deck-model.ts'

/** Notes become Markdown inside an HTML comment: nothing in them may close the comment, open a tag or fake a click marker. */
export function escapeNoteText(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replace(/\[click/gi, marker => `&#91;${marker.slice(1)}`)
    .replaceAll('{{', '&#123;&#123;')
    .replaceAll('}}', '&#125;&#125;')
}

/**
 * Slidev compiles every slide title as Markdown inside a Vue template (its title renderer), so a title
 * must not open a tag, interpolate `{{ }}` or turn into Markdown formatting.
 */
export function escapeSlideTitle(title: string): string {
  return title
    .replace(/\s+/g, ' ')
    .trim()
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replace(/[\\`*_[\]#!|~]/g, char => `\\${char}`)
    .replace(/[{}]/g, brace => `<span>${brace}</span>`)
}

export function renderNotes(notes: SlideNotes): string {
  const paragraphs = [
    escapeNoteText(notes.lead),
    ...notes.steps.map(step => `[click] ${escapeNoteText(step)}`),
  ]
  return `<!--\n${paragraphs.join('\n\n')}\n-->`
}

/** One YAML line per key; JSON is valid YAML, and on one line it can never contain a slide separator. */
function frontmatter(entries: Record<string, unknown>): string {
  const lines = Object.entries(entries)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
  return `---\n${lines.join('\n')}\n---`
}

function renderSlide(slide: SlideModel): string {
  const head = frontmatter({
    title: escapeSlideTitle(slide.title),
    layout: slide.view.kind === 'title' || slide.view.kind === 'closing'
      ? 'cover'
      : 'default',
    class: `deck-slide deck-${slide.view.kind}${slide.backup
      ? ' backup'
      : ''}`,
    clicks: slide.notes.steps.length > 0
      ? slide.notes.steps.length
      : undefined,
    section: slide.section,
  })
  const body = `<DeckSlide :number="${slide.number}" :clicks="$clicks" />`
  return `${head}\n\n${body}\n\n${renderNotes(slide.notes)}\n`
}

/** The deck's slides as Slidev Markdown, imported by `slides.md`. */
export function renderDeckMarkdown(deck: DeckModel): string {
  return deck.slides.map(renderSlide).join('\n')
}
