import process from 'node:process'
import { defineConfig } from 'vite'
import { countdownOvertime } from './vite-plugins/countdown-overtime.ts'
import { datasetProblem } from './vite-plugins/dataset-problem.ts'
import { printPageInBuild } from './vite-plugins/print-page.ts'
import { sequenceDiagramsOnly } from './vite-plugins/sequence-diagrams-only.ts'
import { singleFile } from './vite-plugins/single-file.ts'
import { skipMonacoDeps } from './vite-plugins/skip-monaco-deps.ts'

// Slidev merges this file into its Vite config: for the talk's own deck, and for a deck of another
// dataset, whose entry lists the project as an addon (scripts/build/deck-entry.ts).
export default defineConfig({
  // Gzipping each of some two hundred chunks only to print its size costs about 1.5 s of CPU a build.
  build: { reportCompressedSize: false },
  plugins: [
    datasetProblem(),
    countdownOvertime(),
    printPageInBuild(),
    skipMonacoDeps(),
    sequenceDiagramsOnly(),
    process.env.DECK_SINGLE_FILE === '1' && singleFile(),
    {
      // Slidev writes the headmatter's author into its page JSON-quoted, and its HTML writer escapes the quotes:
      // `<meta name="author" content="&quot;Kathryn Weathersby&quot;">`. The page is given the name alone.
      name: 'deck-author-meta',
      transformIndexHtml: (html: string) => html.replace(/(<meta name="author" content=")&quot;(.*?)&quot;"/, '$1$2"'),
    },
  ],
})
