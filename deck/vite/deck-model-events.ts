/** Custom HMR events between the dev server's dataset watcher and the deck in the browser. */
export const DECK_MODEL_EVENT = 'deck:model'
export const DECK_ERROR_EVENT = 'deck:dataset-error'
/** The classic script that defines `window.__DECK_MODEL__` before the app starts. */
export const DECK_MODEL_SCRIPT = 'deck-model.js'

export function deckModelScript(modelJson: string): string {
  return `window.__DECK_MODEL__ = ${modelJson.trim()};\n`
}
