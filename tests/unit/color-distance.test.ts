import { describe, expect, it } from 'vitest'
import { contrastRatio, deltaE, hexToRgb, simulate, textColorOn, worstCaseDistance } from '../../scripts/dataset/color-distance.ts'

describe('colour distance', () => {
  it('reads hex colours', () => {
    expect(hexToRgb('#0072B2')).toEqual([0, 114, 178])
  })

  it('measures identical colours as zero and black against white as about 100', () => {
    expect(deltaE([10, 20, 30], [10, 20, 30])).toBe(0)
    expect(deltaE([0, 0, 0], [255, 255, 255])).toBeCloseTo(100, 0)
  })

  it('finds red and green close for a deuteranope though far apart for typical vision', () => {
    const typical = deltaE(hexToRgb('#d62728'), hexToRgb('#2ca02c'))
    const { distance, vision } = worstCaseDistance('#d62728', '#2ca02c')
    expect(typical).toBeGreaterThan(60)
    expect(distance).toBeLessThan(typical / 2)
    expect(['protanopia', 'deuteranopia']).toContain(vision)
  })

  it('leaves greys unchanged under simulation', () => {
    const [r, g, b] = simulate([128, 128, 128], 'deuteranopia')
    expect(Math.abs(r - 128) + Math.abs(g - 128) + Math.abs(b - 128)).toBeLessThan(3)
  })

  it('computes WCAG contrast and picks the readable text colour', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(textColorOn('#F0E442')).toBe('#000000')
    expect(textColorOn('#0072B2')).toBe('#ffffff')
  })
})
