import type { DeckModel, SlideInTalk, SlideModel, SlideNotes } from '../../contract/deck-model.ts'
import type { SlideView } from '../../contract/slide-views.ts'
import { Document, Scalar, visit } from 'yaml'

function oneLineHtml(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')
}

/**
 * Notes become Markdown inside an HTML comment: nothing in them may close the comment, open a tag, fake a click marker or a
 * slide separator, or format: the presenter renders them as Markdown, the script and the venue's files print them as
 * written, so `*Pravda*`, `$x$` or a paragraph opening `1950. ` must show as typed. A `$` is an entity: Slidev bundles
 * KaTeX once a line of any slide's source, notes and frontmatter too, holds two `$`, escaped or not.
 */
export function escapeNoteText(text: string): string {
  return oneLineHtml(text)
    .replace(/[\\`*_#!|~]/g, char => `\\${char}`)
    .replaceAll('$', '&#36;')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^\+/, '\\+')
    .replaceAll('[', '&#91;')
    .replaceAll('{{', '&#123;&#123;')
    .replaceAll('}}', '&#125;&#125;')
    .replace(/^-/, '&#45;')
}

/** Slidev compiles a slide title as Markdown in a Vue template: a title must not open a tag, interpolate `{{ }}` or format, nor set `$…$` as KaTeX maths. */
export function escapeSlideTitle(title: string): string {
  return oneLineHtml(title)
    .replace(/[\\`*_[\]#!|~$]/g, char => `\\${char}`)
    .replace(/[{}]/g, brace => `<span>${brace}</span>`)
}

export function renderNotes(notes: SlideNotes): string {
  const paragraphs = [escapeNoteText(notes.lead), ...notes.steps.map(step => `[click] ${escapeNoteText(step)}`)]
  return `<!--\n${paragraphs.join('\n\n')}\n-->`
}

/** Names each anchor after its record's id: a repeated actor is written once as `&moscow`, then as `*moscow`. */
function anchorsNamedById(doc: Document): void {
  // YAML writes an anchor before its aliases, so one pass renames both.
  const renamed = new Map<string, string>()
  visit(doc, {
    Map(_, node) {
      const id = node.get('id')
      if (node.anchor && typeof id === 'string' && /^[a-z][\w-]*$/i.test(id) && ![...renamed.values()].includes(id)) {
        renamed.set(node.anchor, id)
        node.anchor = id
      }
    },
    Alias(_, node) {
      node.source = renamed.get(node.source) ?? node.source
    },
  })
}

/**
 * Block-style YAML, strings never folded: each line of a value is indented, so none can start with `---` and end the slide.
 * Slidev ends a frontmatter at the first `---` anywhere, even inside a value (`1950---1953`): a text holding one is
 * double-quoted, and a dash before two more written `\x2d`, which YAML reads back as `-`. A text holding `$` is
 * double-quoted too, each `$` written `\x24`: Slidev's search for maths (two `$` on a line) reads the frontmatter.
 */
function frontmatter(entries: Record<string, unknown>): string {
  const doc = new Document(entries, { aliasDuplicateObjects: true })
  anchorsNamedById(doc)
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && (node.value.includes('---') || node.value.includes('$')))
        node.type = Scalar.QUOTE_DOUBLE
    },
  })
  return `---\n${doc.toString({ lineWidth: 0 }).replace(/-(?=--)/g, '\\x2d').replaceAll('$', '\\x24')}---`
}

export function slideInTalk(deck: DeckModel, slide: SlideModel): SlideInTalk {
  const plan = deck.plan.slides[slide.number - 1]!
  const section = deck.plan.sections.find(candidate => candidate.section === plan.section)!
  const backup = deck.backups.find(link => link.slide === slide.number)?.backup
  return {
    id: slide.id,
    section: { id: section.section, title: section.title, start: section.start, budget: section.budgetSeconds },
    clicks: plan.clicks.map(click => click.start),
    end: plan.start + plan.seconds,
    ...(backup === undefined ? {} : { backup }),
  }
}

/** A slide: its layout (`layouts/<kind>.vue`) and view in the frontmatter, a fenced Mermaid diagram, its notes last. */
function renderSlide(deck: DeckModel, slide: SlideModel): string {
  const { kind, mermaid, ...view } = slide.view as SlideView & { mermaid?: string }
  const head = frontmatter({
    layout: kind,
    title: escapeSlideTitle(slide.title),
    clicks: slide.notes.steps.length > 0 ? slide.notes.steps.length : undefined,
    routeAlias: slide.alias,
    talk: slideInTalk(deck, slide),
    ...view,
  })
  const body = mermaid === undefined ? '' : `\`\`\`mermaid\n${mermaid.trim()}\n\`\`\`\n\n`
  return `${head}\n\n${body}${renderNotes(slide.notes)}\n`
}

export function renderDeckMarkdown(deck: DeckModel): string {
  return deck.slides.map(slide => renderSlide(deck, slide)).join('\n')
}

/** The deck's title, in the browser's tab and the exports' metadata: the talk's title and subtitle. */
export function deckTitle(talk: Pick<DeckModel['talk'], 'title' | 'subtitle'>): string {
  return `${talk.title}: ${talk.subtitle}`
}

/** What the dataset sets in the deck's headmatter: setup/preparser.ts reads it into `slides.md`'s. */
export function renderHeadmatter(deck: DeckModel): string {
  const headmatter = { title: deckTitle(deck.talk), author: deck.talk.speaker, duration: `${deck.talk.slotMinutes}min` }
  return `${JSON.stringify(headmatter, null, 2)}\n`
}
