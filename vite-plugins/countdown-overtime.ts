import type { Plugin } from 'vite'

const USE_TIMER = /[\\/]@slidev[\\/]client[\\/]composables[\\/]useTimer\.ts(?:\?|$)/
const REMAINING = /const total = (mode\.value === 'countdown'\s*\? duration\.value \* 1000 - passedMs\.value\s*: passedMs\.value)/
const PARTS = /return \{\s*h,\s*m: min,/

/** Slidev's countdown past the slot, `-1:-1:-40` with its own formatting, written `-0:40`; the edited code, or undefined if it no longer has that shape. */
export function withOvertime(code: string): string | undefined {
  if (!REMAINING.test(code) || !PARTS.test(code))
    return undefined
  return code
    .replace(REMAINING, 'const signed = $1\n    const total = Math.abs(signed)')
    .replace(PARTS, 'return {\n      h: signed < 0 && h ? \'-\' + h : h,\n      m: signed < 0 && !h ? \'-\' + min : min,')
}

/** The presenter's countdown reads how far past the slot the talk has run (docs/workarounds.md). */
export function countdownOvertime(): Plugin {
  return {
    name: 'deck-countdown-overtime',
    enforce: 'pre',
    transform(code, id) {
      if (!USE_TIMER.test(id))
        return null
      const edited = withOvertime(code)
      if (!edited)
        this.error('Slidev\'s useTimer.ts no longer has the shape vite-plugins/countdown-overtime.ts edits; update the edit or remove it')
      return { code: edited, map: null }
    },
  }
}
