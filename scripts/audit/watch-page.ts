import type { BrowserContext, Page } from 'playwright-chromium'

/** What a page did wrong while the audit looked at it, by kind, each kind's problems introduced by its words. */
const KINDS = { consoleErrors: 'console error', pageErrors: 'page error', failedRequests: 'failed request', dialogs: 'dialog opened' }

type PageProblems = Record<keyof typeof KINDS, string[]>

const noProblems = (): PageProblems => ({ consoleErrors: [], pageErrors: [], failedRequests: [], dialogs: [] })

export type PageWatch = ReturnType<typeof watchPage>

export function watchPage(page: Page) {
  let problems = noProblems()
  let navigating = false
  page.on('console', (message) => {
    if (message.type() === 'error')
      problems.consoleErrors.push(message.text())
  })
  page.on('pageerror', error => problems.pageErrors.push(error.message))
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'failed'
    if (navigating && reason === 'net::ERR_ABORTED')
      return
    problems.failedRequests.push(`${request.url()} (${reason})`)
  })
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.failedRequests.push(`${response.url()} (HTTP ${response.status()})`)
  })
  page.on('dialog', (dialog) => {
    problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  return {
    /** Returns what was collected since the last call and starts afresh. */
    take: () => {
      const taken = problems
      problems = noProblems()
      return taken
    },
    /**
     * Runs a navigation. Requests of the page being left that the navigation itself cancels
     * (net::ERR_ABORTED, typically Slidev prefetching the next slides' chunks) are not problems of the deck.
     */
    navigate: <T>(go: () => Promise<T>): Promise<T> => {
      navigating = true
      return go().finally(() => navigating = false)
    },
  }
}

/**
 * Functions handed to `page.evaluate` are serialised from this module as compiled by Vitest (tests),
 * whose transform may wrap named functions in `__name(...)`; the page gets a no-op of it.
 */
export async function prepareContext(context: BrowserContext): Promise<void> {
  await context.addInitScript('globalThis.__name = globalThis.__name || ((target) => target)')
}

/** One line a problem: an error the page logs (Vue logs a component's) carries its stack after its first line. */
export function problemsOfPage(problems: PageProblems): string[] {
  return (Object.keys(KINDS) as (keyof typeof KINDS)[]).flatMap(kind => problems[kind].map(text => `${KINDS[kind]}: ${text.split('\n')[0]}`))
}
