import type { Plugin } from 'vite'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { DECK_MODEL_SCRIPT, deckModelScript } from '../contract/deck-model.ts'

/**
 * Slide content reaches the page as data: `deck-model.js`, loaded by deck/index.html before the app,
 * sets `window.__DECK_MODEL__` from the entry's `generated/deck.json`. The dev server reads it afresh on
 * every request; a build writes it beside `index.html` unhashed, so a wording edit replaces one file
 * instead of rebuilding the deck.
 */
export function deckModelScriptPlugin(): Plugin {
  let root = process.cwd()
  const read = () => deckModelScript(readFileSync(join(root, 'generated', 'deck.json'), 'utf8'))
  return {
    name: 'deck-model-script',
    configResolved(config) {
      root = config.root
    },
    configureServer(server) {
      server.middlewares.use(`/${DECK_MODEL_SCRIPT}`, (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript; charset=utf-8')
        response.setHeader('Cache-Control', 'no-store')
        response.end(read())
      })
    },
    // In the venue's single file the model cannot be a file of its own: it goes inline, where the tag was.
    transformIndexHtml(html) {
      if (process.env.DECK_SINGLE_FILE === '1')
        return html.replace(`<script src="/${DECK_MODEL_SCRIPT}"></script>`, `<script>${read().replaceAll('</', '<\\/')}</script>`)
    },
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: DECK_MODEL_SCRIPT,
        source: read(),
      })
    },
  }
}
