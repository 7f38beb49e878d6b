import { defineAppSetup } from '@slidev/types'
import { signalPrintReady } from '../client/print-ready.ts'
import { roomCssVariables } from '../contract/room-rules.ts'

/** Puts the room rules' sizes on the document as CSS variables, so the stylesheet and the audit share one source. */
export default defineAppSetup(() => {
  for (const [name, value] of Object.entries(roomCssVariables()))
    document.documentElement.style.setProperty(name, value)
  signalPrintReady()
})
