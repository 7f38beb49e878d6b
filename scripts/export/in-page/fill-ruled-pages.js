// Inlined into the detailed handout with ruled lines (handout-layout.ts): lays its pages out once the fonts are in. Each page takes
// `data-rows` rows (a row of two slides counts once), fewer where the next would not fit under them in `data-room-mm`; then the
// page's rows are stretched, the shorter first, until they reach its foot, the ruled lines filling what their text leaves.
(() => {
  const { roomMm, rows } = document.currentScript.dataset
  addEventListener('load', () => document.fonts.ready.then(() => {
    const room = Number(roomMm) * 96 / 25.4
    const pages = [[]]
    let used = 0
    let bottom = document.body.getBoundingClientRect().top
    for (const unit of document.querySelectorAll('.deck-section > :is(.slide, .row), .section-start > :is(.slide, .row)')) {
      const box = unit.getBoundingClientRect()
      const need = box.bottom - bottom
      const page = pages.at(-1)
      bottom = box.bottom
      if (page.length === Number(rows) || (page.length > 0 && used + need > room)) {
        pages.push([])
        used = 0
        const start = unit.parentElement.matches('.section-start') ? unit.parentElement : unit
        start.style.breakBefore = 'page'
      }
      pages.at(-1).push({ unit, height: box.height, above: need - box.height })
      used += need
    }
    for (const page of pages) {
      let rest = room - page.reduce((sum, row) => sum + row.above, 0)
      let count = page.length
      for (const { height } of page.toSorted((a, b) => b.height - a.height)) {
        if (height * count <= rest)
          break
        rest -= height
        count--
      }
      for (const { unit } of page)
        unit.style.minHeight = count > 0 ? `${rest / count}px` : ''
    }
  }))
})()
