import process from 'node:process'
import { findChromium } from './browser/find-chromium.ts'
import { describeFailure } from './cli/command.ts'
import { handleInterrupts } from './cli/interrupt.ts'
import { assertDatasetFolder } from './dataset/load-dataset.ts'
import { EXPORT_USAGE, PAPER_NAMES, parseExportArgs } from './export/options.ts'
import { createProgress } from './export/progress.ts'
import { projectPath } from './files/project-root.ts'
import { ensureWritableDir } from './files/writable-dir.ts'

const started = performance.now()
const progress = createProgress(line => console.log(line))

handleInterrupts()

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(EXPORT_USAGE)
  process.exit(0)
}

try {
  const options = parseExportArgs(process.argv.slice(2))
  ensureWritableDir(options.outDir)
  const { only, perPage, lines } = options
  const detailed = only.includes('handout-detailed') ? `, detailed handout ${perPage} a page${lines ? ' with lines' : ''}` : ''
  const extras = `${detailed}${options.png ? ', PNGs' : ''}${options.venue ? ', venue files' : ''}`
  progress.stage(`${only.join(', ')} -> ${projectPath(options.outDir)}/ (${PAPER_NAMES[options.paper]}${extras})`)
  assertDatasetFolder(options.dataDir)
  findChromium()
  // Loaded once the command line, the dataset folder and the browser are known to be good: those
  // answer at once, without loading the build, Chromium's driver and the PDF tools.
  const { exportDeck } = await import('./export/export-deck.ts')
  const result = await exportDeck(options, progress)
  const count = result.files.length
  progress.stage(`done: ${count} file${count === 1 ? '' : 's'} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
}
catch (error) {
  console.error(describeFailure('export', EXPORT_USAGE, error).replace('nothing was written', 'previous files left as they were'))
  if (process.env.DEBUG && error instanceof Error)
    console.error(error.stack)
  process.exit(process.exitCode || 1)
}
