import process from 'node:process'

type Stop = () => unknown

const stops = new Set<Stop>()
let received: NodeJS.Signals | undefined

/** The exit code of a process ended by a signal, as a shell reports it. */
const CODES: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143 }

export const interruption = (): NodeJS.Signals | undefined => received

/**
 * Registers how to stop something this command started (a Slidev process, a browser) if the command is
 * interrupted; returns the way to take it back once that thing has ended.
 */
export function stopOnInterrupt(stop: Stop): () => void {
  stops.add(stop)
  return () => stops.delete(stop)
}

function interrupt(signal: NodeJS.Signals): void {
  if (received)
    process.exit(CODES[received])
  received = signal
  // The command's own `finally` blocks clean up as what they await fails; the exit waits for them.
  for (const stop of stops) {
    try {
      void Promise.resolve(stop()).catch(() => undefined)
    }
    catch {}
  }
  process.exitCode = CODES[signal]
  setTimeout(() => process.exit(CODES[signal]), 15_000).unref()
}

/**
 * Ctrl-C and `kill` stop what the command started and let it clean up instead of exiting at once,
 * which would leave half-built folders and orphaned Slidev processes behind. A second signal exits.
 */
export function handleInterrupts(): void {
  process.on('SIGINT', interrupt)
  process.on('SIGTERM', interrupt)
}
