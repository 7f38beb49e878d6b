import type { RunOptions } from 'axe-core'
import type { Page } from 'playwright-chromium'
import { createRequire } from 'node:module'

const FAILING_IMPACTS: readonly string[] = ['serious', 'critical']

export interface A11yFinding { readonly id: string, readonly impact: string, readonly help: string, readonly targets: readonly string[] }

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  // Passes and inapplicable rules are not wanted: axe then keeps one node of each, not every node.
  resultTypes: ['violations'],
}

/**
 * axe-core's WCAG A/AA rules, contrast included, on the slide alone: its serious and critical violations. axe is
 * injected once per page, not per slide: injecting its half-megabyte source each time cost three quarters of the walk.
 */
export async function auditAccessibility(page: Page, number: number): Promise<A11yFinding[]> {
  if (!await page.evaluate('typeof globalThis.axe?.run === "function"'))
    await page.addScriptTag({ path: AXE_SCRIPT })
  const context = { include: [`.slidev-page-${number}`] }
  // Only the violations leave the page: the full results, with every passing node's markup, are large.
  const violations = await page.evaluate(`globalThis.axe.run(${JSON.stringify(context)}, ${JSON.stringify(AXE_OPTIONS)})
    .then(results => results.violations.map(violation => ({
      id: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map(node => node.target.join(' ')),
    })))`) as A11yFinding[]
  return violations.filter(violation => FAILING_IMPACTS.includes(violation.impact))
}

export function problemsOfA11y(findings: readonly A11yFinding[]): string[] {
  return findings.map(finding => `a11y ${finding.impact} ${finding.id}: ${finding.help} (${finding.targets.join(', ')})`)
}
