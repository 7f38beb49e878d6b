import { SHEET_FIGURES_CSS } from './sheet-figures.ts'

/** Each side one page, nothing split from what it belongs to; greys and weights, not hues, carry the hierarchy, so it reads in greyscale. */
export const SHEET_CSS = `
body { font-size: 8.8pt; line-height: 1.35; }
.page.back { break-before: page; }
h2 { font-size: 11pt; color: var(--accent); margin: 0 0 1.6mm; }
.kicker-heading { font-family: Inter, sans-serif; font-size: 7pt; font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase; color: var(--muted); margin-bottom: 1mm; }
section + section { margin-top: 5.5mm; }
/* The back a little tighter (with the episodes and the reading list), so the key to the notes fits on Letter, the shorter page. */
.page.back > section + section { margin-top: 4.5mm; }
.number { display: inline-block; min-width: 1.45em; height: 1.45em; line-height: 1.45em; border-radius: 50%; background: var(--ink); color: #ffffff;
  font-family: Inter, sans-serif; font-weight: 600; font-size: 0.8em; text-align: center; vertical-align: 0.1em; }
/* Kept whole on a line as a block, wrapped inside only when longer than the line: \`nowrap\` ran a long one past its column, or past the
   page's edge, which Chromium then printed shrunk whole. */
.actor { display: inline-block; max-width: 100%; }
.swatch { display: inline-block; width: 0.75em; height: 0.75em; margin-right: 0.25em; border: 0.4pt solid var(--ink); vertical-align: -0.05em; }

.masthead { display: flex; justify-content: space-between; align-items: flex-end; gap: 8mm; padding-bottom: 2.5mm; border-bottom: 1.2pt solid var(--ink); }
/* The talk's column gives way first, down to 55 mm; a title too long for the rest wraps (balanced) rather than run off the sheet,
   which Chromium would then print shrunk whole. */
.masthead-title { flex: none; max-width: calc(100% - 63mm); overflow-wrap: break-word; }
.masthead h1 { font-size: 19pt; line-height: 1.1; text-wrap: balance; }
.masthead .subtitle { font-family: 'Source Serif 4', serif; font-size: 12pt; margin-top: 0.6mm; }
.masthead-talk { min-width: 55mm; text-align: right; font-size: 7.5pt; line-height: 1.3; color: var(--muted); }
/* A venue line that wraps does so in balance, not leaving its last words alone on a line, and after a comma: each part a block
   on the line, wrapped inside only when longer than the column. */
.masthead-talk p { text-wrap: balance; }
.masthead-talk .venue-part { display: inline-block; max-width: 100%; }
.masthead-talk .speaker { font-size: 10pt; font-weight: 600; color: var(--ink); }
.masthead-talk .date { font-weight: 600; color: var(--ink); }

.argument { margin-top: 3mm; }
.thesis { font-family: 'Source Serif 4', serif; font-weight: 600; font-size: 20pt; line-height: 1.16; }
.comparison { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; margin-top: 3mm; }
.comparison h3 { font-size: 9pt; margin-bottom: 0.8mm; }
.comparison ul { padding-left: 3.5mm; }
.comparison .allies { border-left: 2pt solid var(--ink); padding-left: 3mm; }
.comparison .enemies { color: var(--muted); padding-left: 3mm; border-left: 0.6pt solid var(--rule); }

.ledger table { width: 100%; border-collapse: collapse; }
.ledger th, .ledger td { text-align: left; vertical-align: top; padding: 1.8mm 2mm 1.8mm 0; border-top: 0.5pt solid var(--rule); }
.ledger thead th { font-size: 7pt; font-weight: 600; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); border-top: none; padding-bottom: 0.8mm; }
.ledger tbody th { width: 31%; font-weight: 600; }
/* The name's wrapped lines and its years hang from the text after the number's badge, not under the badge. */
.ledger .episode-name { display: grid; grid-template-columns: auto 1fr; align-items: baseline; column-gap: 0.3em; }
/* A grid item ignores vertical-align: the badge raised as in running text. */
.ledger .episode-name .number { position: relative; top: -0.1em; }
.ledger .period { display: block; font-weight: 400; color: var(--muted); }
.ledger .say { width: 30%; }
.ledger .turn-of-say { display: block; }
/* A final say that passed on: a turn a line, led by its date, the dates in a column of their own on the names' baseline. The
   column is too narrow for two names after a date: they stack after it (the date a size smaller, so the longest name fits
   beside it on A4 without widening the column), and a little space sets the next turn apart. */
.ledger .turns { display: grid; grid-template-columns: auto 1fr; align-items: baseline; gap: 0.7mm 0.9mm; }
.ledger .when { font-size: 7.5pt; color: var(--muted); white-space: nowrap; }
/* A capital beside a date: its swatch kept with its name (a line could break between the two), a long name wrapped inside. */
.ledger .turns .actor { display: inline-flex; align-items: baseline; }
.ledger .turns .swatch { flex: none; position: relative; top: 0.05em; }
.ledger .lesson { font-family: 'Source Serif 4', serif; font-size: 9.5pt; line-height: 1.25; }

.lower { margin-top: 5.5mm; }
.lower.with-map { display: flex; gap: 6mm; align-items: flex-start; }
.lower-text { flex: 1; min-width: 0; }
.sheet-map { flex: none; border: 0.5pt solid var(--rule); }
.map-steps { list-style: none; padding: 0; display: flex; flex-direction: column; gap: 1.3mm; margin-bottom: 2.5mm; }
.map-steps li { display: grid; grid-template-columns: 5.5mm 14mm 1fr; align-items: baseline; }
.map-legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 1mm 5mm; font-size: 7.5pt; color: var(--muted); }
.map-legend svg { vertical-align: -0.15em; margin-right: 1.2mm; }
.step-number { display: inline-block; width: 3.8mm; height: 3.8mm; line-height: 3.8mm; border-radius: 50%; color: #ffffff; font-weight: 600; font-size: 7pt; text-align: center; }
.step-date { font-weight: 600; font-variant-numeric: tabular-nums; }

.decisions .episodes { list-style: none; padding: 0; }
.episode { display: grid; grid-template-columns: 40mm 1fr; gap: 4mm; padding: 1.6mm 0 1.8mm; border-top: 0.5pt solid var(--rule); break-inside: avoid; }
.episode:first-child { border-top: 1.2pt solid var(--ink); }
.turning-point .kicker { font-size: 6.5pt; font-weight: 600; letter-spacing: 0.08em; text-transform: uppercase; color: var(--muted); margin: 0; }
.turn-date { font-family: 'Source Serif 4', serif; font-weight: 600; font-size: 12pt; line-height: 1.15; }
.turn-who { font-size: 8pt; margin-top: 0.4mm; }
.turn-label { font-style: italic; font-family: 'Source Serif 4', serif; }
.episode h3 { font-size: 11pt; line-height: 1.2; }
.episode h3 .period { font-family: Inter, sans-serif; font-weight: 400; font-size: 8.5pt; color: var(--muted); margin-left: 1mm; }
.episode .question { color: var(--muted); margin-top: 0.3mm; }
.episode .decided { font-size: 9.5pt; font-weight: 600; margin-top: 0.8mm; }
.episode blockquote { margin: 1.2mm 0 0; padding-left: 3mm; border-left: 1.5pt solid var(--ink); }
.quote-text { font-family: 'Source Serif 4', serif; font-size: 9.5pt; line-height: 1.3; }
.quote-cite { display: inline-block; max-width: 100%; font-size: 7.5pt; color: var(--muted); }

.reading ol { list-style: none; padding: 0; display: flex; flex-direction: column; gap: 0.6mm; font-size: 8.2pt; line-height: 1.3; }
.reading li { display: grid; grid-template-columns: 9mm 1fr; break-inside: avoid; }
.reading-lead { font-size: 7.5pt; color: var(--muted); margin: -0.8mm 0 1.6mm; text-wrap: pretty; }
.reading-episodes .number { margin-right: 0.6mm; }
.reading-note { color: var(--muted); white-space: nowrap; }
.caveat { border-top: 1.2pt solid var(--ink); padding-top: 2mm; }
.caveat p { font-family: 'Source Serif 4', serif; font-size: 9.5pt; line-height: 1.3; }
${SHEET_FIGURES_CSS}`
