import type { ShallowRef } from 'vue'
import type { DeckModel } from '../contract/deck-model.ts'
import { shallowRef } from 'vue'
import { DECK_ERROR_EVENT, DECK_MODEL_EVENT } from '../contract/deck-model.ts'

declare global {
  interface Window {
    /** Set by `deck-model.js`, which the deck's page loads before the app (see deck/vite/deck-model-script.ts). */
    __DECK_MODEL__?: DeckModel
  }
}

function initialModel(): DeckModel {
  const model = window.__DECK_MODEL__
  if (!model)
    throw new Error('deck-model.js did not load: build the deck with `npm run build` or serve it with `npm run dev`')
  return model
}

const model = shallowRef<DeckModel>(initialModel())
const problem = shallowRef<string>()

if (import.meta.hot) {
  import.meta.hot.on(DECK_MODEL_EVENT, (next: DeckModel) => {
    model.value = next
    problem.value = undefined
  })
  import.meta.hot.on(DECK_ERROR_EVENT, (message: string) => {
    problem.value = message
  })
}

/** The generated deck model: slide content, sections and the time plan. In dev it follows edits to the dataset. */
export function useDeckModel(): Readonly<ShallowRef<DeckModel>> {
  return model
}

/** Why the last edit to the dataset was not applied (dev only); undefined while the dataset is valid. */
export function useDatasetProblem(): Readonly<ShallowRef<string | undefined>> {
  return problem
}
