import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { definePreparserSetup } from '@slidev/types'
import { DECK_MODEL_FILE } from '../contract/deck-model.ts'
import { CANVAS } from '../contract/room-rules.ts'

export const GENERATED_DECK = './generated/deck.md'

interface DeckSettings {
  readonly talk: { readonly title: string, readonly subtitle: string, readonly speaker: string, readonly slotMinutes: number }
}

/**
 * Slidev reads the title, author, presenter timer and canvas size only from the headmatter of
 * `slides.md`, but they belong to the dataset and the room rules: this fills them in from
 * `generated/deck.json` and contract/room-rules.ts when `slides.md` imports the generated deck, so the
 * slot length is written once, in `data/talk.ts`, and the canvas once, in CANVAS.
 */
export default definePreparserSetup(({ filepath }) => {
  const model = join(dirname(filepath), 'generated', DECK_MODEL_FILE)
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
            canvasWidth: CANVAS.width,
            aspectRatio: `${CANVAS.width}/${CANVAS.height}`,
            // A single file opened from disk has no server to answer /5: its slides are addressed as #5.
            ...(process.env.DECK_SINGLE_FILE === '1'
              ? { routerMode: 'hash' }
              : {}),
          })
        }
        return content
      },
    },
  ]
})
