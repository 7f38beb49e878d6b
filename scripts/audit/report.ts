import type { AuditRow } from './slide-audit.ts'

/** The table `npm run check` prints, one row a slide; shares 0 to 1 are printed as percentages, a figure not measured as `-`. */
export function formatAuditTable(rows: readonly AuditRow[]): string {
  const header = ['#', 'title', 'overflow px', 'smallest font px', 'body text %', 'diagram %', 'a11y violations', 'render ms', 'result']
  const cells = rows.map(row => [
    String(row.number),
    row.title.length > 60 ? `${row.title.slice(0, 59)}…` : row.title,
    row.overflowPx === undefined ? '-' : String(row.overflowPx),
    row.smallestFontPx === undefined ? '-' : String(row.smallestFontPx),
    row.bodyShare === undefined ? '-' : String(Math.round(row.bodyShare * 100)),
    row.diagramShare === undefined ? '-' : String(Math.round(row.diagramShare * 100)),
    String(row.a11yViolations),
    String(row.renderMs),
    row.problems.length === 0 ? 'ok' : `FAIL (${row.problems.length})`,
  ])
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map(cell => cell[column]!.length)))
  const numeric = new Set([0, 2, 3, 4, 5, 6, 7])
  const pad = (value: string, column: number) => numeric.has(column) ? value.padStart(widths[column]!) : value.padEnd(widths[column]!)
  const line = (cells: string[]) => cells.map(pad).join('  ').trimEnd()
  return [line(header), line(widths.map(width => '-'.repeat(width))), ...cells.map(line)].join('\n')
}

/** The line `npm run check` ends with: whether every slide passes, else which fail; a check of one slide says so. */
export function auditVerdict(rows: readonly AuditRow[]): string {
  const failed = rows.filter(row => row.problems.length > 0)
  if (rows.length === 1)
    return `check: the 1 slide ${failed.length === 0 ? 'passes' : `fails: ${rows[0]!.number}`}.`
  return failed.length === 0
    ? `check: all ${rows.length} slides pass.`
    : `check: ${failed.length} of ${rows.length} slides fail: ${failed.map(row => row.number).join(', ')}.`
}
