import type { Page } from 'playwright-chromium'

/** Where the presenter shows the current click's notes: in view or not, and at what size. */
export interface NotesInView {
  /** The current click's notes lie wholly inside the visible part of the notes pane. */
  readonly inView: boolean
  /** How far the current click's notes run past the pane's bottom (or start above its top), in px. */
  readonly outside: number
  readonly paneWidth: number
  readonly paneHeight: number
  readonly fontPx: number
}

/**
 * The current click's notes: the paragraphs from the active click mark to the next mark, or, before
 * the first click, those above the first mark (all of them when the slide has no clicks).
 */
export async function notesInView(presenter: Page): Promise<NotesInView> {
  return presenter.evaluate(() => {
    const pane = document.querySelector<HTMLElement>('.slidev-presenter .grid-section.note .slidev-note')!
    const blocks = [
      ...pane.querySelectorAll<HTMLElement>(':scope > p, :scope > ul > li, :scope > ol > li'),
    ]
    const markOf = (block: HTMLElement) => block.querySelector('.slidev-note-click-mark')
    const active = pane.querySelector('.slidev-note-click-mark-active')
    const start = active
      ? blocks.findIndex(block => block.contains(active))
      : 0
    let end = start + 1
    while (end < blocks.length && !markOf(blocks[end]!))
      end++
    const current = active || !markOf(blocks[0]!)
      ? blocks.slice(start, end)
      : []
    const paneBox = pane.getBoundingClientRect()
    const top = Math.min(...current.map(block => block.getBoundingClientRect().top))
    const bottom = Math.max(...current.map(block => block.getBoundingClientRect().bottom))
    const outside = current.length === 0
      ? 0
      : Math.max(0, paneBox.top - top, bottom - paneBox.bottom)
    return {
      inView: outside <= 1,
      outside: Math.round(outside),
      paneWidth: Math.round(paneBox.width),
      paneHeight: Math.round(paneBox.height),
      fontPx: Number.parseFloat(getComputedStyle(blocks[0] ?? pane).fontSize),
    }
  })
}
