import type { core, ZodError } from 'zod'
import type { DatasetProblem } from './dataset-error.ts'

type RawIssue = core.$ZodRawIssue
type Issue = core.$ZodIssue

/** `a, b or c` */
function orList(items: readonly unknown[]): string {
  return new Intl.ListFormat('en-GB', { type: 'disjunction' }).format(items.map(String))
}

/** `missing: needs one of a, b or c`, or `"d" is not one of a, b or c`. */
function oneOfMessage(value: unknown, options: readonly unknown[]): string {
  return value === undefined ? `missing: needs one of ${orList(options)}` : `${shownValue(value)} is not one of ${orList(options)}`
}

/** A value as the message repeats it: texts in quotes (shortened), numbers as written, lists, groups and functions by kind. */
function shownValue(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}…` : value)
  if (Array.isArray(value))
    return 'a list'
  if (value !== null && typeof value === 'object')
    return 'a group of fields'
  // `export default () => ({ … })`: the function's source would fill the terminal.
  if (typeof value === 'function')
    return 'a function'
  return String(value)
}

function fieldsOf(schema: unknown): string[] | undefined {
  const shape = (schema as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def?.shape
  return shape && Object.keys(shape)
}

const KINDS: Record<string, string> = {
  string: 'a text in quotes',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list in [ ]',
}

function kindInWords(expected: string, schema: unknown): string {
  if (expected !== 'object')
    return KINDS[expected] ?? expected
  const fields = fieldsOf(schema)
  return fields ? `{ ${fields.join(', ')} }` : 'a group of fields in { }'
}

function sizeMessage(issue: Extract<RawIssue, { code: 'too_small' | 'too_big' }>): string | undefined {
  const small = issue.code === 'too_small'
  const limit = Number(small ? issue.minimum : issue.maximum)
  if (issue.origin === 'number') {
    const bound = issue.inclusive ? `${limit} or ${small ? 'more' : 'less'}` : `${small ? 'more' : 'less'} than ${limit}`
    return `must be ${bound}, not ${shownValue(issue.input)}`
  }
  if (issue.origin === 'array') {
    const entries = limit === 1 ? 'one entry' : `${limit} entries`
    return small ? `needs at least ${entries}` : `has ${(issue.input as unknown[]).length} entries, more than the ${limit} allowed`
  }
  return undefined
}

/** Zod's error map: the schema's errors in the dataset writer's words; undefined keeps zod's own message. */
export function schemaMessage(issue: RawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const kind = kindInWords(issue.expected, issue.inst)
      return issue.input === undefined ? `missing: needs ${kind}` : `must be ${kind}, not ${shownValue(issue.input)}`
    }
    case 'invalid_value':
      return oneOfMessage(issue.input, issue.values)
    case 'invalid_union': {
      const { options } = issue as { options?: readonly unknown[] }
      if (issue.discriminator === undefined || !options)
        return undefined
      return oneOfMessage((issue.input as Record<string, unknown> | undefined)?.[issue.discriminator], options)
    }
    case 'unrecognized_keys':
      return `not a field here; the fields are ${fieldsOf(issue.inst)?.join(', ') ?? 'listed in data/schema.ts'}`
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue)
    default:
      return undefined
  }
}

function problemsOf(issue: Issue, prefix: readonly PropertyKey[]): DatasetProblem[] {
  const path = [...prefix, ...issue.path].filter(step => typeof step !== 'symbol')
  // A record that fits no branch of a union is told what the closest branch (fewest issues) lacks.
  const branches = issue.code === 'invalid_union' ? issue.errors.filter(branch => branch.length > 0) : []
  if (branches.length > 0)
    return branches.reduce((best, branch) => branch.length < best.length ? branch : best).flatMap(inner => problemsOf(inner, path))
  // One problem per unknown field, each at its own name, so the record › field reads like every other problem.
  if (issue.code === 'unrecognized_keys')
    return issue.keys.map(key => ({ path: [...path, key], message: issue.message }))
  return [{ path, message: issue.message }]
}

export function schemaProblems(error: ZodError): DatasetProblem[] {
  return error.issues.flatMap(issue => problemsOf(issue, []))
}
