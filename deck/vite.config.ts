import { defineConfig } from 'vite'
import { deckModelScriptPlugin } from './vite/deck-model-script'
import { liveDatasetPlugin } from './vite/live-data'
import { printPageInBuild } from './vite/print-page'
import { rehearsalEndpoint } from './vite/rehearsal-endpoint'
import { skipMonacoDeps } from './vite/skip-monaco-deps'

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
