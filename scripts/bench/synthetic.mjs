// A synthetic news story of any size, for the scale benchmarks of `make bench`.
//
// Deterministic (a seeded PRNG, no clock): the same size always gives the same bytes, so native,
// Node and Chromium runs analyse identical input. Every word comes from the tables below, written
// for this project; nothing is taken from ../shared (seeds or evaluation data).
//
// The story is a run of dated articles about one long negotiation: each article has a headline,
// a publication date a day or two after the last one, and paragraphs of templated sentences that
// mention people, places and dates in the forms news uses (absolute days, weekdays, "yesterday",
// "two days later", months, years, durations and sets).
//
// Usage as a module: `story(bytes)` → articles `{ id, title, published, text }[]` whose texts sum
// to at most `bytes` UTF-8 bytes. As a script: `node scripts/bench/synthetic.mjs OUT_DIR 1 2 5`
// writes OUT_DIR/story-<N>mb.json for each size N in MB (10^6 bytes).

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const PEOPLE = [
  'Mara Quillon', 'Teodor Vask', 'Ilse Brannock', 'Osric Delane', 'Nadia Ferrow', 'Pavel Orlin',
  'Greta Holm', 'Samir Adeyo', 'Lucia Montverde', 'Jonas Ekwall', 'Hana Sorel', 'Viktor Lenz',
  'Amara Okafor', 'Bruno Castell', 'Ines Vautrin', 'Kofi Mensah', 'Elena Marsh', 'Rui Tavora',
];
const ROLES = [
  'the foreign minister', 'the chief negotiator', 'the trade envoy', 'the prime minister',
  'the union leader', 'the central bank governor', 'the mayor', 'the defence secretary',
];
const PLACES = [
  'Geneva', 'Vienna', 'Oslo', 'Lisbon', 'Warsaw', 'Nairobi', 'Brussels', 'Helsinki', 'Prague',
  'Ankara', 'Madrid', 'Tallinn', 'Dublin', 'Valletta', 'Bratislava', 'Ljubljana',
];
const TOPICS = [
  'the grain corridor', 'the ceasefire terms', 'the prisoner exchange', 'the border crossings',
  'the energy contracts', 'the fishing quotas', 'the river treaty', 'the tariff schedule',
];
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const NUMBERS = ['two', 'three', 'four', 'five', 'six', 'ten'];

// Sentence templates: {p} person, {r} role, {pl} place, {t} topic, {d} an absolute day,
// {wd} a weekday, {m} a month, {y} a year, {n} a small number word.
const TEMPLATES = [
  'On {d}, {p} met {p2} in {pl} to discuss {t}.',
  '{p}, {r}, said on {wd} that talks on {t} would resume in {pl}.',
  'The delegations arrived in {pl} yesterday and are expected to stay for {n} days.',
  '{n} days later, {p} told reporters in {pl} that a draft on {t} was ready.',
  'Officials in {pl} said the agreement on {t} could be signed by the end of {m}.',
  '{p} flew to {pl} last week after {p2} rejected the proposal on {t}.',
  'A first round of talks was held in {pl} in {m} {y}, but it broke down after {n} hours.',
  'Since {y}, {r} has met the other side every Tuesday, usually in {pl}.',
  'The next meeting is planned for {wd} in {pl}, {p2} said this morning.',
  '{p} recalled that the previous accord on {t} lasted only {n} months.',
  'By {d}, the committee in {pl} had reviewed {n} versions of the text on {t}.',
  'Markets in {pl} rose on {wd} as traders bet on a deal over {t}.',
  'Protesters gathered outside the ministry in {pl} on the evening of {d}.',
  '{r} will report to parliament next month, according to {p}.',
  'Twice a week the two teams exchange notes on {t} from their offices in {pl}.',
  'The talks in {pl} ran late into the night and ended shortly after 2 a.m. on {wd}.',
];

/** A small deterministic PRNG (mulberry32). */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (d) => d.toISOString().slice(0, 10);
const addDays = (d, n) => new Date(d.getTime() + n * 86400000);

/** One sentence from a template, with dates near the article's publication day. */
function sentence(rand, published) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const template = pick(TEMPLATES);
  const day = addDays(published, -Math.floor(rand() * 40));
  const absolute = rand() < 0.5
    ? `${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`
    : `${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}`;
  let p2 = pick(PEOPLE);
  const p = pick(PEOPLE);
  if (p2 === p) p2 = PEOPLE[(PEOPLE.indexOf(p) + 1) % PEOPLE.length];
  const fill = {
    p, p2, r: pick(ROLES), pl: pick(PLACES), t: pick(TOPICS), d: absolute,
    wd: WEEKDAYS[addDays(published, -1 - Math.floor(rand() * 6)).getUTCDay()],
    m: MONTHS[(published.getUTCMonth() + Math.floor(rand() * 3)) % 12],
    y: String(published.getUTCFullYear() - 1 - Math.floor(rand() * 4)),
    n: pick(NUMBERS),
  };
  const s = template.replace(/\{(p2|pl|wd|[prtdmyn])\}/g, (_, k) => fill[k]);
  return s[0].toUpperCase() + s.slice(1);
}

/** Articles of the synthetic story whose texts sum to at most `bytes` UTF-8 bytes. */
export function story(bytes) {
  const rand = prng(20251202);
  const articles = [];
  let published = new Date(Date.UTC(2023, 0, 9));
  let total = 0;
  for (let i = 0; ; i++) {
    published = addDays(published, 1 + Math.floor(rand() * 2));
    const place = PLACES[Math.floor(rand() * PLACES.length)];
    const topic = TOPICS[Math.floor(rand() * TOPICS.length)];
    const title = `Talks on ${topic.replace(/^the /, '')} continue in ${place}`;
    const paragraphs = [];
    const count = 4 + Math.floor(rand() * 4);
    for (let k = 0; k < count; k++) {
      const n = 3 + Math.floor(rand() * 3);
      const sentences = [];
      for (let j = 0; j < n; j++) sentences.push(sentence(rand, published));
      paragraphs.push(sentences.join(' '));
    }
    const text = `${place.toUpperCase()} — ${paragraphs.join('\n\n')}\n`;
    const size = Buffer.byteLength(text, 'utf8');
    if (total + size > bytes) break;
    total += size;
    articles.push({ id: `synthetic-${String(i).padStart(5, '0')}`, title, published: iso(published), text });
  }
  return articles;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [out, ...sizes] = process.argv.slice(2);
  if (!out || sizes.length === 0) {
    console.error('usage: node scripts/bench/synthetic.mjs OUT_DIR SIZE_MB ...');
    process.exit(2);
  }
  mkdirSync(out, { recursive: true });
  for (const mb of sizes) {
    const articles = story(Number(mb) * 1e6);
    const file = join(out, `story-${mb}mb.json`);
    writeFileSync(file, JSON.stringify(articles));
    const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text, 'utf8'), 0);
    console.log(`${file}: ${articles.length} articles, ${bytes} bytes of text`);
  }
}
