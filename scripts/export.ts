import process from 'node:process'
import { ChromiumNotFoundError } from './browser/find-chromium.ts'
import { DatasetError } from './dataset/load-dataset.ts'
import { exportDeck } from './export/export-deck.ts'
import { parseExportArgs, UsageError } from './export/options.ts'
import { createProgress, usesPlainOutput } from './export/progress.ts'

const started = performance.now()
const progress = createProgress({
  plain: usesPlainOutput(process.env, process.stdout.isTTY),
  write: text => process.stdout.write(text),
  columns: process.stdout.columns,
})

function fail(message: string): never {
  progress.finish()
  console.error(message)
  process.exit(1)
}

process.once('SIGINT', () => fail('export: interrupted; previous files left as they were.'))
process.once('SIGTERM', () => fail('export: terminated; previous files left as they were.'))

try {
  const options = parseExportArgs(process.argv.slice(2))
  progress.stage(`${options.only.join(', ')} -> ${options.outDir}/ (${options.paper === 'a4'
    ? 'A4'
    : 'US Letter'}${options.png ? ', PNGs' : ''})`)
  const result = await exportDeck(options, { progress })
  progress.stage(`done: ${result.files.length} file${result.files.length === 1
    ? ''
    : 's'} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
}
catch (error) {
  if (error instanceof ChromiumNotFoundError || error instanceof UsageError)
    fail(`export: ${error.message}`)
  if (error instanceof DatasetError)
    fail(`${error.message}\nexport: the dataset is invalid; previous files left as they were.`)
  fail(`export failed: ${(error as Error).message.split('\n')[0]}\nexport: previous files left as they were.`)
}
