/**
 * The Swedish words the app writes into documents, with what agreement needs: a noun's gender and
 * forms, and a participle's forms for en-words, ett-words and the plural. Add a word here, with a
 * test line in tests/shared/text/, before a generator uses it.
 */
export type Gender = 'utrum' | 'neutrum';

export interface Noun {
  singular: string;
  plural: string;
  /** "åtgärden", "måttet" */
  definite: string;
  /** "åtgärderna", "måtten" */
  definitePlural: string;
  gender: Gender;
}

function noun(singular: string, plural: string, definite: string, definitePlural: string, gender: Gender = 'utrum'): Noun {
  return { singular, plural, definite, definitePlural, gender };
}

export const NOUNS = {
  atgard: noun('åtgärd', 'åtgärder', 'åtgärden', 'åtgärderna'),
  namnd: noun('nämnd', 'nämnder', 'nämnden', 'nämnderna'),
  styrelse: noun('styrelse', 'styrelser', 'styrelsen', 'styrelserna'),
  bolag: noun('bolag', 'bolag', 'bolaget', 'bolagen', 'neutrum'),
  lagesrapport: noun('lägesrapport', 'lägesrapporter', 'lägesrapporten', 'lägesrapporterna'),
  rekommendation: noun('rekommendation', 'rekommendationer', 'rekommendationen', 'rekommendationerna'),
  indikator: noun('indikator', 'indikatorer', 'indikatorn', 'indikatorerna'),
  utvecklingsomrade: noun('utvecklingsområde', 'utvecklingsområden', 'utvecklingsområdet', 'utvecklingsområdena', 'neutrum'),
  omrade: noun('område', 'områden', 'området', 'områdena', 'neutrum'),
  matt: noun('mått', 'mått', 'måttet', 'måtten', 'neutrum'),
  utfall: noun('utfall', 'utfall', 'utfallet', 'utfallen', 'neutrum'),
  granskning: noun('granskning', 'granskningar', 'granskningen', 'granskningarna'),
  fraga: noun('fråga', 'frågor', 'frågan', 'frågorna'),
  iakttagelse: noun('iakttagelse', 'iakttagelser', 'iakttagelsen', 'iakttagelserna'),
  kalla: noun('källa', 'källor', 'källan', 'källorna'),
  svar: noun('svar', 'svar', 'svaret', 'svaren', 'neutrum'),
  ar: noun('år', 'år', 'året', 'åren', 'neutrum'),
  dag: noun('dag', 'dagar', 'dagen', 'dagarna'),
  plan: noun('plan', 'planer', 'planen', 'planerna'),
  uppgift: noun('uppgift', 'uppgifter', 'uppgiften', 'uppgifterna'),
} as const satisfies Record<string, Noun>;

export interface Participle {
  utrum: string;
  neutrum: string;
  plural: string;
}

function participle(utrum: string, neutrum: string, plural: string): Participle {
  return { utrum, neutrum, plural };
}

export const PARTICIPLES = {
  genomford: participle('genomförd', 'genomfört', 'genomförda'),
  forsenad: participle('försenad', 'försenat', 'försenade'),
  klar: participle('klar', 'klart', 'klara'),
  paborjad: participle('påbörjad', 'påbörjat', 'påbörjade'),
  ejPaborjad: participle('ej påbörjad', 'ej påbörjat', 'ej påbörjade'),
  avbruten: participle('avbruten', 'avbrutet', 'avbrutna'),
  pagaende: participle('pågående', 'pågående', 'pågående'),
  besvarad: participle('besvarad', 'besvarat', 'besvarade'),
  rapporterad: participle('rapporterad', 'rapporterat', 'rapporterade'),
  oppen: participle('öppen', 'öppet', 'öppna'),
  ansvarig: participle('ansvarig', 'ansvarigt', 'ansvariga'),
  avslutad: participle('avslutad', 'avslutat', 'avslutade'),
  /** Not a participle, but it stands where one does: "en utan uppföljning", "sex utan uppföljning". */
  utanUppfoljning: participle('utan uppföljning', 'utan uppföljning', 'utan uppföljning'),
  /** The rule's "lagging" predicate (shared/report/assessmentRule.ts). */
  forsenadEllerUtanUppfoljning: participle('försenad eller saknar uppföljning', 'försenat eller saknar uppföljning', 'försenade eller saknar uppföljning'),
  genomfordEllerPagaende: participle('genomförd eller pågående', 'genomfört eller pågående', 'genomförda eller pågående'),
} as const satisfies Record<string, Participle>;
