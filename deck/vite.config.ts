import { defineConfig } from 'vite'
import { deckModelScriptPlugin } from './vite/deck-model-script.ts'
import { liveDatasetPlugin } from './vite/live-data.ts'
import { printPageInBuild } from './vite/print-page.ts'
import { rehearsalEndpoint } from './vite/rehearsal-endpoint.ts'
import { skipMonacoDeps } from './vite/skip-monaco-deps.ts'

// Slidev merges this file into its Vite config for every deck that lists this addon.
export default defineConfig({
  // Gzipping each of some two hundred chunks only to print its size costs about 1.5 s of CPU a build.
  build: { reportCompressedSize: false },
  plugins: [
    deckModelScriptPlugin(),
    liveDatasetPlugin(),
    printPageInBuild(),
    rehearsalEndpoint(),
    skipMonacoDeps(),
  ],
})
