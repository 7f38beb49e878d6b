/**
 * On a busy machine `slidev export` can print before the app has mounted a slide, and Slidev 53 then prints blank
 * pages without their clicks (docs/workarounds.md). It also waits for each `[data-waitfor]` selector: index.html's
 * looks for the print page marked as drawn, which this marks once every slide and diagram is drawn, two checks in a row.
 */
export function signalPrintReady(): void {
  if (!new URLSearchParams(location.search).has('print'))
    return
  let settled = 0
  const timer = setInterval(() => {
    const pages = [...document.querySelectorAll('.print-slide-container')]
    const drawn = pages.length > 0 && pages.every(page => page.querySelector('.slidev-layout'))
      && !document.querySelector('.slidev-slide-loading, figure.decision:not([data-diagram-ready]), #mermaid-rendering-container > div')
    settled = drawn ? settled + 1 : 0
    if (settled < 2)
      return
    clearInterval(timer)
    document.querySelector('#print-content')?.setAttribute('data-deck-drawn', '')
  }, 100)
}
