/**
 * The normalization rules of the times layer, each with an explicit
 * reference date, on sentences of the kind news carries: absolute dates in
 * their common forms, relative ones with the past bias of news, durations,
 * sets, vague references, anchoring on an earlier date and on a quoted
 * speaker's day, what is not a time, and what happens with no reference date.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../annotators/sentences.js';
import { findTimes } from './find-times.js';
import type { NameSpan } from './filters.js';

function times(text: string, published: string | null, names: NameSpan[] = []) {
  return findTimes({ text, published, sentences: splitSentences(text), names });
}

/** [text, type, value] of every time found. */
function values(text: string, published: string | null, names: NameSpan[] = []) {
  return times(text, published, names).times.map((t) => [text.slice(t.start, t.end), t.type, t.value]);
}

/** The value of the one time whose text is `phrase`. */
function valueOf(text: string, published: string | null, phrase: string) {
  const found = times(text, published).times.find((t) => text.slice(t.start, t.end) === phrase);
  return found ? `${found.type} ${found.value}` : 'not found';
}

describe('absolute dates', () => {
  it.each([
    ['The talks began on 20 May 2024 in Istanbul.', '20 May 2024', 'DATE 2024-05-20'],
    ['Posted 2024-11-19 by the ministry.', '2024-11-19', 'DATE 2024-11-19'],
    ['The offensive began in February 2022.', 'February 2022', 'DATE 2022-02'],
    ['Kyiv was hit in the spring of 2022.', 'the spring of 2022', 'DATE 2022-SP'],
    ['Prices rose in early 2023.', 'early 2023', 'DATE 2023'],
    ['Output fell in the first half of 2024.', 'the first half of 2024', 'DATE 2024-H1'],
    ['The front had not moved since 2014.', '2014', 'DATE 2014'],
    ['Nothing like it was seen in the 1990s.', 'the 1990s', 'DATE 199'],
    // TimeBank, VOA19980303.1600.2745.
    ['We in fact have seen hate group numbers dropping through the nineties, but this year they jumped.', 'the nineties', 'DATE 199'],
    ['In the early sixties, the factory was built.', 'the early sixties', 'DATE 196'],
    ['Exports fell 8% in the third quarter of 2023.', 'the third quarter of 2023', 'DATE 2023-Q3'],
    ['The New York Times said on Friday, Nov. 16, 2018, that talks had failed.', 'Friday, Nov. 16, 2018', 'DATE 2018-11-16'],
  ])('%s', (text, phrase, expected) => {
    expect(valueOf(text, '2024-11-19', phrase)).toBe(expected);
  });

  it('gives a date without a year the year that puts it nearest before the publication date', () => {
    expect(valueOf('Shelling resumed on May 8, officials said.', '2024-05-13', 'May 8')).toBe('DATE 2024-05-08');
    expect(valueOf('The city was shelled on 26 February.', '2024-05-13', '26 February')).toBe('DATE 2024-02-26');
    expect(valueOf('The offensive stalled in October.', '2024-11-07', 'October')).toBe('DATE 2024-10');
    expect(valueOf('The offensive stalled in December.', '2024-04-18', 'December')).toBe('DATE 2023-12');
  });

  it('lets the future tense of the clause put it after the publication date', () => {
    expect(valueOf('The summit will open on March 12 in Brussels.', '2024-05-13', 'March 12')).toBe('DATE 2025-03-12');
    expect(valueOf('The dividend is payable Jan. 2 to holders of record.', '1989-11-02', 'Jan. 2')).toBe('DATE 1990-01-02');
  });
});

describe('mod: the part of a time meant, an amount hedged', () => {
  it('reads START, MID and END from the head of the span, as TimeBank writes them', () => {
    const text = 'Prices rose in early 2023, in late February, in mid-March and earlier this month, and will fall at the end of next month.';
    expect(times(text, '2024-11-20').times.map((t) => [text.slice(t.start, t.end), t.value, t.mod ?? null])).toEqual([
      ['early 2023', '2023', 'START'],
      ['late February', '2024-02', 'END'],
      ['mid-March', '2024-03', 'MID'],
      ['earlier this month', '2024-11', 'START'],
      ['the end of next month', '2024-12', 'END'],
    ]);
  });

  it('reads how an amount is hedged, and gives a plain time no mod', () => {
    const text = 'The war has lasted more than 1,000 days; it began about two years ago, in a nearly three-year war, on Monday.';
    expect(times(text, '2024-11-20').times.map((t) => t.mod ?? null)).toEqual(['MORE_THAN', 'APPROX', 'EQUAL_OR_LESS', null]);
  });
});

describe('dates in the forms outlets and filings write', () => {
  it('reads year-first slashes, a stated weekday years back, halves and fiscal years by their codes', () => {
    expect(values('Filed 2022/02/24.', '2024-11-20')).toEqual([['2022/02/24', 'DATE', '2022-02-24']]);
    // 24 February fell on a Thursday in 2022, not in 2023, 2024 or 2025.
    expect(valueOf('Thursday 24 February was cold.', '2024-11-20', 'Thursday 24 February')).toBe('DATE 2022-02-24');
    expect(values('Output in H1 2024 and 2023 H2 fell; results for FY2023 and FY-24.', '2024-11-20').map((v) => v[2])).toEqual(['2024-H1', '2023-H2', '2023', '2024']);
  });
});

describe('24-hour clock times', () => {
  it('reads a 24-hour clock after a preposition, with its zone and its day', () => {
    expect(values('Between 22:00 and 06:00, drones attacked.', '2024-11-20')).toEqual([['22:00', 'TIME', '2024-11-20T22:00'], ['06:00', 'TIME', '2024-11-20T06:00']]);
    expect(values('The meeting at 14:30 on Monday.', '2024-11-20')).toEqual([['14:30 on Monday', 'TIME', '2024-11-18T14:30']]);
    expect(values('Updated at 03.22 BST 2 May 2022.', '2022-05-02')).toEqual([['03.22 BST 2 May 2022', 'TIME', '2022-05-02T03:22']]);
  });

  it('joins a live blog\'s clock stamp to the day before it on the same line', () => {
    expect(values('The report. 23 Jul 2022 19.38 Germany has delayed weapons.', '2022-07-23')).toEqual([['23 Jul 2022 19.38', 'TIME', '2022-07-23T19:38']]);
    expect(values('On 5 May 2022 14 people died.', '2022-07-23')).toEqual([['5 May 2022', 'DATE', '2022-05-05']]);
    expect(values('23 Jul 2022\n19.38 Germany has delayed weapons.', '2022-07-23')).toEqual([['23 Jul 2022', 'DATE', '2022-07-23']]);
  });

  it('leaves scores, prices and amounts alone', () => {
    expect(values('Ukraine won 2:1 and shares rose to 10.30; sales were at 2.46 billion guilders, about 0.55 share each.', '2024-11-20')).toEqual([]);
  });

  it('keeps one time for "throughout the night of 17 November"', () => {
    expect(values('Throughout the night of 17 November, air raid sirens sounded.', '2024-11-20')).toEqual([['17 November', 'DATE', '2024-11-17']]);
  });
});

describe('anchored on the date spoken of', () => {
  it('counts "June the following year" from the date before it', () => {
    const text = 'An email sent on 7 August 2013 outlined a trip to Russia in June the following year.';
    expect(values(text, '2022-07-29')).toEqual([['7 August 2013', 'DATE', '2013-08-07'], ['June the following year', 'DATE', '2014-06']]);
  });

  it('keeps "fifty years later" a duration where counting from the last date would pass the writing', () => {
    const text = 'This evening the young see war as abstract. Fifty years later, tsar Alexander II granted the reform.';
    expect(valueOf(text, '2022-06-10', 'Fifty years later')).toBe('DURATION P50Y');
    expect(valueOf('Russia annexed Crimea in 2014. Eight years later, it invaded.', '2022-06-10', 'Eight years later')).toBe('DATE 2022');
    expect(valueOf('A month later, Mr. Ramaphosa lamented the impact.', '2022-06-11', 'A month later')).toBe('DURATION P1M');
  });
});

describe('dates read together', () => {
  it('gives a date without a year the year of the date it is coordinated with', () => {
    const text = 'Kyiv was shelled in late February and early March 2022, and again from December to February 2023.';
    expect(values(text, '2024-11-20')).toEqual([
      ['late February', 'DATE', '2022-02'],
      ['early March 2022', 'DATE', '2022-03'],
      ['December', 'DATE', '2022-12'],
      ['February 2023', 'DATE', '2023-02'],
    ]);
    expect(values('In January, February and March 2022, prices rose.', '2024-11-20').map((v) => v[2])).toEqual(['2022-01', '2022-02', '2022-03']);
    // A bare comma is no coordination: "In May, 2023 was" gives May nothing.
    expect(valueOf('They met in May, and 2023 was hard.', '2024-11-20', 'May')).toBe('DATE 2024-05');
  });

  it('dates "the night of 12 to 13 May" by the day the night begins', () => {
    expect(values('Drones struck Odesa on the night of 12 to 13 May.', '2024-05-14')).toEqual([['the night of 12 to 13 May', 'DATE', '2024-05-12']]);
    expect(values('Drones struck Odesa on the night of May 12-13.', '2024-05-14')).toEqual([['the night of May 12-13', 'DATE', '2024-05-12']]);
  });

  it('reads both years of a span and the year after post- or pre-', () => {
    expect(values('The 2014-2015 war in Donbas and the Great Patriotic War of 1941-45.', '2024-11-20').map((v) => v[2])).toEqual(['2014', '2015', '1941', '1945']);
    expect(valueOf('The post-2014 borders were redrawn.', '2024-11-20', 'post-2014')).toBe('DATE 2014');
    expect(values('About 2014-2015 troops left.', '2024-11-20')).toEqual([]);
  });

  it('reads a quarter-century and the week after next', () => {
    expect(valueOf('He has ruled for nearly a quarter of a century.', '2024-11-20', 'nearly a quarter of a century')).toBe('DURATION P25Y');
    expect(valueOf('It happened a quarter-century ago.', '2024-11-20', 'a quarter-century ago')).toBe('DATE 1999');
    expect(valueOf('The vote is due the week after next.', '2024-11-20', 'the week after next')).toBe('DATE 2024-W49');
  });
});

describe('what is a habit, the present age or no time', () => {
  it('makes a clock time of every day a set, not a date', () => {
    expect(valueOf('Sign up to our free daily newsletter – every weekday morning at 7am BST.', '2022-07-26', '7am BST')).toBe('SET XXXX-XX-XXT07:00');
    expect(valueOf('The siren sounds at 7am every day.', '2022-07-26', '7am')).toBe('SET XXXX-XX-XXT07:00');
    expect(valueOf('The siren sounded at 7am.', '2022-07-26', '7am')).toBe('TIME 2022-07-26T07:00');
    expect(valueOf('The curfew starts every day at 22:00.', '2022-07-26', '22:00')).toBe('SET XXXX-XX-XXT22:00');
  });

  it('reads "today\'s youth" as the present and "the people of tomorrow" as the future, "today\'s vote" as the day', () => {
    const text = "In today's world the people of tomorrow will judge. Today's vote passed.";
    expect(values(text, '2022-07-26')).toEqual([['today', 'DATE', 'PRESENT_REF'], ['tomorrow', 'DATE', 'FUTURE_REF'], ['Today', 'DATE', '2022-07-26']]);
  });

  it('reads "for some time", "for a while" as a stretch of unknown length, "some time ago" as a past', () => {
    expect(times('US forces could be in the gulf for some time; they will live without it for a while. He left some time ago.', '2024-11-20').times.map((t) => [t.type, t.value, t.mod ?? null])).toEqual([
      ['DURATION', 'PXX', null],
      ['DURATION', 'PXX', null],
      ['DATE', 'PAST_REF', null],
    ]);
  });

  it('reads vague pasts and futures in the words news uses', () => {
    expect(values('He left a long time ago; not long ago, in past years, they came back.', '2022-07-26').map((v) => v[2])).toEqual(['PAST_REF', 'PAST_REF', 'PAST_REF']);
    expect(valueOf('The war will shape Europe in the months to come.', '2022-07-26', 'the months to come')).toBe('DATE FUTURE_REF');
    expect(valueOf('The weeks ahead will be hard.', '2022-07-26', 'The weeks ahead')).toBe('DURATION PXW');
  });

  it('reads a capitalised March or May as the month after "in" or before its noun', () => {
    expect(valueOf('Roscosmos cut ties in March to comply with sanctions.', '2022-07-26', 'March')).toBe('DATE 2022-03');
    expect(valueOf('A May law scrapped the age limit.', '2022-07-26', 'May')).toBe('DATE 2022-05');
    expect(values('The protesters march to the square.', '2022-07-26')).toEqual([]);
  });

  it('finds no quarter in "the quarter-finals"', () => {
    expect(values('Manchester City made it through to the quarter-finals.', '2022-03-10')).toEqual([]);
  });

  it('finds no date in a web address', () => {
    expect(values('Listen at https://audio.guim.co.uk/2020/05/05/61553.mp3 from 5 May 2020.', '2022-07-26')).toEqual([['5 May 2020', 'DATE', '2020-05-05']]);
  });
});

describe('the tense of the clause', () => {
  it('reads a time after "agreed to", "promised to" as ahead of the agreement', () => {
    expect(valueOf('Member states agreed to reduce their use of gas by 15% over the winter.', '2022-08-06', 'the winter')).toBe('DATE 2022-WI');
  });

  it('gives "a recent Saturday morning" no date, but "a Sunday noon address" last Sunday', () => {
    expect(valueOf('On a recent Saturday morning, she weeded the flower beds.', '2022-07-24', 'Saturday morning')).toBe('TIME XXXX-WXX-6TMO');
    expect(valueOf('The pope spoke in a Sunday noon address.', '2022-05-02', 'Sunday')).toBe('DATE 2022-05-01');
  });

  it('reads "to last the winter" as a verb, not a past', () => {
    expect(valueOf('Germany wants to ensure that it will have sufficient fuel in storage to last the winter.', '2022-07-26', 'the winter')).toBe('DATE 2022-WI');
  });

  it('keeps a month in the past after a past verb, where the same month lies two months ahead', () => {
    // TimeBank wsj_0786: "In January, American Medical brought in a new chief executive officer".
    expect(valueOf('In January, the company brought in a new chief executive.', '1989-10-27', 'January')).toBe('DATE 1989-01');
    expect(valueOf('It happened in late February.', '2024-11-20', 'late February')).toBe('DATE 2024-02');
  });

  it('lets an -ed adjective or a reporting verb give way to a date just ahead', () => {
    expect(valueOf('The dividend would be paid on a still unspecified date in January.', '1989-10-26', 'January')).toBe('DATE 1990-01');
    expect(valueOf('Conseco said it is calling for the redemption on Dec. 7 of all the shares.', '1989-10-30', 'Dec. 7')).toBe('DATE 1989-12-07');
    expect(valueOf('One barrel of Brent crude for September delivery was worth $111.', '2022-07-04', 'September')).toBe('DATE 2022-09');
  });
});

describe('feasts', () => {
  it.each([
    // AQUAINT, APW20000417.0031 (17 Apr 2000): Easter fell on 23 April, in ISO week 16.
    ['Earlier Sunday, protesters prayed for divine help as Easter week began, waving palm fronds.', '2000-04-17', 'Easter week', 'DATE 2000-W16'],
    ['Protesters gathered outside the church on Easter Sunday.', '2000-04-24', 'Easter Sunday', 'DATE 2000-04-23'],
    ['Shops stayed open through Christmas week.', '1998-12-30', 'Christmas week', 'DATE 1998-W52'],
  ])('%s', (text, published, phrase, expected) => {
    expect(valueOf(text, published, phrase)).toBe(expected);
  });
});

describe('a day named with its week or with "last"', () => {
  // AQUAINT (TempEval-3) sentences.
  it.each([
    ['In a drama that may finally be resolved in a court hearing the week of March 6, Manuel Gonzalez has remained largely out of the glare.', '2000-02-24', 'the week of March 6', 'DATE 2000-W10'],
    ['Slepian was shot to death last Oct. 23 at his home in suburban Amherst.', '1999-04-19', 'last Oct. 23', 'DATE 1998-10-23'],
    ['The hearing is set for the week of March 6.', null, 'the week of March 6', 'DATE XXXX-WXX'],
  ])('%s', (text, published, phrase, expected) => {
    expect(valueOf(text, published, phrase)).toBe(expected);
  });
});

describe('"the year" alone', () => {
  it.each([
    // TimeBank (Wall Street Journal, 2 Nov 1989).
    ['Sales for the full year were $6.6 billion, up 13% from $5.8 billion.', '1989-11-02', 'the full year', 'DATE 1989'],
    ['For the year, pet food volume was flat, the company said.', '1989-11-02', 'the year', 'DATE 1989'],
    ['Elco expects to post sales in the current fiscal year that are slightly above fiscal 1989 sales.', '1989-11-02', 'the current fiscal year', 'DATE 1989'],
    ['The company predicted lower earnings for the fiscal year.', '1989-11-02', 'the fiscal year', 'DATE 1989'],
    // After a year in its sentence, that year.
    ['Russia seized Crimea in 2014, the year the war began in the Donbas.', '2024-05-13', 'the year', 'DATE 2014'],
    // Other rules', or no time.
    ['For the year ended Sept. 30, the company earned $1.2 million.', '1989-11-02', 'the year', 'DURATION P1Y'],
    ['It was the year of the Dragon.', '2024-05-13', 'the year', 'not found'],
  ])('%s', (text, published, phrase, expected) => {
    expect(valueOf(text, published, phrase)).toBe(expected);
  });
});

describe('the tense of the clause a bare weekday stands in', () => {
  // Sentences from TimeBank and AQUAINT (TempEval-3), with their publication dates.
  it.each([
    // A plan or reported speech points ahead of what follows it.
    ['The team planned to leave Nairobi on Thursday for Dar es Salaam.', '1998-09-30', 'Thursday', 'DATE 1998-10-01'],
    ['Gregory Craig announced in Washington that the father would be traveling to the United States Thursday with his wife.', '2000-04-05', 'Thursday', 'DATE 2000-04-06'],
    ['The group might come to the U.S. as soon as Tuesday, according to unconfirmed media reports.', '2000-04-03', 'Tuesday', 'DATE 2000-04-04'],
    ['Navigation Mixte is being traded in London and is to resume trading in Paris Tuesday.', '1989-10-27', 'Tuesday', 'DATE 1989-10-31'],
    // The auxiliary of a future in the past is no past; "as early as" reaches ahead.
    ['Protesters planned a large demonstration in Little Havana on Saturday and were planning to drive around Miami International Airport on Monday.', '2000-01-07', 'Monday', 'DATE 2000-01-10'],
    ['Protesters planned a large demonstration in Little Havana on Saturday and were planning to drive around the airport.', '2000-01-07', 'Saturday', 'DATE 2000-01-08'],
    ['Officials said Monday they will order the relatives to turn the boy over to his father, who could come to the U.S. from Cuba as early as Tuesday.', '2000-04-03', 'Tuesday', 'DATE 2000-04-04'],
    // Before the plan, the time is the planning's.
    ['On Friday, the Kenyan government planned to pay the first 32 death claims.', '1998-09-30', 'Friday', 'DATE 1998-09-25'],
    // "next to" is a place.
    ['More than 100 people have been killed in the blasts next to the U.S. embassies in Kenya and Tanzania on Friday.', '1998-08-08', 'Friday', 'DATE 1998-08-07'],
    ['The so-called poison pill took effect Aug. 9 pending ratification by holders.', '1989-10-26', 'Aug. 9', 'DATE 1989-08-09'],
    // The day a thing takes effect is the notice's: the nearest such day, whatever the verb (TimeBank, wsj_0927, wsj_0527).
    ['U.S. Trust also created a four-member office of the chairman, effective Feb. 1.', '1989-10-26', 'Feb. 1', 'DATE 1990-02-01'],
    ['The board named him president, effective Dec. 7.', '1989-10-27', 'Dec. 7', 'DATE 1989-12-07'],
    ['The company raised its prices 5%, effective Oct. 1.', '1989-10-26', 'Oct. 1', 'DATE 1989-10-01'],
    // In the past perfect a deadline has passed.
    ['Until Thursday, they had not called Kopp a suspect.', '1999-05-07', 'Thursday', 'DATE 1999-05-06'],
    ['Thirty-two of the 159 U.N. members had filed compliance reports by Wednesday.', '1990-08-16', 'Wednesday', 'DATE 1990-08-15'],
    // So has a plan in the past perfect (TimeBank wsj_0533, wsj_0542).
    ['A bid by Pasteur Merieux was extended to Nov. 16. It had been due to expire Friday evening.', '1989-10-30', 'Friday evening', 'TIME 1989-10-27TEV'],
    ['The offer, rejected as inadequate, previously had been scheduled to expire at midnight Friday.', '1989-10-30', 'midnight Friday', 'TIME 1989-10-27T24'],
    // An irregular participle after "be" is a passive, no past.
    ['The accession ceremony will be held on April 24 at the NATO Washington summit.', '1999-02-10', 'April 24', 'DATE 1999-04-24'],
    ['The meeting will be held Thursday in Brussels.', '1999-02-10', 'Thursday', 'DATE 1999-02-11'],
    // A possessive dates its noun, not the clause's verb.
    ['The relatives said they would look for ways to get around Wednesday\'s ruling by the INS.', '2000-01-07', 'Wednesday', 'DATE 2000-01-05'],
  ])('%s', (text, published, phrase, expected) => {
    expect(valueOf(text, published, phrase)).toBe(expected);
  });
});

describe('relative dates, against the publication date (Monday 13 May 2024)', () => {
  const published = '2024-05-13';
  it.each([
    ['Yesterday, Russian forces crossed the border.', 'Yesterday', 'DATE 2024-05-12'],
    ['Drones struck Kharkiv on Sunday.', 'Sunday', 'DATE 2024-05-12'],
    ['Drones struck Kharkiv on Saturday.', 'Saturday', 'DATE 2024-05-11'],
    ['Troops will rotate on Friday, the ministry said.', 'Friday', 'DATE 2024-05-17'],
    ['The assault started last week.', 'last week', 'DATE 2024-W19'],
    ['Earlier this month, the town fell.', 'Earlier this month', 'DATE 2024-05'],
    ['A week ago, the bridge was intact.', 'A week ago', 'DATE 2024-05-06'],
    // "or so" leaves the offset as it is (TimeBank, WSJ910225-0066).
    ['Then, a week or so ago, Gen. Schwarzkopf secretly picked Saturday.', 'a week or so ago', 'DATE 2024-05-06'],
    ['Last year, the front barely moved.', 'Last year', 'DATE 2023'],
    ['Elections are due next year.', 'next year', 'DATE 2025'],
    ['Aid may arrive over the next few months.', 'the next few months', 'DURATION PXM'],
    // "coming" without "the" (TimeBank, wsj_0816).
    ['The figures were seen as encouragement for the Federal Reserve to lower interest rates in coming weeks, they reasoned.', 'coming weeks', 'DURATION PXW'],
    ['The alliance will grow in coming years.', 'coming years', 'DATE FUTURE_REF'],
    ['Fighting has raged since the end of last week.', 'the end of last week', 'DATE 2024-W19'],
    ['This weekend saw the heaviest shelling.', 'This weekend', 'DATE 2024-W19-WE'],
    ['Last night, air defences were active.', 'Last night', 'TIME 2024-05-12TNI'],
    ['Two years ago the town was quiet.', 'Two years ago', 'DATE 2022'],
  ])('%s', (text, phrase, expected) => {
    expect(valueOf(text, published, phrase)).toBe(expected);
  });

  it('reads "last Friday" as the one before the publication day and "next Friday" as the one after', () => {
    expect(valueOf('The decree was signed last Monday.', published, 'last Monday')).toBe('DATE 2024-05-06');
    expect(valueOf('The decree will be signed next Monday.', published, 'next Monday')).toBe('DATE 2024-05-20');
  });
});

describe('durations, sets and vague references', () => {
  it.each([
    ['The nearly three-year war has changed Europe.', 'nearly three-year', 'DURATION P3Y'],
    ['The siege lasted more than 1,000 days.', 'more than 1,000 days', 'DURATION P1000D'],
    ['Shahed drones come almost every night.', 'every night', 'SET P1D'],
    ['Every second week you hear a new threat.', 'Every second week', 'SET P2W'],
    ['The ministry publishes losses daily.', 'daily', 'SET P1D'],
    ['Supplies were held up for months.', 'months', 'DURATION PXM'],
    ['It took two and a half years.', 'two and a half years', 'DURATION P2Y6M'],
    // TimeBank: whole units and the rest in the next smaller unit.
    ['Albright is scheduled to spend about 5 1/2 hours in Nairobi.', 'about 5 1/2 hours', 'DURATION PT5H30M'],
    ['The talks lasted a minute and a half.', 'a minute and a half', 'DURATION PT1M30S'],
    ['The wait took half an hour.', 'half an hour', 'DURATION PT30M'],
    ['The town is now under fire.', 'now', 'DATE PRESENT_REF'],
    ['At present, the line holds.', 'At present', 'DATE PRESENT_REF'],
    ['The brigade was recently moved.', 'recently', 'DATE PAST_REF'],
    ['Talks may resume in the future.', 'the future', 'DATE FUTURE_REF'],
    ['Aid is expected soon.', 'soon', 'DATE FUTURE_REF'],
    ['Orangemen march each July from their rural church back downtown.', 'each July', 'SET XXXX-07'],
    ['Lawyers emerged from their third day-long meeting with federal officials.', 'day-long', 'DURATION P1D'],
    ['Over the next couple of years we would not be surprised to see Europe represent 50% of revenues.', 'the next couple of years', 'DURATION P2Y'],
    ['Sales are expected to slow in the last half of 1989.', 'the last half of 1989', 'DATE 1989-H2'],
    ['The decade-long conflict in Donbas preceded the invasion.', 'decade-long', 'DURATION P10Y'],
    // Parts of the day: of the day spoken of, or of any day in a habit; a clock time without its "at".
    ['Dealers placed heavy buy orders in the morning to start the first trading day for November transactions.', 'the morning', 'TIME 2024-11-19TMO'],
    ['We have faced the threat of Shahed drones almost every night, sometimes in the morning, and even during the day.', 'the morning', 'TIME XXXX-XX-XXTMO'],
    ['We have faced the threat of Shahed drones almost every night, sometimes in the morning, and even during the day.', 'the day', 'TIME XXXX-XX-XXTDT'],
    ['Fighting went on during the day.', 'the day', 'not found'],
    ['This courageous father will leave at 4 in the morning.', '4 in the morning', 'TIME 2024-11-19T04:00'],
    // TimeBank, PRI19980306.2000.1675 and wsj_0169.
    ['By mid afternoon, official Serb sources were saying the offensive was over.', 'mid afternoon', 'TIME 2024-11-19TAF'],
    ['In London at mid-afternoon yesterday, Ratners\'s shares were up 2 pence.', 'mid-afternoon yesterday', 'TIME 2024-11-18TAF'],
    ['Trading resumed by late morning.', 'late morning', 'TIME 2024-11-19TMO'],
    ['The shelling began at 10 p.m. as he stood in the kitchen.', '10 p.m.', 'TIME 2024-11-19T22:00'],
    // A title, a newspaper, a programme.
    ['This is VOA Today.', 'Today', 'not found'],
    ['He told USA Today that the offensive had stalled.', 'Today', 'not found'],
    // A programme (TimeBank, WSJ900813-0157, WSJ910225-0066); "this week" in the text is the week.
    ['Secretary of State James Baker, speaking on ABC News\' "This Week," said the Kuwaiti request gives the U.S. authority.', 'This Week', 'not found'],
    ['Secretary of State James Baker said on ABC-TV\'s "This Week With David Brinkley" that the series of attacks would go on.', 'This Week', 'not found'],
    ['Baker said this week that the request gives the U.S. authority.', 'this week', 'DATE 2024-W47'],
    ['We were shelled from the very first day in late February. Today, we are being criticised.', 'Today', 'DATE 2024-11-19'],
    ['Two new flights would leave Bombay on Monday and Tuesday nights from March 30.', 'Monday', 'SET XXXX-WXX-1TNI'],
    ['Two new flights would leave Bombay on Monday and Tuesday nights from March 30.', 'Tuesday nights', 'SET XXXX-WXX-2TNI'],
    // "soon" in a past narrative is after the events told, no future of the publication date.
    ['Turkey’s President Recep Tayyip Erdogan soon followed by leaking ideas for a settlement.', 'soon', 'not found'],
    ['He was soon released and appeared to be reasonably healthy when he appeared in court the next morning.', 'soon', 'not found'],
  ])('%s', (text, phrase, expected) => {
    expect(valueOf(text, '2024-11-19', phrase)).toBe(expected);
  });
});

describe('anchors beyond the publication date', () => {
  it('counts "two years later" from the date the text spoke of last', () => {
    const text = 'Kyiv scrapped the treaty at the outset of the war in 2022. Two years later, half a million have died.';
    const found = times(text, '2024-05-13').times.find((t) => text.slice(t.start, t.end) === 'Two years later');
    expect(found).toMatchObject({ type: 'DATE', value: '2024', anchor: '2022' });
  });

  it('reads "that same day" after a month as a day of that month, its day unknown', () => {
    // AQUAINT, APW19990206.0090 (6 Feb 1999).
    const text = 'Three times, doctors whose names appeared on the list were killed, most recently last October when Dr. Barnett Slepian was gunned down. '
      + 'His name on the Web site was crossed out that same day.';
    expect(valueOf(text, '1999-02-06', 'last October')).toBe('DATE 1998-10');
    expect(valueOf(text, '1999-02-06', 'that same day')).toBe('DATE 1998-10-XX');
    // After a day, that day.
    expect(valueOf('Slepian was killed on Oct. 23, 1998. Earlier that day, the family sent a fax.', '1999-10-24', 'that day')).toBe('DATE 1998-10-23');
  });

  it('reads a relative date inside a quotation from the day the speaker spoke', () => {
    const text = '“We were attacked yesterday,” the mayor said on Monday.';
    const found = times(text, '2024-05-15').times;
    expect(found.map((t) => [text.slice(t.start, t.end), t.value, t.anchor])).toEqual([
      ['yesterday', '2024-05-12', '2024-05-13'],
      ['Monday', '2024-05-13', 'published'],
    ]);
  });

  it('finds the speaker\'s day past an apposition in the attribution', () => {
    // A seed article (WSWS, Monday 13 May 2024): Syrskii wrote on Sunday, so "this week" is the week that Sunday ends.
    const text = '“This week, the situation in the Kharkiv region has significantly worsened,” General Oleksandr Syrskii, the commander-in-chief of the Ukrainian armed forces, wrote on Sunday on Telegram.';
    expect(valueOf(text, '2024-05-13', 'This week')).toBe('DATE 2024-W19');
  });

  it('reads "the latest quarter" as one that has ended, not the coming quarter a forecast spoke of', () => {
    // TimeBank, wsj_0144 (2 Nov 1989).
    const text = 'Travelers estimated that the California earthquake last month will result in a fourth-quarter pre-tax charge of less than $10 million. '
      + 'The insurer\'s earnings from commercial property/casualty lines fell 59% in the latest quarter, while it lost $7.2 million in its personal business, compared with earnings of $6.1 million a year ago.';
    expect(valueOf(text, '1989-11-02', 'fourth-quarter')).toBe('DATE 1989-Q4');
    expect(valueOf(text, '1989-11-02', 'the latest quarter')).toBe('DATE 1989-Q3');
    expect(valueOf(text, '1989-11-02', 'a year ago')).toBe('DATE 1988-Q3');
  });

  it('reads "a year earlier" in a quarterly report as that quarter a year back', () => {
    const text = 'The company posted a third-quarter loss. A year earlier, it earned $2 million.';
    expect(valueOf(text, '1989-11-02', 'A year earlier')).toBe('DATE 1988-Q3');
  });
});

describe('what is not a time', () => {
  it('leaves numbers that are not years alone', () => {
    expect(values('Ukraine has 45,000 troops there and lost 2000 soldiers; 1/2 of them were conscripts.', '2024-05-13')).toEqual([]);
  });

  it('leaves ages and shares alone', () => {
    expect(values('The 52-year-old commander, 37 years old at the time, owns three-quarters of the firm.', '2024-05-13')).toEqual([]);
  });

  it('drops a month word that the names layer typed as a person or a place', () => {
    const text = 'May said the troops reached March before dawn.';
    const names: NameSpan[] = [{ start: 0, end: 3, type: 'PERSON' }, { start: 27, end: 32, type: 'GPE' }];
    expect(values(text, '2024-05-13', names)).toEqual([]);
  });

  it('does not take an age or a temperature for a decade', () => {
    expect(values('She is in her twenties. Temperatures were in the nineties. Highs in the eighties.', '2024-05-13')).toEqual([]);
  });

  it('does not take the modal "may" or the verb "march" for months', () => {
    expect(values('Troops may march on the city. May God help them.', '2024-05-13')).toEqual([]);
  });

  it('takes "March" before its noun for the month, "the March of" for a march', () => {
    // AQUAINT, XIE19990210.0079 (10 Feb 1999).
    expect(valueOf('The March accession will enable the three countries to take part in the summit.', '1999-02-10', 'March')).toBe('DATE 1999-03');
    expect(values('Volunteers for the March of Dimes met in the town. They joined the March to the sea.', '1999-02-10')).toEqual([]);
  });
});

describe('no reference date', () => {
  it('keeps what the text states, writes X for the rest, and says so in a note', () => {
    const { times: found, notes } = times('The offensive began in October. Yesterday it resumed, as in February 2022.', null);
    expect(found.map((t) => [t.value, t.anchor ?? null])).toEqual([
      ['XXXX-10', 'unknown'],
      ['XXXX-XX-XX', 'unknown'],
      ['2022-02', null],
    ]);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/no publication date/);
  });
});

describe('last with a month', () => {
  it.each([
    ['Sales rose last February.', '1998-03-01', 'last February', 'DATE 1997-02'],
    ['Sales rose last April.', '1989-10-27', 'last April', 'DATE 1989-04'],
    ['Sales rose last December.', '1998-01-10', 'last December', 'DATE 1997-12'],
  ])('%s (%s)', (text, published, phrase, expected) => {
    expect(valueOf(text, published, phrase)).toBe(expected);
  });
});

describe('the year ended', () => {
  it('is a year-long duration beside the date it ends on', () => {
    expect(values('Revenue was $76 million for the year ended Sept. 30.', '1989-11-02')).toEqual([
      ['the year', 'DURATION', 'P1Y'],
      ['Sept. 30', 'DATE', '1989-09-30'],
    ]);
  });
});

describe('a preposition before "the past N years"', () => {
  it('stays outside the span', () => {
    expect(values('Prices doubled over the past 20 years.', '1989-10-27')).toEqual([['the past 20 years', 'DURATION', 'P20Y']]);
    expect(valueOf('Output will grow over the next two years.', '1989-10-27', 'the next two years')).toBe('DURATION P2Y');
  });
});
