import type { DeckEntry } from '../build/deck-entry.ts'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import process from 'node:process'
import { runSlidev } from '../build/run-slidev.ts'

/** What in a page would make the browser fetch another file: a `src` or `href` not a data URI, a module preload, a dynamic `import()`. */
export function outsideReferences(html: string): string[] {
  const withoutScripts = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/g, '$1</script>')
  const markup = withoutScripts.replace(/(<style\b[^>]*>)[\s\S]*?<\/style>/g, '$1</style>')
  const found = [...markup.matchAll(/\b(?:src|href)="(?!data:|#)([^"]+)"/g)].map(match => match[1]!)
  if (/<link[^>]*modulepreload/.test(markup))
    found.push('a module preload')
  if (/[^\w$.]import\(/.test(html))
    found.push('a dynamic import()')
  return found
}

/**
 * The deck as one HTML file that runs from `file://` with no network: Slidev's own build with every script, style and font inline,
 * and hash routes (`DECK_SINGLE_FILE`, read by vite.config.ts and setup/preparser.ts).
 */
export async function buildVenueHtml(entry: DeckEntry): Promise<Uint8Array> {
  const out = join(entry.root, '.tmp', `venue-html-${process.pid}`)
  rmSync(out, { recursive: true, force: true })
  try {
    await runSlidev(entry, ['build', entry.slides, '--out', out], { quiet: true, env: { DECK_SINGLE_FILE: '1' } })
    const html = readFileSync(join(out, 'index.html'))
    const outside = outsideReferences(html.toString('utf8'))
    if (outside.length > 0)
      throw new Error(`the single HTML file would still load other files: ${outside.join(', ')}`)
    return html
  }
  finally {
    rmSync(out, { recursive: true, force: true })
  }
}
