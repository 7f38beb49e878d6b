import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { definePreparserSetup } from '@slidev/types'

export const GENERATED_DECK = './generated/deck.md'

interface DeckSettings {
  readonly talk: { readonly title: string, readonly subtitle: string, readonly speaker: string, readonly slotMinutes: number }
}

/**
 * Slidev reads the title, author and presenter timer only from the headmatter of `slides.md`, but they
 * belong to the dataset: this fills them in from `generated/deck.json` when `slides.md` imports the
 * generated deck, so the slot length is written once, in `data/talk.ts`.
 */
export default definePreparserSetup(({ filepath }) => {
  const model = join(dirname(filepath), 'generated', 'deck.json')
  if (!existsSync(model))
    return []
  const { talk } = JSON.parse(readFileSync(model, 'utf8')) as DeckSettings
  return [
    {
      name: 'talk-settings-from-dataset',
      async transformSlide(content, frontmatter: Record<string, unknown>) {
        if (frontmatter.src === GENERATED_DECK) {
          Object.assign(frontmatter, {
            title: `${talk.title}: ${talk.subtitle}`,
            author: talk.speaker,
            duration: `${talk.slotMinutes}min`,
            timer: 'countdown',
          })
        }
        return content
      },
    },
  ]
})
