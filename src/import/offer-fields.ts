/**
 * What the headings of a table of døgntilbud mean: which of `doegnbehandling.tilbud`'s fields
 * each heading names. Plain strings in, so both the table reader and the outline (which must
 * not read such a table as sub-sections) can ask.
 */
export type OfferField = 'navn' | 'url' | 'behandlingsform' | 'maalgruppe' | 'kerneydelser' | 'personaleforhold' | 'fysiske_forhold' | 'pris';

/** What a heading means, tried in this order (»Tilbuddets navn« is the name, »Pris pr. døgn« the price). */
const meanings: Array<[OfferField, RegExp]> = [
  ['navn', /navn|^(døgn|behandlings)?tilbud(det|dets|et)?$|^(behandlings)?sted(et)?$|institution|^leverandør/],
  ['pris', /pris|takst|betaling|koster|kr\./],
  ['url', /hjemmeside|link|web|url/],
  ['maalgruppe', /målgruppe|for hvem|^hvem/],
  ['behandlingsform', /behandlingsform|behandlingstype|type af behandling|^behandling(en)?$|metode|tilgang/],
  ['kerneydelser', /kerneydelse|ydelse|indhold|aktiviteter/],
  ['personaleforhold', /personale|medarbejder|bemanding|faggruppe/],
  ['fysiske_forhold', /fysiske|rammer|bygning|værelse|beliggenhed|faciliteter|omgivelser/],
];

/** The facts the law asks for per offer; a table naming fewer than two of them is about something else. */
export const lawFacts: readonly OfferField[] = ['behandlingsform', 'maalgruppe', 'kerneydelser', 'personaleforhold', 'fysiske_forhold', 'pris'];

export function fieldsOfHeadings(headings: readonly string[]): Array<OfferField | undefined> {
  const taken = new Set<OfferField>();
  const fields = headings.map((heading) => {
    const normalized = heading
      .toLowerCase()
      .replace(/[?:.!]+$/, '')
      .replace(/\s+/g, ' ')
      .trim();
    const field = meanings.find(([each, pattern]) => !taken.has(each) && pattern.test(normalized))?.[0];
    if (field) taken.add(field);
    return field;
  });
  // The names' column often has no heading at all.
  const blank = headings.findIndex((heading) => heading.trim() === '');
  if (!taken.has('navn') && blank >= 0) fields[blank] = 'navn';
  return fields;
}

/** Headings that name the offer and at least two of the facts: a table of offers. */
export const isOfferTableHeadings = (fields: ReadonlyArray<OfferField | undefined>) =>
  fields.includes('navn') && lawFacts.filter((fact) => fields.includes(fact)).length >= 2;
