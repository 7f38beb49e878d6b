import type { Plugin } from 'vite'
import { relative, resolve, sep } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { datasetProblemApi } from '../../vite-plugins/dataset-problem.ts'
import { inputsDigest } from '../build/build-inputs.ts'
import { DatasetError } from '../dataset/dataset-error.ts'
import { generateDeck } from '../generate/generate-deck.ts'

const RECHECK_MS = 500
/** How long the folder must hold still before a problem read from it is shown. */
const SETTLE_MS = 150

/**
 * In dev, every change under the dataset folder (an edit, a new or a removed file) validates and
 * regenerates the deck's Markdown, which Slidev's own HMR brings to the open slides. An invalid
 * dataset is printed in the terminal and shown in the page's banner, and the last valid Markdown stays.
 * Vite's watcher (chokidar 3) drops a file's event now and then on a busy machine (11 of 40
 * fixes after a broken edit were never regenerated, with both cores busy), so the folder's content is also compared every RECHECK_MS.
 */
export function liveDatasetPlugin(dataDir: string, outDir: string): Plugin {
  return {
    name: 'deck-live-dataset',
    apply: 'serve',
    configureServer(server) {
      const problems = datasetProblemApi(server)
      let running: Promise<void> = Promise.resolve()
      let timer: NodeJS.Timeout | undefined
      let lastProblem: string | undefined
      let generatedFrom = inputsDigest(dataDir, ['.'])
      const regenerate = async () => {
        try {
          const deck = await generateDeck(dataDir, outDir, line => server.config.logger.warn(`deck: warning: ${line}`, { timestamp: true }))
          if (lastProblem)
            server.config.logger.info(`deck: dataset valid again (${deck.slides.length} slides)`, { timestamp: true })
          lastProblem = undefined
        }
        catch (error) {
          // Shown once the folder has held still: an editor's save can empty a file before it writes it, and the
          // read in between fails ('has no default export'). A folder changed since is read again by the next check.
          await sleep(SETTLE_MS)
          if (inputsDigest(dataDir, ['.']) !== generatedFrom)
            return
          lastProblem = error instanceof DatasetError
            ? error.message
            : `The deck could not be generated: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`
          server.config.logger.error(`${lastProblem}\ndeck: still serving the last valid deck.`, { timestamp: true })
        }
        problems.report(lastProblem)
      }
      const regenerateIfChanged = () => {
        running = running.then(async () => {
          const digest = inputsDigest(dataDir, ['.'])
          if (digest === generatedFrom)
            return
          generatedFrom = digest
          await regenerate()
        }).catch(() => undefined) // A file removed while it was read: the next check reads the folder again.
      }
      const onChange = (file: string) => {
        const inside = relative(dataDir, resolve(file))
        if (inside.startsWith('..') || inside.startsWith(sep))
          return
        clearTimeout(timer)
        timer = setTimeout(regenerateIfChanged, 30)
      }
      const recheck = setInterval(regenerateIfChanged, RECHECK_MS).unref()
      server.httpServer?.once('close', () => clearInterval(recheck))
      server.watcher.add(dataDir)
      for (const event of ['change', 'add', 'unlink'] as const)
        server.watcher.on(event, onChange)
    },
  }
}
