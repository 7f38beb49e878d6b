import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
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

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as { port: number }
  await new Promise(done => server.close(done))
  return port
}

const STARTUP_LIMIT_MS = 240_000

/**
 * `npm run dev -- --data DIR` on a free port, resolved once Slidev says where it listens.
 * Slidev colours the port number whenever `CI` is set, so its banner is read without escapes.
 */
export async function startDevServer(dataDir: string, env: NodeJS.ProcessEnv = {}): Promise<DevServer> {
  const port = await freePort()
  const child = spawn(process.execPath, [
    join(PROJECT_ROOT, 'scripts', 'dev.ts'),
    '--data',
    dataDir,
    '--port',
    String(port),
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
  await new Promise<void>((ready, fail) => {
    const limit = setTimeout(() => {
      stop()
      fail(new Error(`the dev server did not say it listens on :${port} within ${STARTUP_LIMIT_MS / 1000} s:\n${output}`))
    }, STARTUP_LIMIT_MS)
    child.stdout!.on('data', () => {
      if (stripVTControlCharacters(output).includes(`localhost:${port}`)) {
        clearTimeout(limit)
        ready()
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
