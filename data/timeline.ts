import type { MilestoneInput } from './schema'

/**
 * The turning points of the decade, on the timeline that opens the talk and each episode. A milestone
 * that is an event of an episode takes its date and sources from the event.
 */
export default [
  {
    id: 'division',
    label: 'Division, trusteeship',
    date: '1945',
    dateNote: 'Korea was divided in August 1945; the trusteeship was agreed that December.',
    sources: ['essay'],
  },
  {
    id: 'two-states',
    label: 'Two states',
    date: '1948',
    sources: ['essay'],
  },
  { id: 'war', label: 'War', event: 'invasion' },
  { id: 'stalin-dies', label: 'Stalin dies', event: 'stalin-dies' },
  {
    id: 'armistice',
    label: 'Armistice',
    date: '1953',
    dateNote: 'The essay dates the armistice talks 1951–53 and gives no date for the signing.',
    sources: ['essay'],
  },
  { id: 'new-line', label: 'De-Stalinization', event: 'khrushchev-new-line' },
  { id: 'plenums', label: 'Plenums', event: 'august-plenum' },
  { id: 'treaties', label: 'Treaties', event: 'moscow-treaty' },
] satisfies MilestoneInput[]
