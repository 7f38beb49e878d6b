interface ImportMetaEnv {
  /** `1` under `npm run rehearse`: the presenter view records a rehearsal from the moment it opens. */
  readonly VITE_DECK_REHEARSE?: string
}
