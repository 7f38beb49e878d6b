export interface ExportProgress {
  /** A step of the export: building, printing an artifact... */
  readonly stage: (message: string) => void
  readonly slide: (done: number, total: number, title: string) => void
  /** One file ready (not yet renamed into place). */
  readonly artifact: (file: string, detail: string) => void
  readonly warn: (message: string) => void
}

export const SILENT_PROGRESS: ExportProgress = { stage: () => {}, slide: () => {}, artifact: () => {}, warn: () => {} }

/** Progress as plain lines, one per step, slide and file. */
export function createProgress(write: (line: string) => void): ExportProgress {
  return {
    stage: message => write(`export: ${message}`),
    slide: (done, total, title) => write(`export: slides ${String(done).padStart(String(total).length)}/${total} ${title}`),
    artifact: (file, detail) => write(`export: ${file} (${detail})`),
    warn: message => write(`export: warning: ${message}`),
  }
}
