import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { definePreparserSetup } from '@slidev/types'
import { CANVAS } from '../contract/room-rules.ts'

/**
 * Slidev reads the title, author, presenter timer and canvas size only from the headmatter of `slides.md`: when it
 * imports the generated deck, this fills them in from `generated/headmatter.json` and contract/room-rules.ts, so the
 * slot length is written once, in `data/talk.ts`, and the canvas once.
 */
export default definePreparserSetup(({ filepath }) => {
  const generated = join(dirname(filepath), 'generated', 'headmatter.json')
  if (!existsSync(generated))
    return []
  const fromDataset = JSON.parse(readFileSync(generated, 'utf8')) as Record<string, unknown>
  return [{
    name: 'talk-settings-from-dataset',
    async transformSlide(content, frontmatter: Record<string, unknown>) {
      if (frontmatter.src === './generated/deck.md') {
        Object.assign(frontmatter, {
          ...fromDataset,
          timer: 'countdown',
          canvasWidth: CANVAS.width,
          aspectRatio: `${CANVAS.width}/${CANVAS.height}`,
          // A single file opened from disk has no server to answer /5: its slides are addressed as #5.
          ...(process.env.DECK_SINGLE_FILE === '1' ? { routerMode: 'hash' } : {}),
        })
      }
      return content
    },
  }]
})
