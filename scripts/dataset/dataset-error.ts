/** Where in the dataset: `['episodes', 1, 'events', 3, 'sources', 0]`. */
export type DatasetPath = readonly (string | number)[]

export interface DatasetProblem {
  readonly path: DatasetPath
  readonly message: string
}

export interface DatasetIssue extends DatasetProblem {
  readonly file: string
  /** `episodes[1] (chinese-intervention) › events[3] (stalin-orders-evacuation) › sources[0]` */
  readonly record: string
}

export class DatasetError extends Error {
  readonly issues: readonly DatasetIssue[]

  constructor(issues: readonly DatasetIssue[]) {
    const count = `${issues.length} problem${issues.length === 1 ? '' : 's'}`
    super(`The dataset is invalid (${count}):\n${issues.map(formatIssue).join('\n')}`)
    this.issues = issues
    this.name = 'DatasetError'
  }
}

export function formatIssue(issue: DatasetIssue): string {
  return `  ${issue.file}: ${issue.record}: ${issue.message}`
}
