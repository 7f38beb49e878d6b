import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { join } from 'node:path'
import process from 'node:process'
import { PROJECT_ROOT } from '../../scripts/build/build-deck.ts'

export interface DevServer {
  readonly url: string
  /** Everything the server printed so far. */
  output: () => string
  stop: () => void
}

export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as { port: number }
  await new Promise(done => server.close(done))
  return port
}

/** `npm run dev -- --data DIR` on a free port, resolved once Slidev says where it listens. */
export async function startDevServer(dataDir: string, env: NodeJS.ProcessEnv = {}): Promise<DevServer> {
  const port = await freePort()
  const tsx = join(PROJECT_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs')
  const child = spawn(process.execPath, [
    tsx,
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
  await new Promise<void>((ready, fail) => {
    child.stdout!.on('data', () => {
      if (output.includes(`:${port}`))
        ready()
    })
    child.once('exit', code => fail(new Error(`the dev server exited with ${code}:\n${output}`)))
  })
  return {
    url: `http://localhost:${port}`,
    output: () => output,
    // The server runs Slidev as a child of its own: end the whole group.
    stop: () => process.kill(-child.pid!, 'SIGTERM'),
  }
}
