interface ImportMetaEnv {
  /** `1` under `npm run rehearse`: the presenter view records a rehearsal from the moment it opens. */
  readonly VITE_DECK_REHEARSE?: string
}

/** Slidev's build-time flag: true under the dev server (which saves rehearsals), false in a static build. */
declare const __SLIDEV_HAS_SERVER__: boolean

declare module 'virtual:deck/dataset-problem' {
  /** Why the last edit to the dataset was not applied (dev only); null while the dataset is valid. */
  const problem: string | null
  export default problem
}
