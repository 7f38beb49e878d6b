import type { SourceInput } from './schema'

/**
 * The essay's footnotes as printed. Notes 7, 10, 16 and 18 are referenced in the text but absent
 * from the essay's list: they are recorded as missing, never reconstructed.
 *
 * `reading` picks the works the handout sheet lists as further reading, as each note prints them: the
 * published accounts a listener would want, out by the day of the talk and printed without a slip.
 * Left out: archive files and single documents (notes 2's first sentence, 3, 14, 19), a dissertation
 * (note 20), repeats (notes 5, 11, 13, 15, 22), works of after 22 February 2006 or forthcoming (in notes
 * 25, 26), and citations the essay misprints (note 6's stray quotation mark, note 23's broken page
 * range, note 24's title and pages).
 */
export default [
  {
    id: 'essay',
    status: 'essay',
    text: 'Kathryn Weathersby, “North Korean Foreign Relations: Historical Roots of Present Patterns,” The ICAS Lectures (ICAS Winter Symposium, 22 February 2006; essay text dated December 2007).',
  },
  {
    id: 'n1',
    status: 'listed',
    number: 1,
    text: 'It is important to note that relying on the records of Pyongyang’s allies to examine North Korea’s history is far from optimal. However, until DPRK documentary records become accessible to scholars, these sources provide the best available evidence.',
  },
  {
    id: 'n2',
    status: 'listed',
    number: 2,
    text: 'Files in the Archive of the Foreign Policy of the Russian Federation, record group Referentura po Koree for 1945–1949, contain voluminous correspondence between Moscow and Pyongyang regarding Korean requests to send students to a wide range of educational institutions in the Soviet Union. For a description of Soviet advisers assisting the North Korean government, see Andrei Lankov, From Stalin to Kim Il Sung: The Formation of North Korea, 1945–1950 (New Brunswick, New Jersey: Rutgers University Press, 2002): 1–48.',
    reading: ['Andrei Lankov, From Stalin to Kim Il Sung: The Formation of North Korea, 1945–1950 (New Brunswick, New Jersey: Rutgers University Press, 2002): 1–48.'],
  },
  {
    id: 'n3',
    status: 'listed',
    number: 3,
    text: 'The files of the International Department of the Communist Party of the Soviet Union held in the Russian State Archive of Socio-Political History contain documentation of numerous visits by newly appointed officials of the North Korean state and party who were dispatched to Moscow to learn proper procedures for their respective areas of responsibility.',
  },
  {
    id: 'n4',
    status: 'listed',
    number: 4,
    text: 'For documentation of the decision-making process, see Kathryn Weathersby, “To Attack or Not to Attack?: Stalin, Kim Il Sung and the Prelude to War,” Cold War International History Project Bulletin, 5 (1995): 1–9.',
    reading: ['Kathryn Weathersby, “To Attack or Not to Attack?: Stalin, Kim Il Sung and the Prelude to War,” Cold War International History Project Bulletin, 5 (1995): 1–9.'],
  },
  {
    id: 'n5',
    status: 'listed',
    number: 5,
    text: 'Ibid, p. 8.',
  },
  {
    id: 'n6',
    status: 'listed',
    number: 6,
    text: 'For documentation, see Kathryn Weathersby, “‘Should We Fear This?: Stalin and the Danger of War with America,” Working Paper No. 39, Cold War International History Project (Washington, DC: Woodrow Wilson International Institute for Scholars, July 2002).',
  },
  {
    id: 'n7',
    status: 'missing',
    number: 7,
    referencedAt: 'end of the paragraph on Stalin requiring Mao’s approval and Mao’s pledge (section ‘The Decision for War, 1949–50’)',
  },
  {
    id: 'n8',
    status: 'listed',
    number: 8,
    text: 'See Shen Zhihua, “Sino-North Korean Conflict and its Resolution during the Korean War,” Cold War International History Project Bulletin, Issue 14/15 (Winter 2003/Spring 2004): 9–24.',
    reading: ['Shen Zhihua, “Sino-North Korean Conflict and its Resolution during the Korean War,” Cold War International History Project Bulletin, Issue 14/15 (Winter 2003/Spring 2004): 9–24.'],
  },
  {
    id: 'n9',
    status: 'listed',
    number: 9,
    text: 'For documentation, see Alexandre Y. Mansourov, “Stalin, Mao, Kim, and China’s Decision to Enter the Korean War, Sept. 16–Oct. 15, 1950: New Evidence from the Russian Archives,” Cold War International History Project Bulletin, 6/7 (Winter 1995/96): 94–107.',
    reading: ['Alexandre Y. Mansourov, “Stalin, Mao, Kim, and China’s Decision to Enter the Korean War, Sept. 16–Oct. 15, 1950: New Evidence from the Russian Archives,” Cold War International History Project Bulletin, 6/7 (Winter 1995/96): 94–107.'],
  },
  {
    id: 'n10',
    status: 'missing',
    number: 10,
    referencedAt: 'end of the sentence on Stalin ordering Kim Il Sung to evacuate his remaining forces after Mao’s message of 12 October 1950 (section ‘Chinese Intervention’)',
  },
  {
    id: 'n11',
    status: 'listed',
    number: 11,
    text: 'Ibid, p.118. Citing ciphered telegram from Shtykov to Fyn Si (Stalin) 14 October 1950.',
    remark: 'As printed, ‘Ibid’ follows note 10, which is missing from the essay’s list, so the essay does not let us tell which work it means. If note 9’s printed page range (94–107) is right, p. 118 lies outside it.',
  },
  {
    id: 'n12',
    status: 'listed',
    number: 12,
    text: 'For the most persuasive account of Chinese decision-making, see Chen Jian, China’s Road to the Korean War: The Making of the Sino-American Confrontation (New York: Columbia University Press, 1994).',
    reading: ['Chen Jian, China’s Road to the Korean War: The Making of the Sino-American Confrontation (New York: Columbia University Press, 1994).'],
  },
  {
    id: 'n13',
    status: 'listed',
    number: 13,
    text: 'Ibid, p. 199. Citing ciphered telegram from Fyn Si (Stalin) to Kim Il Sung, 14 October 1950.',
    remark: 'As printed, ‘Ibid’ points to note 12 (Chen Jian’s book), though the item cited is a Soviet telegram; the referent is uncertain.',
  },
  {
    id: 'n14',
    status: 'listed',
    number: 14,
    text: 'Russian language texts of Kim Il Sung’s speeches from 1945–1950 are found in the files of the International Department of the Central Committee of the Communist Party of the Soviet Union held in the Russian State Archive of Socio-Political History.',
  },
  {
    id: 'n15',
    status: 'listed',
    number: 15,
    text: 'Shen Zhihua, “Sino-North Korean Conflict and its Resolution during the Korean War,” pp. 9–24.',
  },
  {
    id: 'n16',
    status: 'missing',
    number: 16,
    referencedAt: 'end of the sentence on Stalin resolving the January 1951 dispute over halting near the 38th parallel in favour of the Chinese (section ‘Chinese Intervention’)',
  },
  {
    id: 'n17',
    status: 'listed',
    number: 17,
    text: 'See Kathryn Weathersby, “Stalin, Mao, and the End of the Korean War,” in Odd Arne Westad, ed., Brothers in Arms: The Rise and Fall of the Sino-Soviet Alliance (Washington and Stanford: Woodrow Wilson Center Press/Stanford University Press, 1998): 90–116.',
    reading: ['Kathryn Weathersby, “Stalin, Mao, and the End of the Korean War,” in Odd Arne Westad, ed., Brothers in Arms: The Rise and Fall of the Sino-Soviet Alliance (Washington and Stanford: Woodrow Wilson Center Press/Stanford University Press, 1998): 90–116.'],
  },
  {
    id: 'n18',
    status: 'missing',
    number: 18,
    referencedAt: 'end of the paragraph on why Stalin, from August 1951, found the war advantageous to Moscow (section ‘The Armistice Negotiations and the Devastation of North Korea’)',
  },
  {
    id: 'n19',
    status: 'listed',
    number: 19,
    text: 'Conversation between Stalin and Zhou Enlai, 20 August 1952 (Archive of the Foreign Policy of the Russian Federation, Fond 45, Opis 1, Delo 329, Listy 54–72) Translated by Danny Rozas. Cold War International History Project Bulletin, 6/7 (Winter 1995/96): 12–13.',
  },
  {
    id: 'n20',
    status: 'listed',
    number: 20,
    text: 'For an account of the first phase of the Soviet air war in Korea based on Russian archival documents, see Mark Andrew O’Neill, “The Other Side of the Yalu: Soviet Pilots in the Korean War, Phase One, 1 November 1950–23 October 1951,” Ph.D. Dissertation, The Florida State University, 1996.',
    remark: 'The work cited covers only the first phase of the Soviet air war, 1 November 1950 to 23 October 1951; the essay’s figure of about 70,000 airmen is for the whole war.',
  },
  {
    id: 'n21',
    status: 'listed',
    number: 21,
    text: 'For estimates of the damage and casualties, see B.C. Koh, “The War’s Impact on the Korean Peninsula,” The Journal of American-East Asian Relations, 2:1 (1993): 57–76.',
    reading: ['B.C. Koh, “The War’s Impact on the Korean Peninsula,” The Journal of American-East Asian Relations, 2:1 (1993): 57–76.'],
  },
  {
    id: 'n22',
    status: 'listed',
    number: 22,
    text: 'See Kathryn Weathersby, “Stalin, Mao, and the End of the Korean War,” pp. 90–116.',
  },
  {
    id: 'n23',
    status: 'listed',
    number: 23,
    text: 'See Kathryn Weathersby, “Deceiving the Deceivers: Moscow, Beijing, Pyongyang and the Allegations of Bacteriological Weapons Use in Korea,” Cold War International History Project Bulletin, 11 (1998): 176–184.',
  },
  {
    id: 'n24',
    status: 'listed',
    number: 24,
    text: 'For a discussion of the East German reaction to the scale of North Korean requests, see Bernd Schaefer, “Weathering the Sino-Soviet Conflict: The GDR and North Korea, 1949–1989,” Cold War International History Project Bulletin, 14/15 (Winter 2003/Spring 2004): 9–24. For a detailed examination of the rebuilding of the city of Hamhung by the GDR, see Rudiger Frank, Die DDR und Nordkorea: der Wiederaufbau der Stadt Hamburg von 1954–1962 (Aachen: Shaker, 1996). For a discussion of Hungarian assistance to the DPRK, see Karoly Fendler, “Economic Assistance and Loans from Socialist Countries to North Korea in the Postwar Years, 1953–1963,” Asien, No. 42, January 1992 (Hamburg).',
    remark: 'As printed, the German title reads ‘Hamburg’; the note’s own description says the book is about rebuilding the city of Hamhung. The page range given for Schaefer (9–24) is identical to that given for Shen Zhihua’s article in the same issue (notes 8, 15), so one is likely a misprint.',
  },
  {
    id: 'n25',
    status: 'listed',
    number: 25,
    text: 'See Andrei Lankov, Crisis in North Korea, The Failure of De-Stalinization, 1956 (Honolulu: University of Hawaii Press, 2002); Nobuo Shimotomai, “Pyongyang in 1956,” Cold War International History Project Bulletin, 16 (forthcoming); and James F. Person, “‘ We Need Help from Outside’: The North Korean Opposition Movement of 1956,” Working Paper No. 52, The Cold War International History Project (August 2006).',
    reading: ['Andrei Lankov, Crisis in North Korea, The Failure of De-Stalinization, 1956 (Honolulu: University of Hawaii Press, 2002)'],
    remark: 'Person’s working paper is dated August 2006, after the lecture of 22 February 2006: the citation belongs to the essay’s printed text of December 2007; the essay does not say whether the point was made in the lecture.',
  },
  {
    id: 'n26',
    status: 'listed',
    number: 26,
    text: 'See Kathryn Weathersby, “DPRK Relations with the Soviet Union and China, 1950–1972,” in the proceedings of the International Workshop on Foreign Relations of the Two Koreas during the Cold War Era, 11 May 2006, Seoul, Korea, published by the Institute for Far Eastern Studies, Kyungnam University and the Woodrow Wilson International Center for Scholars.',
    remark: 'The workshop cited met on 11 May 2006, after the lecture of 22 February 2006: like note 25, this citation belongs to the essay’s printed text, dated December 2007.',
  },
] satisfies SourceInput[]
