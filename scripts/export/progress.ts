export interface ExportProgress {
  /** A step of the export: building, printing an artifact... */
  readonly stage: (message: string) => void
  /** One slide printed. */
  readonly slide: (done: number, total: number, title: string) => void
  /** One file ready (not yet renamed into place). */
  readonly artifact: (file: string, detail: string) => void
  readonly warn: (message: string) => void
  /** Ends any line left open. */
  readonly finish: () => void
}

export const SILENT_PROGRESS: ExportProgress = {
  stage: () => {},
  slide: () => {},
  artifact: () => {},
  warn: () => {},
  finish: () => {},
}

/** Plain lines for CI and pipes; a single rewritten status line on a terminal. */
export function usesPlainOutput(env: Readonly<Record<string, string | undefined>>, isTTY: boolean | undefined): boolean {
  return Boolean(env.CI) || !isTTY
}

export function progressBar(done: number, total: number, width = 20): string {
  const filled = total > 0
    ? Math.round((done / total) * width)
    : width
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`
}

/** Fits a status line to the terminal, cutting the end with an ellipsis. */
export function fitLine(text: string, columns: number): string {
  if (text.length <= columns)
    return text
  return `${text.slice(0, Math.max(columns - 1, 0))}…`
}

export function slideLine(done: number, total: number, title: string): string {
  return `export: slides ${String(done).padStart(String(total).length)}/${total} ${title}`
}

export function createProgress(options: { plain: boolean, write: (text: string) => void, columns?: number }): ExportProgress {
  const { plain, write } = options
  let open = false
  const close = () => {
    if (open)
      write('\n')
    open = false
  }
  const line = (text: string) => {
    close()
    write(`${text}\n`)
  }
  return {
    stage: message => line(`export: ${message}`),
    slide: (done, total, title) => {
      if (plain) {
        line(slideLine(done, total, title))
        return
      }
      const status = `export: slides ${progressBar(done, total)} ${done}/${total} ${title}`
      write(`\r\u001B[2K${fitLine(status, (options.columns || 100) - 1)}`)
      open = true
      if (done === total)
        close()
    },
    artifact: (file, detail) => line(`export: ${file} (${detail})`),
    warn: message => line(`export: warning: ${message}`),
    finish: close,
  }
}
