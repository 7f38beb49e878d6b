import type { Color } from 'culori'
import { converter, differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, formatHex, parse, wcagContrast } from 'culori'

type Vision = 'typical' | 'protanopia' | 'deuteranopia' | 'tritanopia'

/** Full-severity simulations (Machado, Oliveira & Fernandes 2009, as culori implements them). */
const SIMULATIONS: Record<Vision, (color: Color) => Color> = {
  typical: color => color,
  protanopia: filterDeficiencyProt(1),
  deuteranopia: filterDeficiencyDeuter(1),
  tritanopia: filterDeficiencyTrit(1),
}

const ciede2000 = differenceCiede2000()

function color(hex: string): Color {
  const parsed = parse(hex)
  if (!parsed)
    throw new Error(`not a colour: ${hex}`)
  return parsed
}

/** CIEDE2000 colour difference: about 1 is just noticeable, 10 and more reads as clearly different. */
export function deltaE(hexA: string, hexB: string, vision: Vision = 'typical'): number {
  const simulate = SIMULATIONS[vision]
  return ciede2000(simulate(color(hexA)), simulate(color(hexB)))
}

export function worstCaseDistance(hexA: string, hexB: string): { distance: number, vision: Vision } {
  return (Object.keys(SIMULATIONS) as Vision[])
    .map(vision => ({ vision, distance: deltaE(hexA, hexB, vision) }))
    .reduce((worst, next) => next.distance < worst.distance ? next : worst)
}

export function contrastRatio(hexA: string, hexB: string): number {
  return wcagContrast(color(hexA), color(hexB))
}

export function textColorOn(fill: string): '#000000' | '#ffffff' {
  return contrastRatio(fill, '#000000') >= contrastRatio(fill, '#ffffff') ? '#000000' : '#ffffff'
}

/** The colour darkened in steps of OKLCH lightness until it reads on `background` at `ratio`: an actor's hue as text. */
export function inkOn(hex: string, background = '#ffffff', ratio = 4.5): string {
  const start = converter('oklch')(color(hex))
  for (let l = start.l; l > 0; l -= 0.01) {
    const candidate = formatHex({ ...start, l })
    if (contrastRatio(candidate, background) >= ratio)
      return candidate
  }
  return '#000000'
}
