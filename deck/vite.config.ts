import { defineConfig } from 'vite'
import { rehearsalEndpoint } from './vite/rehearsal-endpoint'

/** Slidev merges an addon's vite.config.ts into the deck's: the dev server gains the rehearsal endpoint. */
export default defineConfig({
  plugins: [
    rehearsalEndpoint(),
  ],
})
