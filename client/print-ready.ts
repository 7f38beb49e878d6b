/**
 * `slidev export` prints its print page once the page has loaded and the slide spinners it sees then
 * are gone. On a busy machine the page can load before the app has mounted a slide, and Slidev 53
 * then prints blank pages without their clicks (docs/workarounds.md). Slidev also waits for what the
 * selector of each `[data-waitfor]` element finds: `index.html` holds one that looks for the print
 * page marked as drawn, and this marks it once every slide is drawn with its diagram, two checks in a row.
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
