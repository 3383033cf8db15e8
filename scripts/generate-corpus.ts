/**
 * `npm run corpus -- <outDir> --count N [--seed S] [--now ISO]`
 *
 * Writes a deterministic synthetic newsroom for load and build benchmarks: the demo's sections and authors, plus N
 * generated stories that follow the content contract in docs/content-model.md (MDX with YAML frontmatter,
 * string-prop components only, no braces). Same arguments, same bytes: the only source of randomness is a seeded
 * PRNG, and publication dates count back from `--now` (default: today at 00:00 UTC, so every story is in the past
 * and a re-run on the same day is identical; pass `--now` to pin the output for good).
 *
 * Shape of the corpus (roughly, per story): 500-1,500 words, 2-5 `## ` subheads, a pull quote in ~40%, a factbox in
 * ~30%, a body figure in ~25%, an inline link to an older story in ~25%, 2-4 topics drawn from ~300 with a Zipf
 * distribution, a hero image from the demo set, updates on ~10%, drafts ~1%, editor-pinned related stories on ~5%,
 * publishedAt spread over two years.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { topicSlug } from '@/lib/content/slug';
import { fail } from './fail';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const MARKER = '.masthead-corpus.json';
const DAY_MS = 86_400_000;
const SPAN_DAYS = 730;

export interface CorpusOptions {
  outDir: string;
  count: number;
  seed?: string;
  /** Stories are published before this instant (default: today 00:00 UTC). */
  now?: Date;
}

export interface CorpusSummary {
  outDir: string;
  count: number;
  seed: string;
  now: string;
  drafts: number;
  withUpdates: number;
  words: number;
  topics: number;
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness (sfc32 seeded with cyrb128): never Math.random.

function cyrb128(str: string): [number, number, number, number] {
  let h1 = 1779033703,
    h2 = 3144134277,
    h3 = 1013904242,
    h4 = 2773480762;
  for (let i = 0; i < str.length; i++) {
    const k = str.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  constructor(seed: string) {
    [this.a, this.b, this.c, this.d] = cyrb128(seed);
    for (let i = 0; i < 15; i++) this.next();
  }
  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.a + this.b) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.d = (this.d + 1) | 0;
    t = (t + this.d) | 0;
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** Index drawn from cumulative weights. */
  weighted(cumulative: readonly number[]): number {
    const x = this.next() * cumulative[cumulative.length - 1]!;
    let lo = 0,
      hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

// ---------------------------------------------------------------------------------------------
// Vocabulary. Everything is fictional; nothing here may contain a brace, angle bracket or quote.

/** A word list written compactly: items are separated by `|` or line breaks. */
const list = (s: string): string[] =>
  s
    .split(/[|\n]/)
    .map((w) => w.trim())
    .filter(Boolean);

const PLACE_HEADS = list(`
  Brack | Quill | Otter | Salt | Fenn | Gull | Kels | Marl | Tide | Ash | Wick | Heron | Corm | Lind | Thorn
  Harrow | Stave | Moss | Cinder | Pell | Rook | Sorrel | Wren | Blyth
`);
const PLACE_TAILS = list(`
  fold | moor | vane | ings | wick | bridge | by | stead | mouth | haven | combe | ley | ham | ford | gate
  holm | thwaite | well
`);
const PLACE_KINDS = list(`
  Quay | Hill | Green | Row | Point | Cross | Fields | Marsh | Wharf | Lane | Park | Heights
`);
const FIRST_NAMES = list(`
  Agnes | Bram | Cora | Dario | Elsbeth | Farah | Gideon | Hollis | Ilse | Jonah | Kasia | Leif | Maren
  Nikhil | Odile | Piers | Quinn | Rosalind | Sefton | Tamsin | Ulric | Vesna | Wilf | Yara | Zeno | Anouk
  Bertil | Clemency | Desmond | Esme
`);
const LAST_NAMES = list(`
  Ashdown | Bellamy | Carrow | Dunmore | Everleigh | Fairbairn | Galloway | Hartigan | Ingleby | Jessop
  Kilbride | Lowther | Marchbank | Northcott | Ormerod | Pennock | Quayle | Rathbone | Stobart | Tregarth
  Underhill | Vickery | Westlake | Yardley
`);
const ROLES = list(`
  a councillor for | the head teacher in | a shop owner in | a resident of
  the chair of the residents association in | a nurse who lives in | a fisherman from | a planning officer for
  a spokesperson for the trust in | a volunteer in
`);
const ORGS = list(`
  Merrow City Council | the Vessary Assembly | the Harbour Company | Merrow Transport
  the University of Port Merrow | the Coastal Authority | the Chamber of Commerce | the Health Board
  the Rivers Trust | the Arts Council | the Fire and Rescue Service | the Housing Partnership
`);
const NOUNS = list(`
  plan | budget | scheme | report | review | proposal | project | contract | survey | consultation | service
  programme | station | bridge | market | school | library | depot | clinic | route | festival | fund | levy
  policy | inquiry | partnership | terminal | reservoir | wall | museum
`);
const PLURALS = list(`
  residents | traders | families | passengers | pupils | visitors | homes | jobs | businesses | volunteers
  patients | tenants | fishermen | drivers | students | households
`);
const ADJECTIVES = list(`
  new | revised | delayed | long-awaited | controversial | modest | ambitious | temporary | permanent
  regional | local | cheaper | larger | smaller | joint | independent | early | final | second | rural
  coastal | historic
`);
const VERBS_PAST = list(`
  approved | rejected | delayed | announced | published | confirmed | reviewed | expanded | reduced | opened
  closed | defended | questioned | funded | extended | launched
`);
const VERBS_PRESENT = list(`
  approves | rejects | delays | announces | backs | confirms | reviews | expands | cuts | opens | closes
  defends | questions | funds | extends | launches
`);
const VERBS_BASE = list(`
  approve | reject | delay | review | expand | reduce | open | close | fund | extend | rebuild | protect
  replace | improve | simplify | share
`);
const ADVERBS = list(`
  quietly | finally | narrowly | formally | briefly | partly | largely | again | sharply | gradually
`);
const TIMES = list(`
  on Monday | on Tuesday | on Wednesday | on Thursday | on Friday | at the weekend | last month | this spring
  by the end of the year | before the winter | over the summer | next autumn | within six weeks
  earlier this year
`);
const PERIODS = ['week', 'month', 'year', 'quarter', 'season'];
const CONNECTORS = list(`
  However, | Meanwhile, | In a statement, | By contrast, | Even so, | Separately, | At the same time,
  According to officials, | For now, | In practice,
`);
const NUMBER_WORDS = list(`
  two | three | four | five | six | seven | eight | nine | ten | a dozen | twenty | several hundred
  about forty | nearly ninety
`);
const FACT_HEADS = list(`
  Key facts | What happens next | In numbers | Timeline | What it means for you | The background
  Where to get help
`);
const SUBHEADS = list(`
  What the council decided | What happens next | What residents say | Where the money goes
  How the plan changed | What the figures show | How it came to this | What the opposition wants
  What the delay costs | What it means for commuters | Why traders are worried | What the report found
  The view from the harbour | A long argument | Who pays | The timetable | Questions remain
  Lessons from last winter
`);
const UPDATE_NOTES = list(`
  Added a response from the council. | Updated with the result of the vote.
  Added figures published by the authority on the same afternoon.
  Updated with comments from residents at the public meeting.
  Rewritten with the latest information from the emergency services.
`);
const CORRECTION_NOTES = list(`
  An earlier version gave the wrong date for the meeting.
  An earlier version misspelled the name of a councillor.
  An earlier version overstated the cost of the scheme.
  An earlier version attributed a quote to the wrong organisation.
`);
/** Subject words: each topic owns a handful, so stories on one topic share a specific vocabulary. */
const DOMAIN_WORDS = list(`
  harbour | tram | flood | school | turbine | levy | cellar | quay | ferry | pier | lighthouse | estuary
  tide | sluice | dredging | trawler | cannery | auction | warehouse | shipyard | crane | container | freight
  rail | signal | platform | timetable | fare | bus | cycle | parking | bridge | tunnel | pothole | junction
  roundabout | pavement | streetlight | bin | recycling | landfill | compost | sewer | drain | reservoir
  aquifer | pipeline | meter | tariff | grid | substation | solar | battery | heat | insulation | boiler
  tenancy | landlord | mortgage | deposit | eviction | hostel | shelter | allotment | orchard | meadow
  hedgerow | woodland | peat | bog | dune | cliff | shingle | seawall | groyne | saltmarsh | otter | heron
  seal | puffin | gannet | sprat | mackerel | oyster | mussel | crab | lobster | kelp | plankton | coral
  classroom | curriculum | exam | pupil | teacher | nursery | playground | uniform | tuition | lecture
  laboratory | telescope | archive | manuscript | tapestry | gallery | sculpture | mural | choir | orchestra
  opera | ballet | cinema | bookshop | poetry | novel | carnival | lantern | parade | fireworks | stadium
  stand | pitch | turnstile | season | transfer | striker | goalkeeper | referee | marathon | regatta | rowing
  sailing | swimming | athletics | cricket | rugby | boxing | trophy | academy | ward | clinic | surgery
  ambulance | vaccine | pharmacy | dentist | midwife | hospice | carer | pension | benefit | wage | strike
  union | apprenticeship | factory | workshop | bakery | brewery | distillery | creamery | market | arcade
  hotel | hostelry | campsite | cruise | tourist | visa | customs | quota | shipment | cargo | loan | grant
  audit | deficit | bond | dividend | ballot | candidate | manifesto | coalition | motion | amendment
  petition | referendum | boundary | mayor | assembly | committee | tribunal | magistrate | verdict | inquest
  constable | patrol | cctv | curfew
`);
const NOUNS_PER_TOPIC = 8;

/** Topic stems; combined with places and qualifiers to make ~300 topic names. */
const TOPIC_STEMS = list(`
  Housing | Trams | Floods | Schools | Council budget | Tourism | Fishing | Harbour redevelopment
  Coastal erosion | Health | Libraries | Football | Rowing | Arts funding | Festivals | Energy | Tidal power
  Water supply | Buses | Cycling | Policing | Courts | Elections | Planning | Heritage | Universities
  Research | Climate | Wildlife | Farming | Retail | Jobs | Small business | Ports | Shipping | Museums
  Theatre | Music | Parks | Waste | Air quality | Roads | Weather | Social care | Childcare | Rents
  Transport | Budget | Taxes | Hospitals
`);
const TOPIC_QUALIFIERS = ['reform', 'strike', 'inquiry', 'funding', 'review', 'protest', 'plan', 'crisis', 'vote'];

// ---------------------------------------------------------------------------------------------

/** A story already written, for later ones to link or pin. */
interface Story {
  slug: string;
  section: string;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const words = (s: string) =>
  s
    .replace(/<[^>]*>/g, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const isoMinute = (d: Date) => d.toISOString().replace(/:\d{2}\.\d{3}Z$/, ':00+00:00');
const yamlString = (s: string) => JSON.stringify(s);
/** Running totals of `weights`, for Rng.weighted. */
function cumulative(weights: number[]): number[] {
  let sum = 0;
  return weights.map((w) => (sum += w));
}

/** The ~300 topic names, in Zipf rank order. Independent of the seed, so corpora share topics. */
export function topicNames(): string[] {
  const rng = new Rng('masthead-topics');
  const names = new Set<string>(TOPIC_STEMS);
  const places = placeNames(new Rng('masthead-places'), 40);
  while (names.size < 300) {
    const name = rng.pick([
      () => `${rng.pick(TOPIC_STEMS)} ${rng.pick(TOPIC_QUALIFIERS)}`,
      () => `${rng.pick(places)} ${rng.pick(TOPIC_STEMS).toLowerCase()}`,
      () => `${rng.pick(places)} ${rng.pick(TOPIC_QUALIFIERS)}`,
    ])();
    if (![...names].some((n) => topicSlug(n) === topicSlug(name))) names.add(name);
  }
  return [...names];
}

function placeNames(rng: Rng, n: number): string[] {
  const out = new Set<string>();
  while (out.size < n) {
    const base = `${rng.pick(PLACE_HEADS)}${rng.pick(PLACE_TAILS)}`;
    out.add(rng.chance(0.35) ? `${base} ${rng.pick(PLACE_KINDS)}` : base);
  }
  return [...out];
}

/** ~4,000 invented surnames: the names, streets and firms that make each story's vocabulary specific. */
function entityNames(): string[] {
  const heads = list(`
    Ab | Bel | Cor | Dun | El | Fen | Gar | Hal | Ing | Jes | Kil | Lor | Mar | Nor | Or | Pen | Quen | Ros | Sel
    Tor | Ul | Ven | Wes | Yar | Zel
  `);
  const mids = ['a', 'e', 'i', 'o', 'u', 'ar', 'en', 'il', 'or', ''];
  const tails = list(
    'by | cott | dale | ford | gate | ham | hurst | ley | mere | more | ridge | stone | thorpe | ton | wick | worth',
  );
  const all: string[] = [];
  for (const h of heads) for (const m of mids) for (const t of tails) all.push(`${h}${m}${t}`);
  const rng = new Rng('masthead-entities');
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all;
}

interface Cast {
  subjects: string[];
  people: string[];
  places: string[];
  orgs: string[];
}

class Writer {
  private readonly places = placeNames(new Rng('masthead-places'), 40);
  /** The people, places and organisations this story keeps coming back to. */
  cast: Cast = { subjects: [], people: [], places: [], orgs: [] };
  constructor(private rng: Rng) {}
  person() {
    const r = this.rng;
    return this.cast.people.length && r.chance(0.7)
      ? r.pick(this.cast.people)
      : `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`;
  }
  place() {
    const r = this.rng;
    return this.cast.places.length && r.chance(0.5) ? r.pick(this.cast.places) : r.pick(this.places);
  }
  org() {
    const r = this.rng;
    return this.cast.orgs.length && r.chance(0.4) ? r.pick(this.cast.orgs) : r.pick(ORGS);
  }
  np() {
    const r = this.rng;
    const subject = this.cast.subjects.length && r.chance(0.6) ? `${r.pick(this.cast.subjects)} ` : '';
    return `the ${r.chance(0.5) ? `${r.pick(ADJECTIVES)} ` : ''}${subject}${r.pick(NOUNS)}`;
  }
  sentence(): string {
    const r = this.rng;
    const forms = [
      () => `${cap(this.org())} ${r.pick(VERBS_PAST)} ${this.np()} for ${this.place()} ${r.pick(TIMES)}.`,
      () =>
        `${this.person()}, ${r.pick(ROLES)} ${this.place()}, said ${this.np()} would ${r.pick(VERBS_BASE)} ` +
        `services for ${r.pick(PLURALS)} ${r.pick(TIMES)}.`,
      () =>
        `"We have ${r.pick(VERBS_PAST)} ${this.np()} ${r.pick(ADVERBS)}, and ${r.pick(PLURALS)} in ` +
        `${this.place()} deserve to know why," said ${this.person()}.`,
      () =>
        `${r.pick(CONNECTORS)} ${r.pick(NUMBER_WORDS)} ${r.pick(PLURALS)} ${r.pick(VERBS_PAST)} ${this.np()} ` +
        `in ${this.place()} last ${r.pick(PERIODS)}.`,
      () =>
        `The figures show that ${r.int(3, 97)} per cent of ${r.pick(PLURALS)} in ${this.place()} rely on ` +
        `${this.np()}, up from ${r.int(2, 60)} per cent ${r.int(2, 9)} years ago.`,
      () =>
        `Critics say ${this.np()} ${r.pick(ADVERBS)} ignores ${r.pick(PLURALS)} on the edge of ` +
        `${this.place()}, where ${this.np()} has already been ${r.pick(VERBS_PAST)}.`,
      () =>
        `It is expected to cost ${r.int(2, 90)}.${r.int(1, 9)} million, of which ${this.org()} has ` +
        `${r.pick(VERBS_PAST)} about half.`,
      () =>
        `${cap(r.pick(ADVERBS))}, officials at ${this.org()} said they would ${r.pick(VERBS_BASE)} ` +
        `${this.np()} if ${r.pick(PLURALS)} in ${this.place()} asked for it.`,
      () =>
        `A report by ${this.org()} found ${this.np()} near ${this.place()} had been ${r.pick(VERBS_PAST)} ` +
        `${r.pick(NUMBER_WORDS)} times since it was built.`,
      () =>
        `${cap(this.np())} in ${this.place()} will be ${r.pick(VERBS_PAST)} ${r.pick(TIMES)}, ${this.org()} ` +
        `confirmed.`,
      () =>
        `Asked whether ${this.np()} was worth the money, ${this.person()} said the answer depended on who was ` +
        `asking.`,
      () =>
        `The meeting ran for ${r.pick(NUMBER_WORDS)} hours, and ${r.pick(PLURALS)} queued outside the hall in ` +
        `${this.place()} to speak.`,
      () =>
        `Work on ${this.np()} began in ` +
        `${r.pick(['the last decade', 'the nineties', 'the spring of 2019', 'the year of the great storm'])} but ` +
        `stalled when ${this.org()} ran out of money.`,
      () =>
        `${cap(r.pick(PLURALS))} who spoke to Masthead described ${this.np()} as ` +
        `${r.pick(['overdue', 'confusing', 'a relief', 'a gamble', 'unfair', 'sensible'])}.`,
      () =>
        `Neither ${this.org()} nor ${this.org()} would say when ${this.np()} in ${this.place()} might be ` +
        `${r.pick(VERBS_PAST)}.`,
      () =>
        `${r.pick(CONNECTORS)} the ${r.pick(['tide', 'weather', 'timetable', 'vote', 'budget'])} ` +
        `${r.pick(['shifted', 'changed', 'held', 'slipped'])} ${r.pick(TIMES)}, leaving ${r.pick(PLURALS)} in ` +
        `${this.place()} ${r.pick(['waiting', 'uncertain', 'frustrated', 'hopeful'])}.`,
    ];
    return r.pick(forms)();
  }
  paragraph(): string {
    return Array.from({ length: this.rng.int(2, 5) }, () => this.sentence()).join(' ');
  }
  headline(): string {
    const r = this.rng;
    const forms = [
      () =>
        `${this.place()} ${r.pick(NOUNS)} ${r.pick(VERBS_PRESENT)} ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} ` +
        `${r.pick(TIMES)}`,
      () =>
        `${cap(this.org().replace(/^the /, ''))} ${r.pick(VERBS_PRESENT)} ${r.pick(ADJECTIVES)} ` +
        `${r.pick(NOUNS)} for ${this.place()}`,
      () =>
        `${cap(r.pick(NUMBER_WORDS))} ${r.pick(PLURALS)} ${r.pick(VERBS_PAST)} as ${this.place()} ` +
        `${r.pick(NOUNS)} ${r.pick(VERBS_PRESENT)} plan`,
      () =>
        `${cap(r.pick(ADJECTIVES))} ${r.pick(NOUNS)} for ${this.place()} ${r.pick(VERBS_PAST)} after ` +
        `${r.pick(NOUNS)} ${r.pick(['row', 'vote', 'review', 'delay'])}`,
    ];
    return r.pick(forms)();
  }
  caption(): string {
    return `${cap(this.np())} at ${this.place()} ${this.rng.pick(TIMES)}.`;
  }
  alt(): string {
    const r = this.rng;
    return (
      `Abstract illustration of ` +
      `${r.pick(['a harbour', 'a street', 'a coastline', 'a market', 'a skyline', 'a tram stop', 'a field'])} in ` +
      `${r.pick(['grey', 'blue', 'ochre', 'green', 'evening'])} tones`
    );
  }
}

function readDemo() {
  const demo = path.join(REPO_ROOT, 'content');
  const slugs = (kind: string) =>
    fs
      .readdirSync(path.join(demo, kind))
      .filter((f) => f.endsWith('.mdx'))
      .sort()
      .map((f) => f.replace(/\.mdx$/, ''));
  const sections = slugs('sections');
  const authors = slugs('authors');
  const images = fs
    .readdirSync(path.join(REPO_ROOT, 'public', 'images', 'stories'))
    .filter((f) => /\.(jpe?g|png|webp|avif)$/.test(f))
    .sort()
    .map((f) => `/images/stories/${f}`);
  if (!sections.length || !authors.length || !images.length)
    throw new Error(`demo sections, authors or story images are missing under ${REPO_ROOT}`);
  return { demo, sections, authors, images };
}

/** Today at 00:00 UTC. */
export function defaultNow(clock = new Date()): Date {
  return new Date(Date.UTC(clock.getUTCFullYear(), clock.getUTCMonth(), clock.getUTCDate()));
}

export function generateCorpus({ outDir, count, seed = 'masthead', now = defaultNow() }: CorpusOptions): CorpusSummary {
  if (!Number.isInteger(count) || count < 1) throw new Error(`--count must be a positive whole number (got ${count})`);
  const { demo, sections, authors, images } = readDemo();

  prepareOutDir(outDir);
  fs.cpSync(path.join(demo, 'sections'), path.join(outDir, 'sections'), { recursive: true });
  fs.cpSync(path.join(demo, 'authors'), path.join(outDir, 'authors'), { recursive: true });
  fs.mkdirSync(path.join(outDir, 'articles'), { recursive: true });

  const rng = new Rng(`${seed}:${count}`);
  const writer = new Writer(rng);
  const topics = topicNames();
  const entities = entityNames();
  const entityZipf = cumulative(entities.map((_e, rank) => 1 / (rank + 1)));
  // Stories on one topic keep meeting the same people, streets and firms: each topic owns ten entities.
  const topicRng = new Rng(`${seed}:topic-entities`);
  const topicEntities = topics.map(() => Array.from({ length: 10 }, () => topicRng.int(0, entities.length - 1)));
  const topicWords = topics.map(() => Array.from({ length: NOUNS_PER_TOPIC }, () => topicRng.pick(DOMAIN_WORDS)));
  const castOf = (ids: number[], subjects: string[]): Cast => {
    const cast: Cast = { subjects, people: [], places: [], orgs: [] };
    for (const id of ids) {
      const name = entities[id]!;
      if (id % 3 === 0) cast.people.push(`${FIRST_NAMES[id % FIRST_NAMES.length]} ${name}`);
      else if (id % 3 === 1) cast.places.push(`${name} ${PLACE_KINDS[id % PLACE_KINDS.length]}`);
      else cast.orgs.push(`the ${name} ${['Trust', 'Partnership', 'Group', 'Society', 'Foundation'][id % 5]}`);
    }
    return cast;
  };
  const zipf = cumulative(topics.map((_t, rank) => 1 / (rank + 1)));
  // City and politics carry more stories than culture or science, as on most local sites.
  const sectionCumulative = cumulative(
    sections.map((s) => ({ city: 3, politics: 2, business: 1.5, sport: 1.5 })[s] ?? 1),
  );

  // Oldest first, so links and pins can point back at stories that already exist.
  const offsets = Array.from({ length: count }, () => Math.floor(rng.next() * SPAN_DAYS * 24 * 60)).sort(
    (a, b) => b - a,
  );
  const published: Story[] = [];
  let drafts = 0,
    withUpdates = 0,
    totalWords = 0;
  const usedTopics = new Set<string>();

  for (let i = 0; i < count; i++) {
    const publishedAt = new Date(now.getTime() - (offsets[i]! + 1) * 60_000);
    const status = rng.chance(0.01) ? 'draft' : 'published';
    const section = sections[rng.weighted(sectionCumulative)]!;
    const authorSlugs = [rng.pick(authors)];
    if (rng.chance(0.2)) {
      const second = rng.pick(authors);
      if (second !== authorSlugs[0]) authorSlugs.push(second);
    }
    const chosenTopics: string[] = [];
    const topicCount = rng.int(2, 4);
    while (chosenTopics.length < topicCount) {
      const t = topics[rng.weighted(zipf)]!;
      if (!chosenTopics.includes(t)) chosenTopics.push(t);
    }
    const hero = rng.pick(images);
    const castIds = new Set<number>();
    for (const t of chosenTopics) {
      const pool = topicEntities[topics.indexOf(t)]!;
      castIds.add(rng.pick(pool));
      castIds.add(rng.pick(pool));
    }
    for (let k = rng.int(1, 3); k > 0; k--) castIds.add(rng.weighted(entityZipf));
    const subjects = [
      ...new Set(chosenTopics.flatMap((t) => topicWords[topics.indexOf(t)]!.slice(0, rng.int(3, NOUNS_PER_TOPIC)))),
    ];
    writer.cast = castOf([...castIds], subjects);
    const title = writer.headline();
    const slug = `${topicSlug(title).split('-').slice(0, 7).join('-')}-${i.toString(36)}`;

    const updates: string[] = [];
    if (rng.chance(0.1) && now.getTime() - publishedAt.getTime() > 30 * 60_000) {
      withUpdates++;
      let at = publishedAt.getTime();
      for (let u = rng.int(1, 2); u > 0; u--) {
        const left = now.getTime() - at;
        if (left <= 2 * 60_000) break;
        at += Math.max(60_000, Math.floor(rng.next() * Math.min(left - 60_000, 3 * DAY_MS)));
        at -= at % 60_000;
        if (at >= now.getTime() || at <= publishedAt.getTime()) break;
        const correction = rng.chance(0.2);
        updates.push(
          `  - at: "${isoMinute(new Date(at))}"\n    kind: ${correction ? 'correction' : 'update'}\n    note: ` +
            `${yamlString(rng.pick(correction ? CORRECTION_NOTES : UPDATE_NOTES))}`,
        );
      }
    }

    const pinned =
      published.length > 20 && rng.chance(0.05) ? [published[published.length - rng.int(1, 20)]!.slug] : [];
    const linkTarget =
      published.length > 0 && rng.chance(0.25)
        ? published[published.length - rng.int(1, Math.min(200, published.length))]!
        : undefined;
    const body = writeBody(rng, writer, {
      images: images.filter((img) => img !== hero),
      linkTarget,
      targetWords: rng.int(520, 1480),
    });
    totalWords += words(body);
    chosenTopics.forEach((t) => usedTopics.add(t));

    const front = [
      '---',
      `title: ${yamlString(title)}`,
      `dek: ${yamlString(writer.sentence())}`,
      `section: ${section}`,
      `authors: [${authorSlugs.join(', ')}]`,
      `publishedAt: "${isoMinute(publishedAt)}"`,
      `status: ${status}`,
      `tags: [${chosenTopics.map(yamlString).join(', ')}]`,
      'image:',
      `  src: ${hero}`,
      `  alt: ${yamlString(writer.alt())}`,
      `  caption: ${yamlString(writer.caption())}`,
      '  credit: "Illustration: Masthead"',
      ...(updates.length ? ['updates:', ...updates] : []),
      ...(pinned.length ? [`related: [${pinned.join(', ')}]`] : []),
      '---',
      '',
    ].join('\n');
    fs.writeFileSync(path.join(outDir, 'articles', `${slug}.mdx`), `${front}\n${body}\n`);
    if (status === 'draft') drafts++;
    else published.push({ slug, section });
  }

  const summary: CorpusSummary = {
    outDir,
    count,
    seed,
    now: now.toISOString(),
    drafts,
    withUpdates,
    words: totalWords,
    topics: usedTopics.size,
  };
  fs.writeFileSync(path.join(outDir, MARKER), `${JSON.stringify(summary, null, 2)}\n`);
  return summary;
}

function writeBody(rng: Rng, writer: Writer, o: { images: string[]; linkTarget?: Story; targetWords: number }): string {
  const blocks: string[] = [writer.paragraph(), writer.paragraph()];
  const subheads = rng.int(2, 5);
  const paragraphsPerPart = Math.max(1, Math.round(o.targetWords / 65 / (subheads + 1)));
  const extras: string[] = [];
  if (rng.chance(0.4)) {
    extras.push(
      `<PullQuote by="${writer.person()}, ${rng.pick(ROLES)} ` +
        `${writer.place()}">${writer.sentence().replace(/"/g, '')}</PullQuote>`,
    );
  }
  if (rng.chance(0.3)) {
    const items = Array.from({ length: rng.int(3, 5) }, () => `- ${writer.sentence().replace(/"/g, '')}`);
    extras.push(`<Factbox title="${rng.pick(FACT_HEADS)}">\n\n${items.join('\n')}\n\n</Factbox>`);
  }
  if (rng.chance(0.25)) {
    extras.push(
      `<Figure src="${rng.pick(o.images)}" alt="${writer.alt()}" caption="${writer.caption()}" credit="Illustration: ` +
        `Masthead" />`,
    );
  }
  if (o.linkTarget) {
    const t = o.linkTarget;
    blocks.push(
      `${writer.sentence()} The decision follows [our earlier report](/${t.section}/${t.slug}) on the ` +
        `${rng.pick(NOUNS)}.`,
    );
  }
  const count = () => words(blocks.join('\n\n'));
  const headings = new Set<string>();
  while (headings.size < subheads) headings.add(rng.pick(SUBHEADS));
  for (const heading of headings) {
    blocks.push(`## ${heading}`);
    for (let p = 0; p < paragraphsPerPart; p++) blocks.push(writer.paragraph());
    if (extras.length && rng.chance(0.5)) blocks.push(extras.shift()!);
  }
  blocks.push(...extras);
  // Top up or trim to land inside 500-1,500 words.
  while (count() < o.targetWords) blocks.push(writer.paragraph());
  while (count() > 1500) {
    const last = blocks.findLastIndex((b) => !b.startsWith('<') && !b.startsWith('## '));
    if (last <= 1) break;
    blocks.splice(last, 1);
  }
  return blocks.join('\n\n');
}

function prepareOutDir(outDir: string) {
  if (fs.existsSync(outDir)) {
    const entries = fs.readdirSync(outDir);
    if (entries.length && !entries.includes(MARKER)) {
      throw new Error(
        `${outDir} exists and was not made by this generator (no ${MARKER}); choose an empty or new folder`,
      );
    }
    for (const kind of ['articles', 'sections', 'authors', MARKER])
      fs.rmSync(path.join(outDir, kind), { recursive: true, force: true });
  }
  fs.mkdirSync(outDir, { recursive: true });
}

/** The summary a previous run left, if any: lets the benchmarks reuse an identical corpus. */
export function readCorpusMarker(outDir: string): CorpusSummary | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(outDir, MARKER), 'utf8')) as CorpusSummary;
  } catch {
    return undefined;
  }
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { count: { type: 'string' }, seed: { type: 'string' }, now: { type: 'string' } },
  });
  const outDir = positionals[0];
  const count = Number(values.count);
  if (!outDir || !values.count || !Number.isInteger(count) || count < 1)
    fail('Usage: npm run corpus -- <outDir> --count N [--seed S] [--now 2026-01-01T00:00:00Z]', 2);
  const now = values.now ? new Date(values.now) : undefined;
  if (now && Number.isNaN(now.getTime())) fail(`--now: "${values.now}" is not a date`, 2);
  const started = performance.now();
  const summary = generateCorpus({ outDir: path.resolve(outDir), count, seed: values.seed, now });
  console.log(
    `Wrote ${summary.count} stories (${summary.drafts} drafts, ${summary.withUpdates} with updates, ` +
      `${summary.topics} topics, ${Math.round(summary.words / summary.count)} words on average) to ${outDir} in ` +
      `${Math.round(performance.now() - started)} ms`,
  );
  console.log(`Check it: CONTENT_DIR=${outDir} npm run content:check`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
