import process from 'node:process'

type Stop = () => unknown

const stops = new Set<Stop>()
let received: NodeJS.Signals | undefined

/** The exit code of a process ended by a signal, as a shell reports it. */
const CODES: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143, SIGPIPE: 141 }

export const interruption = (): NodeJS.Signals | undefined => received

/** Runs a stop; the executor turns a stop that throws into a rejection, so every stop runs. */
function runStop(stop: Stop): void {
  void new Promise(done => done(stop())).catch(() => undefined)
}

/**
 * Registers how to stop something this command started if it is interrupted; returns how to take that back.
 * Something started after the interrupt (a server still starting at Ctrl-C) is stopped at once.
 */
export function stopOnInterrupt(stop: Stop): () => void {
  if (received) {
    runStop(stop)
    return () => undefined
  }
  stops.add(stop)
  return () => stops.delete(stop)
}

function interrupt(signal: NodeJS.Signals): void {
  if (received)
    process.exit(CODES[received])
  received = signal
  // The command's own `finally` blocks clean up as what they await fails; the exit waits for them.
  stops.forEach(runStop)
  process.exitCode = CODES[signal]
  setTimeout(() => process.exit(CODES[signal]), 15_000).unref()
}

/**
 * Ctrl-C and `kill` stop what the command started and let it clean up instead of exiting at once,
 * which would leave half-built folders and orphaned Slidev processes behind. A second signal exits.
 * So does a closed pipe on the output (`npm run export | head -1`): the next line's EPIPE, unhandled, ended the process at once;
 * on the error output too (`npm run check 2>&1 | head -2`, where check's progress dots go).
 */
export function handleInterrupts(): void {
  process.on('SIGINT', interrupt)
  process.on('SIGTERM', interrupt)
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE')
        throw error
      if (!received)
        interrupt('SIGPIPE')
    })
  }
}
