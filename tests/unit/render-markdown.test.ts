import { describe, expect, it } from 'vitest'
import { escapeNoteText, escapeSlideTitle, renderNotes } from '../../scripts/generate/render-markdown.ts'

describe('escapeSlideTitle', () => {
  it.each([
    ['plain text', '1. The decision for war: Timeline', '1. The decision for war: Timeline'],
    ['tags', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['Vue interpolation', '{{ $slidev }}', '<span>{</span><span>{</span> \\$slidev <span>}</span><span>}</span>'],
    ['Markdown formatting', '*bold* _it_ `code` [link](x) # ! | ~', '\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\# \\! \\| \\~'],
    ['ampersands and line breaks', 'A &amp; B\nC', 'A &amp;amp; B C'],
    ['maths, which Slidev sets with KaTeX once any slide holds $…$', 'Why $wait$?', 'Why \\$wait\\$?'],
  ])('escapes %s', (_name, input, expected) => {
    expect(escapeSlideTitle(input)).toBe(expected)
  })
})

describe('notes', () => {
  it('cannot close the comment, open a tag, interpolate or fake a click marker', () => {
    expect(escapeNoteText('a --> <b> [click] {{ x }} & y')).toBe('a --&gt; &lt;b&gt; &#91;click] &#123;&#123; x &#125;&#125; &amp; y')
    expect(escapeNoteText('[Click] [CLICK:3]')).toBe('&#91;Click] &#91;CLICK:3]')
  })

  it.each([
    ['emphasis and code', 'the *Pravda* editorial, _de facto_, `x`', 'the \\*Pravda\\* editorial, \\_de facto\\_, \\`x\\`'],
    ['maths, which the presenter sets with KaTeX', 'cost $2$ or $$y$$', 'cost &#36;2&#36; or &#36;&#36;y&#36;&#36;'],
    ['a heading', '# of divisions', '\\# of divisions'],
    ['an ordered list', '1950. The war begins.', '1950\\. The war begins.'],
    ['a bullet', '* one', '\\* one'],
    ['a bullet with a plus', '+ one', '\\+ one'],
    ['a link', '[the record](x)', '&#91;the record](x)'],
    ['a table and a backslash', 'a | b \\ c ~d~ !', 'a \\| b \\\\ c \\~d\\~ \\!'],
  ])('keeps %s as typed', (_name, input, expected) => {
    expect(escapeNoteText(input)).toBe(expected)
  })

  it('puts one [click] marker before each step', () => {
    expect(renderNotes({
      lead: 'Lead.',
      steps: ['One.', 'Two.'],
    })).toBe('<!--\nLead.\n\n[click] One.\n\n[click] Two.\n-->')
  })
})
