import { describe, expect, it } from 'vitest'
import { contrastRatio, deltaE, textColorOn, worstCaseDistance } from '../../scripts/dataset/color-distance.ts'

describe('colour distance', () => {
  it('measures identical colours as zero and black against white as 100', () => {
    expect(deltaE('#0a141e', '#0a141e')).toBe(0)
    expect(deltaE('#000000', '#ffffff')).toBeCloseTo(100, 0)
  })

  it('finds red and green close for a deuteranope though far apart for typical vision', () => {
    const typical = deltaE('#d62728', '#2ca02c')
    const { distance, vision } = worstCaseDistance('#d62728', '#2ca02c')
    expect(typical).toBeGreaterThan(40)
    expect(distance).toBeLessThan(typical / 2)
    expect(['protanopia', 'deuteranopia']).toContain(vision)
  })

  it('leaves greys where they are under simulation', () => {
    expect(deltaE('#808080', '#808080', 'deuteranopia')).toBe(0)
    expect(deltaE('#808080', '#858585', 'tritanopia')).toBeLessThan(3)
  })

  it('computes WCAG contrast and picks the readable text colour', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(textColorOn('#F0E442')).toBe('#000000')
    expect(textColorOn('#0072B2')).toBe('#ffffff')
  })
})
