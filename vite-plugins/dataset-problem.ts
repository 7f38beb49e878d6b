import type { Plugin, ViteDevServer } from 'vite'

const MODULE = 'virtual:deck/dataset-problem'
const RESOLVED = `\0${MODULE}`
const NAME = 'deck-dataset-problem'

/** `report` sets the problem (undefined once the dataset is valid again); open pages update through Vite's HMR. */
export interface DatasetProblemApi { readonly report: (problem: string | undefined) => void }

/**
 * A virtual module holding why the last edit to the dataset was not applied, which global-top.vue shows
 * as a banner. A static build holds none; in dev, scripts/dev/live-data.ts reports through the plugin's
 * API, and Vite reloads the module in the page like any edited file, so a page opened later sees the problem too.
 */
export function datasetProblem(): Plugin<DatasetProblemApi> {
  let problem: string | undefined
  let server: ViteDevServer | undefined
  return {
    name: NAME,
    configureServer(dev) {
      server = dev
    },
    resolveId: id => id === MODULE ? RESOLVED : undefined,
    load: id => id === RESOLVED ? `export default ${JSON.stringify(problem ?? null)}\n` : undefined,
    api: {
      report(next) {
        if (next === problem)
          return
        problem = next
        const loaded = server?.moduleGraph.getModuleById(RESOLVED)
        if (server && loaded)
          void server.reloadModule(loaded)
      },
    },
  }
}

export function datasetProblemApi(server: ViteDevServer): DatasetProblemApi {
  const plugin = server.config.plugins.find(candidate => candidate.name === NAME) as Plugin<DatasetProblemApi> | undefined
  if (!plugin?.api)
    throw new Error(`the dev server lacks the ${NAME} plugin (vite.config.ts)`)
  return plugin.api
}
