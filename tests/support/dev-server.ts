import { spawn } from 'node:child_process'
import { join } from 'node:path'
import process from 'node:process'
import { stripVTControlCharacters } from 'node:util'
import { PROJECT_ROOT } from '../../scripts/files/project-root.ts'

export interface DevServer {
  readonly url: string
  /** Everything the server printed so far. */
  output: () => string
  stop: () => void
}

const STARTUP_LIMIT_MS = 240_000

/** The line `npm run dev` prints once it listens, with the port it was given. */
const LISTENING = /audience +http:\/\/localhost:(\d+)\//

/**
 * `npm run dev -- --data DIR --port 0`, resolved once it says where it listens: the system gives the
 * port while the server binds it, so no other process can take it in between (as it could a port
 * found free, closed and then handed to the server). Read without escapes, should colour ever reach it.
 */
export async function startDevServer(dataDir: string, env: NodeJS.ProcessEnv = {}): Promise<DevServer> {
  const child = spawn(process.execPath, [
    join(PROJECT_ROOT, 'scripts', 'dev.ts'),
    '--data',
    dataDir,
    '--port',
    '0',
  ], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let output = ''
  const collect = (chunk: Uint8Array) => output += new TextDecoder().decode(chunk)
  child.stdout!.on('data', collect)
  child.stderr!.on('data', collect)
  const stop = () => process.kill(-child.pid!, 'SIGTERM')
  const port = await new Promise<string>((ready, fail) => {
    const limit = setTimeout(() => {
      stop()
      fail(new Error(`the dev server did not say where it listens within ${STARTUP_LIMIT_MS / 1000} s:\n${output}`))
    }, STARTUP_LIMIT_MS)
    child.stdout!.on('data', () => {
      const listening = LISTENING.exec(stripVTControlCharacters(output))
      if (listening) {
        clearTimeout(limit)
        ready(listening[1]!)
      }
    })
    child.once('exit', (code) => {
      clearTimeout(limit)
      fail(new Error(`the dev server exited with ${code}:\n${output}`))
    })
  })
  return {
    url: `http://localhost:${port}`,
    output: () => output,
    // The server runs Slidev as a child of its own: end the whole group.
    stop,
  }
}
