export type Rgb = readonly [number, number, number]
type Lab = readonly [number, number, number]
export type Vision = 'typical' | 'protanopia' | 'deuteranopia' | 'tritanopia'
export const VISIONS: readonly Vision[] = [
  'typical',
  'protanopia',
  'deuteranopia',
  'tritanopia',
]

export function hexToRgb(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16)
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255]
}

function toLinear(channel: number): number {
  const c = channel / 255
  return c <= 0.04045
    ? c / 12.92
    : ((c + 0.055) / 1.055) ** 2.4
}

function toGamma(linear: number): number {
  const c = Math.min(1, Math.max(0, linear))
  return 255 * (c <= 0.0031308
    ? 12.92 * c
    : 1.055 * c ** (1 / 2.4) - 0.055)
}

/** Machado, Oliveira & Fernandes (2009) full-severity simulation matrices, applied in linear RGB. */
const SIMULATION: Record<Exclude<Vision, 'typical'>, readonly number[]> = {
  protanopia: [
    0.152286,
    1.052583,
    -0.204868,
    0.114503,
    0.786281,
    0.099216,
    -0.003882,
    -0.048116,
    1.051998,
  ],
  deuteranopia: [
    0.367322,
    0.860646,
    -0.227968,
    0.280085,
    0.672501,
    0.047413,
    -0.01182,
    0.04294,
    0.968881,
  ],
  tritanopia: [
    1.255528,
    -0.076749,
    -0.178779,
    -0.078411,
    0.930809,
    0.147602,
    0.004733,
    0.691367,
    0.3039,
  ],
}

export function simulate(rgb: Rgb, vision: Vision): Rgb {
  if (vision === 'typical')
    return rgb
  const m = SIMULATION[vision]
  const [r, g, b] = rgb.map(toLinear) as [number, number, number]
  return [
    toGamma(m[0]! * r + m[1]! * g + m[2]! * b),
    toGamma(m[3]! * r + m[4]! * g + m[5]! * b),
    toGamma(m[6]! * r + m[7]! * g + m[8]! * b),
  ]
}

function toLab(rgb: Rgb): Lab {
  const [r, g, b] = rgb.map(toLinear) as [number, number, number]
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
  const f = (t: number) => (t > 216 / 24389
    ? Math.cbrt(t)
    : (24389 / 27 * t + 16) / 116)
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))]
}

/** CIE76 colour difference: about 2.3 is a just-noticeable difference. */
export function deltaE(a: Rgb, b: Rgb): number {
  const [l1, a1, b1] = toLab(a)
  const [l2, a2, b2] = toLab(b)
  return Math.hypot(l1 - l2, a1 - a2, b1 - b2)
}

/** The smallest difference between two colours across typical and colour-deficient vision. */
export function worstCaseDistance(hexA: string, hexB: string): { distance: number, vision: Vision } {
  const a = hexToRgb(hexA)
  const b = hexToRgb(hexB)
  return VISIONS
    .map(vision => ({
      vision,
      distance: deltaE(simulate(a, vision), simulate(b, vision)),
    }))
    .reduce((worst, next) => (next.distance < worst.distance
      ? next
      : worst))
}

export function relativeLuminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex).map(toLinear) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

export function contrastRatio(hexA: string, hexB: string): number {
  const [light, dark] = [
    relativeLuminance(hexA),
    relativeLuminance(hexB),
  ].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

/** Black or white, whichever reads better on the given fill. */
export function textColorOn(fill: string): '#000000' | '#ffffff' {
  return contrastRatio(fill, '#000000') >= contrastRatio(fill, '#ffffff')
    ? '#000000'
    : '#ffffff'
}
