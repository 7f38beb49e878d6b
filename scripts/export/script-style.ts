/** The speaker script's body: the words spoken, set to be read at arm's length from a lectern. */
export const SCRIPT_BODY = { sizePt: 16, leading: 1.5 } as const

/**
 * The thumbnail at each slide's head, about 2.5 in wide: large enough to tell one diagram from another (at 44 mm they looked alike), small
 * enough to leave the page to the words (29 pages became 31).
 */
export const SCRIPT_SLIDE_WIDTH_MM = 63

export const SCRIPT_CSS = `
.cover h1 { font-size: 24pt; line-height: 1.15; }
.cover .subtitle { font-family: 'Source Serif 4', serif; font-size: 15pt; line-height: 1.3; margin: 1.5mm 0 5mm; }
.cover p { font-size: 10.5pt; line-height: 1.45; }
.cover table { border-collapse: collapse; margin-top: 6mm; width: 100%; font-size: 11pt; }
.cover th, .cover td { text-align: left; padding: 1.8mm 2mm; border-bottom: 0.4pt solid var(--rule); }
.cover th { font-weight: 600; }
.cover td.num, .cover th.num { text-align: right; font-variant-numeric: tabular-nums; }
.cover .muted { margin-top: 2mm; }

section { break-before: page; }
.section-head { border-bottom: 1pt solid var(--accent); padding-bottom: 2mm; }
/* Below Source Serif's own height (1.37 em), a heading's glyphs overflow its line, and Chromium then tags it on the page before as well. */
.section-head h2 { font-size: 20pt; line-height: 1.4; color: var(--accent); }
.section-head p { margin-top: 1.2mm; font-size: 11pt; line-height: 1.4; }
.section-head b { font-weight: 600; }

.slide { padding-top: 6mm; }
.slide + .slide { border-top: 0.5pt solid var(--rule); margin-top: 6mm; }
/* The heading keeps to the slide's first words; a page may break between two clicks, never inside one. */
.slide-head { display: flex; gap: 5mm; align-items: flex-start; break-inside: avoid; break-after: avoid; }
/* The slide is drawn left of its heading, which comes first in the document for a screen reader and the PDF's tags. */
.thumb { flex: none; width: ${SCRIPT_SLIDE_WIDTH_MM}mm; order: -1; }
.thumb .frame-note { margin-top: 0.8mm; font-size: 8pt; color: var(--muted); }
.slide-title { flex: 1; min-width: 0; }
.slide-title .kicker { font-size: 10pt; line-height: 1.35; margin-bottom: 1.2mm; }
.slide-title h3 { font-size: 17pt; line-height: 1.25; }

.spoken { display: grid; grid-template-columns: 28mm minmax(0, 1fr); align-items: baseline; break-inside: avoid; margin-top: 5mm; }
.clicks { list-style: none; padding: 0; }
/* A slide's last click (a diagram's answer) goes over the page with the click before it, never alone at the top of the next. */
.clicks > li:last-child:not(:first-child) { break-before: avoid; }
.words { font-family: 'Source Serif 4', serif; font-size: ${SCRIPT_BODY.sizePt}pt; line-height: ${SCRIPT_BODY.leading}; hyphens: none; }
.click-number { font-size: 9pt; font-weight: 600; color: var(--accent); }
.click-slide { font-weight: 400; color: var(--muted); }
.time { font-size: 10.5pt; font-variant-numeric: tabular-nums; }
.cue { font-size: 11pt; line-height: 1.35; font-weight: 600; margin-bottom: 1mm; }
.cue .to, .cue .date { font-weight: 400; color: var(--muted); }
.cue .answer { color: var(--accent); }
.note-mark { font-family: Inter, sans-serif; font-size: 0.62em; font-weight: 600; line-height: 0; vertical-align: super; color: var(--accent); margin-left: 0.12em; }
.note-mark a { color: inherit; text-decoration: none; }

.apparatus { margin-top: 9mm; padding-top: 3mm; border-top: 1pt solid var(--accent); }
.apparatus h3 { font-size: 14pt; line-height: 1.25; }
.apparatus ol { list-style: none; padding: 0; margin-top: 1mm; }
.apparatus li { display: grid; grid-template-columns: 9mm minmax(0, 1fr); align-items: baseline; break-inside: avoid; margin-top: 2.5mm; }
.note-number { font-size: 10pt; font-weight: 600; color: var(--accent); }
.note-place { font-size: 9.5pt; color: var(--muted); }
.note-place a { color: inherit; text-decoration: none; }
.note-text { font-family: 'Source Serif 4', serif; font-size: 11.5pt; line-height: 1.4; }
.editors-label { font-family: Inter, sans-serif; font-size: 8.5pt; font-weight: 600; letter-spacing: 0.04em; text-transform: uppercase; color: var(--missing); margin-right: 0.4em; }
`
