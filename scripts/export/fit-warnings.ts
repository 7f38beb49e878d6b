import type { SlideFit } from '../audit/measure.ts'
import { resolve } from 'node:path'
import { textsOnEachOther } from '../audit/judge.ts'
import { shellWord } from '../cli/command.ts'
import { PROJECT_DATA } from '../files/project-root.ts'

/** The export's warning for each printed slide that runs off its canvas or sets texts on each other, pointing to `npm run check`. */
export function fitWarnings(fits: readonly SlideFit[], dataDir: string): string[] {
  // The command that audits a slide names the dataset as the export was given it.
  const data = resolve(dataDir) === PROJECT_DATA ? '' : ` --data ${shellWord(dataDir)}`
  return fits.flatMap((fit) => {
    const overlaps = textsOnEachOther(fit.overlaps)
    const more = overlaps.length > 1 ? `, and ${overlaps.length - 1} more` : ''
    const faults = [
      ...(fit.overflowPx > 0 ? [`runs ${Math.round(fit.overflowPx)} px off the canvas`] : []),
      ...overlaps.slice(0, 1).map(overlap => `sets texts on each other (${overlap.first} and ${overlap.second}${more})`),
    ]
    return faults.length > 0 ? [`slide ${fit.number} ${faults.join(' and ')}; npm run check --${data} --slides ${fit.number} says why`] : []
  })
}
