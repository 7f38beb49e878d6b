/** What an author might paste by mistake: a paragraph where a one-line point belongs. On the closing synthesis, set large, it runs off the slide. */
export const GIANT_POINT = 'Kim presses the ambassador, again and again, in meeting after meeting. '.repeat(12).trim()
