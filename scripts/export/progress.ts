export type ExportProgress = ReturnType<typeof createProgress>

export const SILENT_PROGRESS = createProgress(() => {})

/** Progress as plain lines, one per step, slide and file. */
export function createProgress(write: (line: string) => void) {
  return {
    stage: (message: string) => write(`export: ${message}`),
    slide: (done: number, total: number, title: string) => write(`export: slides ${String(done).padStart(String(total).length)}/${total} ${title}`),
    /** One file written (the export names a file only once all are in place). */
    artifact: (file: string, detail: string) => write(`export: ${file} (${detail})`),
    warn: (message: string) => write(`export: warning: ${message}`),
  }
}
