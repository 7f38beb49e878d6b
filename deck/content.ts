import type { ShallowRef } from 'vue'
import type { DeckModel } from '../scripts/generate/deck-model'
import { shallowRef } from 'vue'
import generated from '../generated/deck.json'

const model = shallowRef(generated as unknown as DeckModel)

if (import.meta.hot) {
  import.meta.hot.accept('../generated/deck.json', (next) => {
    if (next)
      model.value = next.default as DeckModel
  })
}

/** The generated deck model (generated/deck.json), updated in dev when `npm run generate` rewrites it. */
export function useDeckModel(): Readonly<ShallowRef<DeckModel>> {
  return model
}
