import process from 'node:process'
import { parseArgs } from 'node:util'
import { DatasetError } from './dataset/load-dataset.ts'
import { generateDeck } from './generate/generate-deck.ts'

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: 'data' },
    out: { type: 'string', default: 'generated' },
  },
})

try {
  const deck = await generateDeck(values.data, values.out)
  console.log(`generate: ${deck.slides.length} slides in ${deck.sections.length} sections from ${values.data}/ -> ${values.out}/`)
}
catch (error) {
  if (error instanceof DatasetError) {
    console.error(error.message)
    console.error('generate: nothing was written.')
    process.exit(1)
  }
  throw error
}
