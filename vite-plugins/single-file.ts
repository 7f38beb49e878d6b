import type { PluginOption } from 'vite'
import { viteSingleFile } from 'vite-plugin-singlefile'

/** The venue's single HTML file, to run from disk (scripts/export/venue-slidev.ts, docs/workarounds.md). */
export function singleFile(): PluginOption[] {
  return [
    {
      name: 'deck-single-file-chunks',
      enforce: 'post',
      config(config) {
        for (const options of [config.build?.rollupOptions?.output ?? []].flat())
          delete options.manualChunks
      },
    },
    {
      name: 'deck-single-file-woff2-only',
      enforce: 'pre',
      transform(code, id) {
        // Every browser that runs the deck reads WOFF2; the WOFF fallbacks would add 0.7 MB to the file.
        if (/@fontsource\/.*\.css(?:\?.*)?$/.test(id))
          return { code: code.replace(/,\s*url\([^)]*\.woff\) format\(['"]woff['"]\)/g, ''), map: null }
      },
    },
    viteSingleFile(),
  ]
}
