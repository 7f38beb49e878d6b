import type { SlideFit } from '../audit/measure.ts'
import { resolve } from 'node:path'
import { textsOnEachOther } from '../audit/judge.ts'
import { PROJECT_DATA } from '../files/project-root.ts'

/** The command that audits slide N of the talk in `dataDir`, named as the export was given it. */
function checkCommand(dataDir: string, number: number): string {
  const data = resolve(dataDir) === PROJECT_DATA ? '' : ` --data ${dataDir}`
  return `npm run check --${data} --slides ${number}`
}

/**
 * What an export says of each printed slide that breaks a room rule it can see on the print page (the
 * slide runs off its canvas, or texts overlap), pointing to `npm run check`, which says why.
 */
export function fitWarnings(fits: readonly SlideFit[], dataDir: string): string[] {
  return fits.flatMap((fit) => {
    const overlaps = textsOnEachOther(fit.overlaps)
    const more = overlaps.length > 1 ? `, and ${overlaps.length - 1} more` : ''
    const faults = [
      ...(fit.overflowPx > 0 ? [`runs ${Math.round(fit.overflowPx)} px off the canvas`] : []),
      ...overlaps.slice(0, 1).map(overlap => `sets texts on each other (${overlap.first} and ${overlap.second}${more})`),
    ]
    return faults.length > 0 ? [`slide ${fit.number} ${faults.join(' and ')}; ${checkCommand(dataDir, fit.number)} says why`] : []
  })
}
