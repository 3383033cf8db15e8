/**
 * The demo content in content/, written down by hand: what the pages must show. Nothing here
 * reads content/ or calls the code under test, so a loader bug cannot move the expectations.
 * Change this file when the demo content changes.
 */

export const sections = [
  { slug: 'city', title: 'City' },
  { slug: 'politics', title: 'Politics' },
  { slug: 'business', title: 'Business' },
  { slug: 'science', title: 'Science & Environment' },
  { slug: 'culture', title: 'Culture' },
  { slug: 'sport', title: 'Sport' },
];

export const authors = [
  { slug: 'hana-whitcombe', name: 'Hana Whitcombe', role: 'Culture writer' },
  { slug: 'ines-okafor', name: 'Ines Okafor', role: 'City editor' },
  { slug: 'mateo-farrant', name: 'Mateo Farrant', role: 'Science and environment correspondent' },
  { slug: 'oren-castell', name: 'Oren Castell', role: 'Sport and data reporter' },
  { slug: 'priya-lindqvist', name: 'Priya Lindqvist', role: 'Business reporter' },
  { slug: 'tomas-reyes-holm', name: 'Tomás Reyes-Holm', role: 'Political correspondent' },
];

export const topicNames: Record<string, string> = {
  budget: 'Budget',
  'coastal-erosion': 'Coastal erosion',
  energy: 'Energy',
  'festival-season': 'Festival season',
  fisheries: 'Fisheries',
  floods: 'Floods',
  'harbour-redevelopment': 'Harbour redevelopment',
  heatwave: 'Heatwave',
  housing: 'Housing',
  libraries: 'Libraries',
  'merrow-city-council': 'Merrow City Council',
  'merrow-rovers': 'Merrow Rovers',
  schools: 'Schools',
  'small-business': 'Small business',
  'tram-network': 'Tram network',
  tourism: 'Tourism',
  transport: 'Transport',
  'university-of-port-merrow': 'University of Port Merrow',
  'vessary-assembly': 'Vessary Assembly',
  'water-supply': 'Water supply',
};

/** The two live stories (format: live), listed in full further down. */
export const liveStorySlugs = ['harbour-cross-warehouse-fire-live', 'assembly-levy-vote-live'];

export interface PublicArticle {
  slug: string;
  section: string;
  title: string;
  authors: string[];
  topics: { slug: string; name: string }[];
  publishedAt: string;
  /** Times of its updates and corrections, newest first. */
  updates: string[];
  /** The latest update's time, or publishedAt. */
  modifiedAt: string;
}

type Row = [
  slug: string,
  section: string,
  title: string,
  authors: string[],
  topics: string[],
  published: string,
  updates?: string[],
];

// Newest first, as every listing orders them; equal times keep this order.
const rows: Row[] = [
  [
    'tram-extension-funding-deal-agreed',
    'politics',
    'Assembly agrees to pay two thirds of Line 3 tram costs',
    ['tomas-reyes-holm'],
    ['tram-network', 'vessary-assembly', 'merrow-city-council', 'transport'],
    '2026-11-25T08:15:00.000Z',
  ],
  [
    'festival-visitor-spending-estimate',
    'culture',
    'Festival visitors spent an estimated £4.2m in the city this season',
    ['hana-whitcombe', 'priya-lindqvist'],
    ['festival-season', 'tourism', 'small-business'],
    '2026-11-25T07:15:00.000Z',
  ],
  [
    'harbour-cross-warehouse-fire-live',
    'city',
    'Harbour Cross warehouse fire: live updates',
    ['ines-okafor', 'mateo-farrant'],
    ['small-business', 'transport', 'merrow-city-council'],
    '2026-11-25T05:40:00.000Z',
  ],
  [
    'rovers-name-interim-manager',
    'sport',
    'Merrow Rovers name academy coach Dele Marchbank as interim manager',
    ['oren-castell'],
    ['merrow-rovers', 'schools'],
    '2026-11-24T17:30:00.000Z',
    ['2026-11-25T08:40:00.000Z', '2026-11-24T20:15:00.000Z'],
  ],
  [
    'visitor-levy-divides-port-merrow-hoteliers',
    'business',
    "Proposed £2-a-night visitor levy divides Port Merrow's hoteliers",
    ['priya-lindqvist'],
    ['tourism', 'budget', 'small-business', 'festival-season'],
    '2026-11-24T13:10:00.000Z',
  ],
  [
    'sprat-shoals-moving-offshore-study',
    'science',
    'Warmer bay water is pushing sprat shoals further offshore, study finds',
    ['mateo-farrant'],
    ['fisheries', 'heatwave', 'university-of-port-merrow'],
    '2026-11-24T07:00:00.000Z',
  ],
  [
    'harbour-flood-warning-storm-surge',
    'city',
    'Storm surge floods cellars in the Narrows as harbour gates hold',
    ['ines-okafor', 'mateo-farrant'],
    ['floods', 'coastal-erosion', 'transport', 'harbour-redevelopment'],
    '2026-11-24T06:45:00.000Z',
    ['2026-11-25T07:40:00.000Z', '2026-11-24T17:05:00.000Z', '2026-11-24T11:20:00.000Z'],
  ],
  [
    'youth-football-heat-rules-adopted',
    'sport',
    'Youth football league adopts heat rules after a summer of stoppages',
    ['oren-castell'],
    ['heatwave', 'schools'],
    '2026-11-20T08:00:00.000Z',
  ],
  [
    'merrow-rovers-accounts-losses-narrow',
    'business',
    'Merrow Rovers accounts show losses narrowing as crowds return to Quayside Park',
    ['priya-lindqvist', 'oren-castell'],
    ['merrow-rovers', 'small-business', 'tourism'],
    '2026-11-20T07:30:00.000Z',
  ],
  [
    'tidal-turbine-trial-harbour-mouth',
    'science',
    'Tidal turbine trial at the harbour mouth cleared to start in spring',
    ['mateo-farrant', 'priya-lindqvist'],
    ['energy', 'fisheries', 'harbour-redevelopment'],
    '2026-11-19T08:30:00.000Z',
  ],
  [
    'night-trams-winter-lights-festival',
    'city',
    'Night trams to run until 2am during the winter lights festival',
    ['ines-okafor'],
    ['festival-season', 'tram-network', 'tourism', 'transport'],
    '2026-11-19T07:00:00.000Z',
  ],
  [
    'harbour-company-chair-steps-down',
    'politics',
    'Harbour company chair steps down before scrutiny of Saltings Quay deal',
    ['tomas-reyes-holm'],
    ['harbour-redevelopment', 'merrow-city-council', 'housing'],
    '2026-11-17T09:00:00.000Z',
    ['2026-11-18T10:05:00.000Z', '2026-11-17T16:30:00.000Z'],
  ],
  [
    'cordwainer-row-bookshop-reading-series',
    'culture',
    'Cordwainer Row bookshop starts winter readings with branch library partners',
    ['hana-whitcombe'],
    ['small-business', 'libraries'],
    '2026-11-17T08:00:00.000Z',
  ],
  [
    'fennick-street-traders-seek-compensation',
    'business',
    'Fennick Street traders seek compensation over months of tram track works',
    ['priya-lindqvist'],
    ['small-business', 'tram-network', 'transport', 'merrow-city-council'],
    '2026-11-16T07:30:00.000Z',
  ],
  [
    'coastal-half-marathon-new-harbour-route',
    'sport',
    'Coastal half marathon will finish on the harbour front under a new route',
    ['oren-castell'],
    ['tourism', 'transport', 'harbour-redevelopment'],
    '2026-11-14T09:00:00.000Z',
  ],
  [
    'library-opening-hours-cut-winter',
    'city',
    'Four branch libraries to close two days a week from January',
    ['ines-okafor'],
    ['libraries', 'budget', 'merrow-city-council'],
    '2026-11-12T07:15:00.000Z',
  ],
  [
    'upland-reservoirs-lowest-in-nine-years',
    'science',
    'Upland reservoirs end the autumn at their lowest level in nine years',
    ['mateo-farrant'],
    ['water-supply', 'heatwave'],
    '2026-11-12T07:00:00.000Z',
  ],
  [
    'assembly-vote-flood-defence-levy',
    'politics',
    'Assembly narrowly backs coastal levy to pay for new flood defences',
    ['tomas-reyes-holm', 'mateo-farrant'],
    ['vessary-assembly', 'floods', 'coastal-erosion', 'budget'],
    '2026-11-10T18:30:00.000Z',
  ],
  [
    'assembly-levy-vote-live',
    'politics',
    'Coastal levy vote at the Vessary Assembly: as it happened',
    ['tomas-reyes-holm'],
    ['vessary-assembly', 'floods', 'budget'],
    '2026-11-10T13:00:00.000Z',
  ],
  [
    'harbour-net-lofts-artist-studios',
    'culture',
    'Artists take two-year leases on converted net lofts at the harbour',
    ['hana-whitcombe'],
    ['harbour-redevelopment', 'small-business'],
    '2026-11-10T08:00:00.000Z',
  ],
  [
    'schools-cross-country-record-entry',
    'sport',
    'Record 900 pupils run in schools cross-country championship on university campus',
    ['oren-castell'],
    ['schools', 'university-of-port-merrow'],
    '2026-11-08T10:00:00.000Z',
  ],
  [
    'central-library-reopens-after-refit',
    'culture',
    'Central library reopens after refit with evening hours and a map room',
    ['hana-whitcombe'],
    ['libraries', 'merrow-city-council'],
    '2026-11-06T07:45:00.000Z',
  ],
  [
    'assembly-schools-funding-formula-row',
    'politics',
    'City heads warn Assembly schools formula would leave them worse off',
    ['tomas-reyes-holm'],
    ['schools', 'vessary-assembly', 'budget'],
    '2026-11-05T07:30:00.000Z',
  ],
  [
    'late-trams-after-rovers-games-extended',
    'sport',
    'Late trams after Rovers home games to continue until the spring',
    ['oren-castell'],
    ['merrow-rovers', 'transport', 'tram-network'],
    '2026-11-04T12:00:00.000Z',
  ],
  [
    'saltings-quay-housing-blocks-approved',
    'city',
    'Saltings Quay homes approved with a smaller share for social rent',
    ['ines-okafor'],
    ['housing', 'harbour-redevelopment', 'merrow-city-council'],
    '2026-11-03T08:15:00.000Z',
  ],
  [
    'saltings-head-cliff-retreat-survey',
    'science',
    'Cliff at Saltings Head lost 3.6 metres in a year, survey finds',
    ['mateo-farrant'],
    ['coastal-erosion', 'university-of-port-merrow', 'tourism'],
    '2026-11-03T08:00:00.000Z',
    ['2026-11-04T10:05:00.000Z', '2026-11-03T14:20:00.000Z'],
  ],
  [
    'tidewright-opens-turbine-assembly-workshop',
    'business',
    'Tidewright takes over old graving dock to build its first tidal turbines',
    ['priya-lindqvist'],
    ['energy', 'university-of-port-merrow', 'harbour-redevelopment'],
    '2026-10-30T07:30:00.000Z',
  ],
  [
    'heatwave-review-cooling-centres-underused',
    'city',
    'Heatwave review finds most residents never heard of the cooling centres',
    ['ines-okafor'],
    ['heatwave', 'water-supply', 'merrow-city-council'],
    '2026-10-29T07:30:00.000Z',
  ],
  [
    'council-budget-gap-forty-million',
    'politics',
    "Council warns of £40m gap in next year's budget as care costs climb",
    ['tomas-reyes-holm'],
    ['budget', 'merrow-city-council', 'libraries', 'vessary-assembly'],
    '2026-10-27T07:30:00.000Z',
    ['2026-10-28T09:40:00.000Z'],
  ],
  [
    'lantern-walk-record-crowd',
    'culture',
    'Lantern walk draws a record crowd on the final night of festival season',
    ['hana-whitcombe'],
    ['festival-season', 'tourism'],
    '2026-10-26T08:15:00.000Z',
  ],
  [
    'rovers-late-winner-against-kelsbridge',
    'sport',
    'Rovers snatch a late winner against Kelsbridge Town at Quayside Park',
    ['oren-castell'],
    ['merrow-rovers', 'transport'],
    '2026-10-24T19:10:00.000Z',
  ],
  [
    'merrow-estuary-flood-model-upgrade',
    'science',
    "New flood model gives estuary streets six hours' warning of surges",
    ['mateo-farrant'],
    ['floods', 'university-of-port-merrow', 'merrow-city-council'],
    '2026-10-22T07:30:00.000Z',
  ],
  [
    'tram-line-three-route-consultation',
    'city',
    'Consultation opens on two routes for the Line 3 tram to Brackwater',
    ['ines-okafor'],
    ['tram-network', 'transport', 'merrow-city-council', 'university-of-port-merrow'],
    '2026-10-22T07:30:00.000Z',
  ],
  [
    'fish-market-auction-goes-digital',
    'business',
    'Port Merrow fish market swaps its shouted auction for an electronic clock',
    ['priya-lindqvist'],
    ['fisheries', 'small-business', 'harbour-redevelopment'],
    '2026-10-21T07:00:00.000Z',
  ],
];

/** The 34 published stories whose time has passed, newest first. */
export const publicArticles: PublicArticle[] = rows.map(
  ([slug, section, title, authors, topics, publishedAt, updates]) => ({
    slug,
    section,
    title,
    authors,
    topics: topics.map((t) => ({ slug: t, name: topicNames[t]! })),
    publishedAt,
    updates: updates ?? [],
    modifiedAt: updates?.[0] ?? publishedAt,
  }),
);

export interface HiddenStory {
  slug: string;
  section: string;
  authors: string[];
  title: string;
  dek: string;
  publishedAt: Date;
}

export const drafts: HiddenStory[] = [
  {
    slug: 'ottervane-tapestry-returns-to-city',
    section: 'culture',
    authors: ['hana-whitcombe'],
    publishedAt: new Date('2026-11-28T08:00:00Z'),
    title: 'Ottervane tapestry returns to Port Merrow after two years of conservation',
    dek:
      "The embroidered hanging showing the founding of the harbour will go on show in the central library's new " +
      'gallery in January, cleaned, repaired and displayed in full for the first time in decades.',
  },
  {
    slug: 'quillmoor-peat-bog-carbon-survey',
    section: 'science',
    authors: ['mateo-farrant'],
    publishedAt: new Date('2026-11-27T07:00:00Z'),
    title: 'Quillmoor peat bog holds twice the carbon earlier surveys estimated',
    dek:
      "New depth measurements on the moor above Port Merrow's reservoirs suggest the peat is far deeper than " +
      'mapped, strengthening the case for restoring drained ground and blocking old ditches.',
  },
];

/** Published, but dated 1 March 2027 06:00 UTC: hidden from readers until then. */
export const SCHEDULED_AT = '2027-03-01T06:00:00.000Z';
export const scheduled: HiddenStory[] = [
  {
    slug: 'brackenfold-stand-expansion-plan',
    section: 'sport',
    authors: ['oren-castell'],
    publishedAt: new Date(SCHEDULED_AT),
    title: 'Rovers unveil Brackenfold Stand plan to add 3,000 seats at Quayside Park',
    dek:
      'Merrow Rovers want to replace the ageing open terrace at the north end of their ground with a covered ' +
      'two-tier stand, a project the club says would secure its future on the harbour.',
  },
];

/** A story with an image, captions, several topics, an old slug and no updates: the full anatomy. */
export const anatomy = {
  slug: 'tram-extension-funding-deal-agreed',
  section: 'politics',
  title: 'Assembly agrees to pay two thirds of Line 3 tram costs',
  dek:
    'A funding deal between the Vessary Assembly and Merrow City Council ends a year of wrangling over the ' +
    "city's third tram line, but leaves the council to borrow up to £97m for its share.",
  author: { slug: 'tomas-reyes-holm', name: 'Tomás Reyes-Holm', role: 'Political correspondent' },
  publishedAt: '2026-11-25T08:15:00.000Z',
  publishedText: 'Wed 25 November 2026, 08:15 GMT',
  image: {
    alt:
      'Tram rails curving away along a cobbled street towards a hill, with overhead wires against a pale morning ' +
      'sky',
    caption: 'The existing Line 1 track at Harbour Cross, where the new line would branch off towards Brackwater.',
  },
  topics: [
    { slug: 'tram-network', name: 'Tram network' },
    { slug: 'vessary-assembly', name: 'Vessary Assembly' },
    { slug: 'merrow-city-council', name: 'Merrow City Council' },
    { slug: 'transport', name: 'Transport' },
  ],
  redirectFrom: 'line-three-funding-talks-near-deal',
};

/** Three updates, newest first. */
export const withHistory = {
  slug: 'harbour-flood-warning-storm-surge',
  section: 'city',
  title: 'Storm surge floods cellars in the Narrows as harbour gates hold',
  lastUpdatedText: 'Wed 25 November 2026, 07:40 GMT',
  updates: [
    {
      at: '2026-11-25T07:40:00.000Z',
      note:
        'Rewritten with the overnight flooding in the Narrows, the tide readings and the downgrading of the ' +
        'warning to a flood alert.',
    },
    {
      at: '2026-11-24T17:05:00.000Z',
      note:
        'Added the suspension of Line 2 trams between Harbour Cross and Gull Point and the opening of a rest ' +
        'centre at Lantern Hill Primary School.',
    },
    {
      at: '2026-11-24T11:20:00.000Z',
      note:
        'The Vessary Coastal Authority raised the warning for the Narrows and Saltings Quay to its highest level ' +
        'and confirmed the flood gates would close at 15:00.',
    },
  ],
};

/** A correction followed by a later update: the banner leads with the update. */
export const withCorrection = {
  slug: 'saltings-head-cliff-retreat-survey',
  section: 'science',
  modifiedAt: '2026-11-04T10:05:00.000Z',
  update: { at: '2026-11-04T10:05:00.000Z', note: 'Added a response from the owners of the Gullrock chalet park.' },
  correction: {
    at: '2026-11-03T14:20:00.000Z',
    note:
      'An earlier version of this article misspelt the surname of Dr Aurelie Penhallow and gave the annual ' +
      'retreat as 4.6 metres; the survey figure is 3.6 metres.',
  },
};

/** Updated twice, never corrected; the newest revised story. */
export const revised = {
  slug: 'rovers-name-interim-manager',
  section: 'sport',
  title: 'Merrow Rovers name academy coach Dele Marchbank as interim manager',
  modifiedAt: '2026-11-25T08:40:00.000Z',
};

/** A headline word that no other public story uses, even as the start of a word. */
export const distinctive = { word: 'marchbank', story: revised };

export interface LivePostLiteral {
  slug: string;
  at: string;
  title?: string;
  /** The post's own authors, or the story's when the post names none. */
  authors: string[];
  key?: true;
  pinned?: true;
}

export interface LiveStoryLiteral {
  slug: string;
  section: string;
  title: string;
  authors: string[];
  publishedAt: string;
  liveUntil?: string;
  /** Public posts, newest first (the pinned one in its place by time). */
  posts: LivePostLiteral[];
}

/**
 * Running (no liveUntil) and flagged `breaking`: the one story in the Breaking strip. 48 public posts
 * (3 pages at 20), one pinned, six key events; besides them a draft post and one scheduled for
 * SCHEDULED_AT, both seen only in preview.
 */
export const runningLive: LiveStoryLiteral = {
  slug: 'harbour-cross-warehouse-fire-live',
  section: 'city',
  title: 'Harbour Cross warehouse fire: live updates',
  authors: ['ines-okafor', 'mateo-farrant'],
  publishedAt: '2026-11-25T05:40:00.000Z',
  posts: [
    { slug: '20261125-1820', at: '2026-11-25T18:20:00.000Z', authors: ['ines-okafor', 'mateo-farrant'] },
    {
      slug: '20261125-1745-evacuation-lifted-for-most-homes',
      at: '2026-11-25T17:45:00.000Z',
      title: 'Evacuation lifted for most homes',
      authors: ['ines-okafor', 'mateo-farrant'],
      key: true,
    },
    { slug: '20261125-1715', at: '2026-11-25T17:15:00.000Z', authors: ['mateo-farrant'] },
    { slug: '20261125-1640', at: '2026-11-25T16:40:00.000Z', authors: ['ines-okafor', 'mateo-farrant'] },
    { slug: '20261125-1605', at: '2026-11-25T16:05:00.000Z', authors: ['priya-lindqvist'] },
    { slug: '20261125-1538', at: '2026-11-25T15:38:00.000Z', authors: ['ines-okafor', 'mateo-farrant'] },
    { slug: '20261125-1510', at: '2026-11-25T15:10:00.000Z', authors: ['tomas-reyes-holm'] },
    { slug: '20261125-1449', at: '2026-11-25T14:49:00.000Z', authors: ['ines-okafor', 'mateo-farrant'] },
    { slug: '20261125-1434', at: '2026-11-25T14:34:00.000Z', authors: ['mateo-farrant'] },
    {
      slug: '20261125-1420-fire-is-under-control-the-fire',
      at: '2026-11-25T14:20:00.000Z',
      title: 'Fire is under control, the fire service says',
      authors: ['ines-okafor', 'mateo-farrant'],
      key: true,
    },
    { slug: '20261125-1405', at: '2026-11-25T14:05:00.000Z', authors: ['ines-okafor', 'mateo-farrant'] },
    { slug: '20261125-1351', at: '2026-11-25T13:51:00.000Z', authors: ['ines-okafor', 'mateo-farrant'] },
    { slug: '20261125-1337', at: '2026-11-25T13:37:00.000Z', authors: ['ines-okafor', 'mateo-farrant'] },
    { slug: '20261125-1322', at: '2026-11-25T13:22:00.000Z', authors: ['priya-lindqvist'] },
    { slug: '20261125-1308', at: '2026-11-25T13:08:00.000Z', authors: ['ines-okafor', 'mateo-farrant'] },
    { slug: '20261125-1253', at: '2026-11-25T12:53:00.000Z', authors: ['mateo-farrant'] },
    { slug: '20261125-1239', at: '2026-11-25T12:39:00.000Z', authors: ['ines-okafor', 'mateo-farrant'] },
    { slug: '20261125-1224', at: '2026-11-25T12:24:00.000Z', authors: ['ines-okafor', 'mateo-farrant'] },
    { slug: '20261125-1210', at: '2026-11-25T12:10:00.000Z', authors: ['tomas-reyes-holm'] },
    { slug: '20261125-1155', at: '2026-11-25T11:55:00.000Z', authors: ['ines-okafor', 'mateo-farrant'] },
    { slug: '20261125-1141', at: '2026-11-25T11:41:00.000Z', authors: ['priya-lindqvist'] },
    { slug: '20261125-1126', at: '2026-11-25T11:26:00.000Z', authors: ['mateo-farrant'] },
    { slug: '20261125-1112', at: '2026-11-25T11:12:00.000Z', authors: ['ines-okafor', 'mateo-farrant'] },
    {
      slug: '20261125-1100-part-of-the-warehouse-roof-collapses',
      at: '2026-11-25T11:00:00.000Z',
      title: 'Part of the warehouse roof collapses',
      authors: ['ines-okafor', 'mateo-farrant'],
      key: true,
    },
    { slug: '20261125-1042', at: '2026-11-25T10:42:00.000Z', authors: ['ines-okafor', 'mateo-farrant'] },
    { slug: '20261125-1029', at: '2026-11-25T10:29:00.000Z', authors: ['ines-okafor', 'mateo-farrant'] },
    { slug: '20261125-1015', at: '2026-11-25T10:15:00.000Z', authors: ['priya-lindqvist'] },
    { slug: '20261125-1001', at: '2026-11-25T10:01:00.000Z', authors: ['ines-okafor', 'mateo-farrant'] },
    { slug: '20261125-0947', at: '2026-11-25T09:47:00.000Z', authors: ['ines-okafor', 'mateo-farrant'] },
    { slug: '20261125-0934', at: '2026-11-25T09:34:00.000Z', authors: ['mateo-farrant'] },
    { slug: '20261125-0920', at: '2026-11-25T09:20:00.000Z', authors: ['ines-okafor', 'mateo-farrant'] },
    { slug: '20261125-0906', at: '2026-11-25T09:06:00.000Z', authors: ['priya-lindqvist'] },
    { slug: '20261125-0853', at: '2026-11-25T08:53:00.000Z', authors: ['ines-okafor', 'mateo-farrant'] },
    { slug: '20261125-0840', at: '2026-11-25T08:40:00.000Z', authors: ['ines-okafor', 'mateo-farrant'] },
    { slug: '20261125-0827', at: '2026-11-25T08:27:00.000Z', authors: ['tomas-reyes-holm'] },
    {
      slug: '20261125-0815-line-1-trams-suspended-through-harbour',
      at: '2026-11-25T08:15:00.000Z',
      title: 'Line 1 trams suspended through Harbour Cross',
      authors: ['ines-okafor', 'mateo-farrant'],
      key: true,
    },
    { slug: '20261125-0802', at: '2026-11-25T08:02:00.000Z', authors: ['ines-okafor', 'mateo-farrant'] },
    { slug: '20261125-0748', at: '2026-11-25T07:48:00.000Z', authors: ['ines-okafor', 'mateo-farrant'] },
    { slug: '20261125-0735', at: '2026-11-25T07:35:00.000Z', authors: ['mateo-farrant'] },
    { slug: '20261125-0722', at: '2026-11-25T07:22:00.000Z', authors: ['ines-okafor', 'mateo-farrant'] },
    {
      slug: '20261125-0710-roads-closed-trams-and-where-to',
      at: '2026-11-25T07:10:00.000Z',
      title: 'Roads closed, trams and where to get help',
      authors: ['ines-okafor', 'mateo-farrant'],
      pinned: true,
    },
    { slug: '20261125-0655', at: '2026-11-25T06:55:00.000Z', authors: ['priya-lindqvist'] },
    { slug: '20261125-0641', at: '2026-11-25T06:41:00.000Z', authors: ['ines-okafor', 'mateo-farrant'] },
    {
      slug: '20261125-0630-residents-evacuated-from-ropewalk-terrace',
      at: '2026-11-25T06:30:00.000Z',
      title: 'Residents evacuated from Ropewalk Terrace',
      authors: ['ines-okafor', 'mateo-farrant'],
      key: true,
    },
    { slug: '20261125-0615', at: '2026-11-25T06:15:00.000Z', authors: ['mateo-farrant'] },
    { slug: '20261125-0604', at: '2026-11-25T06:04:00.000Z', authors: ['ines-okafor', 'mateo-farrant'] },
    { slug: '20261125-0552', at: '2026-11-25T05:52:00.000Z', authors: ['ines-okafor', 'mateo-farrant'] },
    {
      slug: '20261125-0540-fire-reported-at-the-gullwing-warehouse',
      at: '2026-11-25T05:40:00.000Z',
      title: 'Fire reported at the Gullwing warehouse',
      authors: ['ines-okafor', 'mateo-farrant'],
      key: true,
    },
  ],
};

export const hiddenLivePosts = {
  draft: { slug: '20261125-1905', at: '2026-11-25T19:05:00.000Z' },
  scheduled: {
    slug: '20270301-0600-demolition-of-the-fire-damaged-warehouse',
    at: SCHEDULED_AT,
    title: 'Demolition of the fire-damaged warehouse begins',
  },
};

/** Ended: liveUntil is in the past, so the page is an archive. */
export const endedLive: LiveStoryLiteral = {
  slug: 'assembly-levy-vote-live',
  section: 'politics',
  title: 'Coastal levy vote at the Vessary Assembly: as it happened',
  authors: ['tomas-reyes-holm'],
  publishedAt: '2026-11-10T13:00:00.000Z',
  liveUntil: '2026-11-10T19:00:00.000Z',
  posts: [
    { slug: '20261110-1845', at: '2026-11-10T18:45:00.000Z', authors: ['tomas-reyes-holm'] },
    {
      slug: '20261110-1810-levy-passes-by-31-votes-to',
      at: '2026-11-10T18:10:00.000Z',
      title: 'Levy passes by 31 votes to 28',
      authors: ['tomas-reyes-holm'],
      key: true,
    },
    { slug: '20261110-1730', at: '2026-11-10T17:30:00.000Z', authors: ['tomas-reyes-holm'] },
    { slug: '20261110-1610', at: '2026-11-10T16:10:00.000Z', authors: ['tomas-reyes-holm'] },
    { slug: '20261110-1455', at: '2026-11-10T14:55:00.000Z', authors: ['mateo-farrant'] },
    { slug: '20261110-1340', at: '2026-11-10T13:40:00.000Z', authors: ['tomas-reyes-holm'] },
    {
      slug: '20261110-1305-debate-on-the-coastal-levy-begins',
      at: '2026-11-10T13:05:00.000Z',
      title: 'Debate on the coastal levy begins',
      authors: ['tomas-reyes-holm'],
      key: true,
    },
  ],
};

/** Public stories flagged `breaking: true`, newest first: what the Breaking strip links to. */
export const breakingStories = [runningLive];

export const urlOf = (a: { section: string; slug: string }) => `/${a.section}/${a.slug}`;
export const sectionTitle = (slug: string) => sections.find((s) => s.slug === slug)!.title;
