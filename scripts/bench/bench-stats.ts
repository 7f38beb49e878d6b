import { readdirSync, readFileSync } from 'node:fs'

export function median(values: readonly number[]): number {
  if (values.length === 0)
    throw new Error('median of no values')
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? sorted[middle]!
    : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** The parent pid from a `/proc/<pid>/stat` line; the command name may hold spaces and parentheses. */
export function parentPid(statLine: string): number | undefined {
  const fields = statLine.slice(statLine.lastIndexOf(')') + 2).split(' ')
  const parent = Number(fields[1])
  return Number.isInteger(parent)
    ? parent
    : undefined
}

/** A process and all its descendants, from a pid -> parent pid table. */
export function descendants(root: number, parents: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>()
  for (const [pid, parent] of parents) {
    children.set(parent, [
      ...children.get(parent) ?? [],
      pid,
    ])
  }
  const tree: number[] = []
  const queue = [root]
  while (queue.length > 0) {
    const pid = queue.shift()!
    tree.push(pid)
    queue.push(...(children.get(pid) ?? []))
  }
  return tree
}

/** Proportional set size in kB from `/proc/<pid>/smaps_rollup` (RSS with shared pages split among their users). */
export function pssKb(smapsRollup: string): number {
  const match = /^Pss:\s+(\d+) kB/m.exec(smapsRollup)
  return match
    ? Number(match[1])
    : 0
}

function readOr(path: string, fallback: string): string {
  try {
    return readFileSync(path, 'utf8')
  }
  catch {
    return fallback
  }
}

/** Memory of a process tree now, in MB (Linux /proc; 0 elsewhere). */
export function treeMemoryMb(root: number): number {
  let pids: string[]
  try {
    pids = readdirSync('/proc').filter(name => /^\d+$/.test(name))
  }
  catch {
    return 0
  }
  const parents = new Map<number, number>()
  for (const pid of pids) {
    const parent = parentPid(readOr(`/proc/${pid}/stat`, ''))
    if (parent !== undefined)
      parents.set(Number(pid), parent)
  }
  const kb = descendants(root, parents).reduce((sum, pid) => sum + pssKb(readOr(`/proc/${pid}/smaps_rollup`, '')), 0)
  return kb / 1024
}

export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`
}
