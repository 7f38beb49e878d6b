import { execFile } from 'node:child_process'
import { join } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { PROJECT_ROOT } from '../../scripts/files/project-root.ts'

const execFileAsync = promisify(execFile)

export interface ScriptRun {
  readonly status: number | null
  readonly stdout: string
  /** Standard output and error together, trimmed. */
  readonly output: string
  readonly lines: readonly string[]
  readonly errorLines: readonly string[]
}

/**
 * `npm run <command> -- args`, as the script runs it (Node runs the TypeScript), without npm's own process.
 * Killed after two minutes, the longest a test may take, so a hung command never outlives its test.
 */
export async function runScript(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}, cwd = PROJECT_ROOT): Promise<ScriptRun> {
  const result = await execFileAsync(process.execPath, [
    join(PROJECT_ROOT, 'scripts', `${command}.ts`),
    ...args,
  ], {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      CI: '1',
      ...env,
    },
    timeout: 120_000,
  }).then(
    ({ stdout, stderr }) => ({ status: 0, stdout, stderr }),
    (error: { code?: number | string, stdout?: string, stderr?: string }) => ({
      status: typeof error.code === 'number'
        ? error.code
        : null,
      stdout: error.stdout ?? '',
      stderr: error.stderr ?? `${String(error.code)}`,
    }),
  )
  const output = `${result.stdout}${result.stderr}`.trim()
  return {
    status: result.status,
    stdout: result.stdout,
    output,
    lines: output.split('\n'),
    errorLines: result.stderr.trim().split('\n'),
  }
}
