import { runCommand, UsageError } from './cli/command.ts'

const spec = {
  name: 'present',
  help: `usage: npm run present -- [--data DIR] [--port N] [--no-open]
  Serves the deck's last static build (building it first only if the slides' shape changed; a wording
  edit just replaces the slide content) and opens the audience and presenter windows. No dev server:
  the presenter view, its pacing and the backup keys work as in dev; rehearsals are recorded in dev only.
  --data DIR   the dataset folder (default: data)
  --port N     the port to serve on (default: 3030)
  --no-open    print the two addresses instead of opening them`,
  options: {
    'data': { type: 'string', default: 'data' },
    'port': { type: 'string', default: '3030' },
    'no-open': { type: 'boolean', default: false },
  },
} as const

await runCommand(spec, async (values) => {
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port: not a port number: "${values.port}"`)
  const { presentDeck } = await import('./present/present-deck.ts')
  await presentDeck({ dataDir: values.data, port, open: !values['no-open'] })
})
