import type { Page } from 'playwright-chromium'
import { AxeBuilder } from '@axe-core/playwright'

export const AXE_TAGS = [
  'wcag2a',
  'wcag2aa',
  'wcag21a',
  'wcag21aa',
  'wcag22aa',
] as const
export const FAILING_IMPACTS: readonly string[] = ['serious', 'critical']

export interface A11yFinding {
  readonly id: string
  readonly impact: string
  readonly help: string
  readonly targets: readonly string[]
}

type AxePage = ConstructorParameters<typeof AxeBuilder>[0]['page']

/** axe-core on the slide alone: every WCAG A/AA rule, colour contrast included; returns the serious and critical violations. */
export async function auditAccessibility(page: Page, number: number): Promise<A11yFinding[]> {
  // @axe-core/playwright is typed against its own copy of playwright-core; the page is the same object.
  const results = await new AxeBuilder({ page: page as unknown as AxePage })
    .include(`.slidev-page-${number}`)
    .withTags([...AXE_TAGS])
    .analyze()
  return results.violations
    .filter(violation => FAILING_IMPACTS.includes(violation.impact ?? ''))
    .map(violation => ({
      id: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      targets: violation.nodes.map(node => node.target.join(' ')).slice(0, 5),
    }))
}

export function problemsOfA11y(findings: readonly A11yFinding[]): string[] {
  return findings.map(finding => `a11y ${finding.impact} ${finding.id}: ${finding.help} (${finding.targets.join(', ')})`)
}
