/**
 * The aspect catalogue against wordings (each requirement's eksempler.yml, ./law-examples.ts): every element
 * the law names is found in the wordings kommuner use for it, and not in near misses that
 * only share its words, both in the requirement's own field and, untagged, in a section of
 * the document's own (»Praktiske oplysninger«) where the evidence search has to find it.
 * And texts about something else entirely (test/fixtures/evidence/off-topic/) answer none
 * of §§ 4-5, however they are filed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { documentText, matches, textSentences } from '../src/check/document-text.js';
import { gatherEvidence } from '../src/check/evidence.js';
import { checkSource } from '../src/check/run.js';
import { parseSource } from '../src/load.js';
import { defaultRegulation, findRequirement, type Aspect } from '../src/regulations/index.js';
import { validateLoaded } from '../src/validate.js';
import { fixtures as fixturesDir, root } from './helpers.js';
import { headings, nearMissKinds, wordings } from './law-examples.js';

const catalogue = defaultRegulation.aspects.requirements;
const title = 'Kvalitetsstandard for social behandling for stofmisbrug';
const neutralHeading = 'Praktiske oplysninger';

/** The evidence for one requirement in a document given as data, loaded and validated as a file is. */
function evidenceIn(document: Record<string, unknown>, requirementId: string) {
  const source = new TextEncoder().encode(stringify(document, { lineWidth: 0 }));
  const loaded = parseSource('wordings.yml', source);
  if (!loaded.ok) throw new Error(`not parsed: ${JSON.stringify(loaded.diagnostics)}`);
  const validation = validateLoaded(loaded.loaded);
  if (!validation.valid) throw new Error(`invalid: ${JSON.stringify(validation.diagnostics)}`);
  const text = documentText(loaded.loaded, validation.document, defaultRegulation);
  return gatherEvidence(text, defaultRegulation, findRequirement(defaultRegulation, requirementId));
}

/** A minimal on-topic document: the title and a preface about the field, the wording in the requirement's own field. */
function inOwnField(requirementId: string, markdown: string) {
  const field = findRequirement(defaultRegulation, requirementId).field.split('.')[0]!;
  return evidenceIn(
    {
      kommune: 'Xby Kommune',
      titel: title,
      forord: { tekst: 'Her kan du læse om kommunens tilbud til borgere med et stofmisbrug. Standarden gælder behandling efter serviceloven § 101.' },
      [field]: { tekst: markdown },
    },
    requirementId,
  );
}

/**
 * A document in a kommune's own structure, about the field but saying nothing the
 * requirements ask for, with the wording (if any) under a heading that names no subject.
 */
function inOwnStructure(requirementId: string, markdown?: string) {
  const sections = [
    {
      noegle: 'om-stofmisbrug',
      overskrift: 'Om stofmisbrug',
      tekst: 'Mange mennesker bruger hash eller andre stoffer i en periode af deres liv. Et stofmisbrug kan gå ud over helbredet, økonomien og arbejdslivet.',
    },
    ...(markdown === undefined
      ? []
      : [{ noegle: 'praktisk', overskrift: neutralHeading, tekst: `${markdown}\n\nCentret ligger fem minutters gang fra banegården.` }]),
  ];
  return evidenceIn(
    {
      kommune: 'Xby Kommune',
      titel: title,
      lovgrundlag: ['Serviceloven § 101'],
      forord: { tekst: 'Denne kvalitetsstandard handler om social behandling af stofmisbrug i Xby Kommune.' },
      oevrige_afsnit: sections,
    },
    requirementId,
  );
}

const foundInSection = (evidence: ReturnType<typeof evidenceIn>, aspect: Aspect) =>
  evidence.sources.some((source) => source.heading === neutralHeading && source.how === 'fundet' && source.aspects.includes(aspect.id)) &&
  evidence.found.has(aspect.id);

/** Each of `noAnswers` answers the aspect neither in the requirement's own field nor elsewhere; each of `answers` does in both. */
function expectTwins(requirementId: string, aspectId: string, noAnswers: readonly string[], answers: readonly string[]) {
  const aspect = catalogue[requirementId]!.aspects.find((candidate) => candidate.id === aspectId)!;
  for (const [sentences, answered] of [
    [noAnswers, false],
    [answers, true],
  ] as const)
    for (const sentence of sentences) {
      expect(inOwnField(requirementId, sentence).found.has(aspectId), sentence).toBe(answered);
      expect(foundInSection(inOwnStructure(requirementId, sentence), aspect), sentence).toBe(answered);
    }
}

/** Whether a paragraph or list of the wording is itself on the aspect's subject (its `context`). */
function statesItsSubject(aspect: Aspect, markdown: string): boolean {
  if (!aspect.context) return true;
  const blocks = new Map<number, string>();
  for (const sentence of textSentences(markdown, 1, 0)) blocks.set(sentence.block, `${blocks.get(sentence.block) ?? ''} ${sentence.text}`);
  return [...blocks.values()].some((paragraph) => matches(aspect.context!, { text: paragraph, lower: paragraph.toLowerCase() }));
}

describe('the aspect catalogue has wording fixtures', () => {
  it('for every aspect of every requirement, and for nothing else', () => {
    const catalogued = Object.entries(catalogue).flatMap(([id, { aspects }]) => aspects.map((aspect) => `${id} ${aspect.id}`));
    const fixtured = Object.entries(wordings).flatMap(([id, aspects]) => Object.keys(aspects).map((aspect) => `${id} ${aspect}`));
    expect(fixtured.sort()).toEqual(catalogued.sort());
  });

  it('with the two further kinds of near miss for every aspect: the word in another sense, and the requirement restated', () => {
    const catalogued = Object.entries(catalogue).flatMap(([id, { aspects }]) => aspects.map((aspect) => `${id} ${aspect.id}`));
    const fixtured = Object.entries(nearMissKinds).flatMap(([id, aspects]) =>
      Object.entries(aspects)
        .filter(([, kinds]) => kinds.otherSense.length > 0 && kinds.restated.length > 0)
        .map(([aspect]) => `${id} ${aspect}`),
    );
    expect(fixtured.sort()).toEqual(catalogued.sort());
  });

  it('with at least three different wordings found and one near miss each', () => {
    for (const aspects of Object.values(wordings)) {
      for (const { found, nearMiss } of Object.values(aspects)) {
        expect(new Set(found).size).toBeGreaterThanOrEqual(3);
        expect(found.length).toBe(new Set(found).size);
        expect(nearMiss.length).toBeGreaterThanOrEqual(1);
      }
    }
  });
});

describe('headings kommuner use name the requirement’s subject', () => {
  for (const [requirementId, texts] of Object.entries(headings)) {
    it(requirementId, () => {
      const topic = catalogue[requirementId]!.topic;
      expect(texts.filter((heading) => !matches(topic, { text: heading, lower: heading.toLowerCase() }))).toEqual([]);
    });
  }

  it(`and »${neutralHeading}« names none (the search tests above rely on it)`, () => {
    const lower = neutralHeading.toLowerCase();
    expect(Object.keys(catalogue).filter((id) => matches(catalogue[id]!.topic, { text: neutralHeading, lower }))).toEqual([]);
  });
});

for (const [requirementId, { aspects }] of Object.entries(catalogue)) {
  for (const aspect of aspects) {
    const fixtures = wordings[requirementId]?.[aspect.id];
    if (!fixtures) continue;
    describe(`${requirementId} ${aspect.id}`, () => {
      it('finds each wording in the requirement’s own field', () => {
        const missed = fixtures.found.filter((markdown) => !inOwnField(requirementId, markdown).found.has(aspect.id));
        expect(missed).toEqual([]);
      });

      // The word in another sense is tested where nothing names the subject for it (as
      // `nearMissElsewhere`): in the requirement's own field, its name is the subject.
      const kinds = nearMissKinds[requirementId]?.[aspect.id];
      const restated = kinds?.restated ?? [];
      const furtherMisses = [...(kinds?.otherSense ?? []), ...restated];

      it('does not take a near miss for the element', () => {
        const taken = [...fixtures.nearMiss, ...restated].filter((markdown) => inOwnField(requirementId, markdown).found.has(aspect.id));
        expect(taken).toEqual([]);
      });

      it(`finds each wording under »${neutralHeading}« when the sentence states its subject`, () => {
        // The document without the wording must not express the element already.
        expect(inOwnStructure(requirementId).found.has(aspect.id)).toBe(false);
        // Outside the requirement's own sections a sentence counts only when its paragraph is
        // on the aspect's subject (`context`). A wording that does not name the subject itself
        // is exempt here, and must then not be found: under a neutral heading »Borgeren kan selv
        // rette henvendelse …« does not say to whom about what, and »Udviklingsområder for
        // 2026-2028: dobbeltdiagnoser …« not of which service (in its own field, or under a
        // heading that names the subject, both are found).
        const results = fixtures.found.map((markdown) => ({
          markdown,
          expected: statesItsSubject(aspect, markdown),
          actual: foundInSection(inOwnStructure(requirementId, markdown), aspect),
        }));
        expect(results.filter((result) => result.actual !== result.expected)).toEqual([]);
        // At least one wording of each aspect is found there.
        expect(results.some((result) => result.actual)).toBe(true);
      });

      it(`does not take a near miss for the element under »${neutralHeading}«`, () => {
        const taken = [...fixtures.nearMiss, ...(fixtures.nearMissElsewhere ?? []), ...furtherMisses].filter((markdown) =>
          inOwnStructure(requirementId, markdown).found.has(aspect.id),
        );
        expect(taken).toEqual([]);
      });
    });
  }
}

describe('a text about something else meets none of §§ 4-5', () => {
  const offTopic = join(fixturesDir, 'evidence', 'off-topic');
  const topLevelFields = new Set(defaultRegulation.requirements.map((requirement) => requirement.field.split('.')[0]!));
  type Section = { noegle: string; overskrift: string; tekst: string };
  type Document = Record<string, unknown> & { oevrige_afsnit: Section[] };

  /** `# felt: maalgruppe` above a section: the requirement field a user filling in the template might put it in. */
  const fieldsOf = (yaml: string) => new Map([...yaml.matchAll(/^\s*# felt: (\w+)\n\s*- noegle: ([\w-]+)$/gm)].map((match) => [match[2]!, match[1]!]));

  /** The same texts in the requirement fields. */
  const inFields = (document: Document, fields: Map<string, string>): Document => {
    const result: Document = { ...document, oevrige_afsnit: document.oevrige_afsnit.filter((section) => !fields.has(section.noegle)) };
    for (const { noegle, overskrift, tekst } of document.oevrige_afsnit) {
      const field = fields.get(noegle);
      if (field) result[field] = { overskrift, tekst };
    }
    return result;
  };

  const files = readdirSync(offTopic).filter((name) => name.endsWith('.yml'));
  it('has at least three such documents, each with sections a user could file under requirements', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const name of files) {
      const fields = fieldsOf(readFileSync(join(offTopic, name), 'utf8'));
      expect(fields.size).toBeGreaterThanOrEqual(8);
      for (const field of fields.values()) expect(topLevelFields).toContain(field);
    }
  });

  for (const name of files) {
    const yaml = readFileSync(join(offTopic, name), 'utf8');
    const document = parse(yaml) as Document;
    const variants = {
      'under its own headings': document,
      'in the requirement fields': inFields(document, fieldsOf(yaml)),
      // A user who starts from the template keeps its title: the text itself must decide.
      'in the requirement fields, under a drug-treatment title': { ...inFields(document, fieldsOf(yaml)), titel: title, lovgrundlag: ['Serviceloven § 101'] },
    };
    for (const [variant, data] of Object.entries(variants)) {
      it(`${name}, ${variant}`, () => {
        const check = checkSource(name, new TextEncoder().encode(stringify(data, { lineWidth: 0 })), '2026-11-23');
        if (!check.valid) throw new Error(`invalid: ${JSON.stringify(check.diagnostics)}`);
        const verdicts = check.findings
          .filter((finding) => /^§[45]\./.test(finding.requirement.id))
          .map((finding) => `${finding.requirement.id} ${finding.status}`);
        expect(verdicts.length).toBe(defaultRegulation.requirements.filter((requirement) => /^§[45]\./.test(requirement.id)).length);
        expect(verdicts.filter((verdict) => !verdict.endsWith(' mangler'))).toEqual([]);
        const found = check.findings.flatMap((finding) =>
          (finding.sources ?? []).filter((source) => source.how === 'fundet').map((source) => `${finding.requirement.id}: ${source.heading}`),
        );
        expect(found).toEqual([]);
      });
    }
  }
});

describe('a document whose title names another kind of document is no standard', () => {
  // A real standard and the complete fixture (with targets and residential offers in their fields), retitled: only the title differs.
  const documents = [join(root, 'municipalities', 'randers.yml'), join(fixturesDir, 'complete.yml')].map(
    (file) => parse(readFileSync(file, 'utf8')) as Record<string, unknown>,
  );
  const checked = (document: Record<string, unknown>, titel: string) => {
    const check = checkSource('titel.yml', new TextEncoder().encode(stringify({ ...document, titel }, { lineWidth: 0 })), '2026-11-23');
    if (!check.valid) throw new Error(`invalid: ${JSON.stringify(check.diagnostics)}`);
    return check.findings.filter((finding) => /^§[45]\./.test(finding.requirement.id));
  };
  const met = (document: Record<string, unknown>, titel: string) => checked(document, titel).filter((finding) => finding.status === 'opfyldt').length;

  it('a report, minutes, an advertisement or an evaluation meets nothing, and says why', () => {
    for (const document of documents) {
      expect(met(document, String(document.titel))).toBeGreaterThan(5);
      for (const titel of [
        'Årsrapport 2025 for Rusmiddelcenter Randers',
        'Tilsynsrapport, Rusmiddelcenter Randers',
        'Referat af møde i brugerrådet',
        'Stillingsopslag: misbrugsbehandler',
        'Evaluering af kvalitetsstandarden for stofmisbrug',
        'Rusmiddelcentrets årsberetning 2025',
        'Rusmiddelpolitik 2025-2028',
        'Strategi for rusmiddelområdet',
        'Rusmiddelcenter Randers – Årsrapport 2025',
        'Socialudvalget: Referat af mødet den 12. marts 2025',
      ]) {
        const findings = checked(document, titel);
        expect(
          findings.filter((finding) => finding.status !== 'mangler'),
          titel,
        ).toEqual([]);
        expect(new Set(findings.flatMap((finding) => finding.messages.map((message) => message.code))), titel).toEqual(new Set(['anden-dokumentart']));
      }
    }
  });

  it('revises no standard either: a fresh approval date of a report meets §6.1 no more than its text meets the rest', () => {
    const revision = (titel: string, date: string) => {
      const data = { ...documents[0]!, titel, godkendelse: [{ organ: 'Byrådet', dato: '2026-03-10' }] };
      const check = checkSource('titel.yml', new TextEncoder().encode(stringify(data, { lineWidth: 0 })), date);
      if (!check.valid) throw new Error('invalid');
      return check.findings.find((finding) => finding.requirement.id === '§6.1')!;
    };
    expect(revision(String(documents[0]!.titel), '2026-11-23').status).toBe('opfyldt');
    const report = revision('Årsrapport 2025 for Rusmiddelcenter Randers', '2026-11-23');
    expect([report.status, report.messages.map((message) => message.code)]).toEqual(['mangler', ['anden-dokumentart']]);
  });

  it('says it at the title, wherever that stands in the file', () => {
    const { titel: _title, ...rest } = documents[0]!;
    for (const data of [
      { titel: 'Årsrapport 2025', ...rest },
      { ...rest, titel: 'Årsrapport 2025' },
    ]) {
      const check = checkSource('titel.yml', new TextEncoder().encode(stringify(data, { lineWidth: 0 })), '2026-11-23');
      if (!check.valid) throw new Error('invalid');
      const findings = check.findings.filter((finding) => finding.messages.some((message) => message.code === 'anden-dokumentart'));
      expect(findings.length).toBeGreaterThanOrEqual(check.findings.filter((finding) => /^§[45]\./.test(finding.requirement.id)).length);
      for (const finding of findings) expect(finding.path, finding.requirement.id).toEqual(['titel']);
    }
  });

  it('a standard’s title, or one that joins a report with the standard, leaves the text to be judged', () => {
    for (const document of documents) {
      const asWritten = met(document, String(document.titel));
      for (const titel of [
        'Kvalitetsstandard for stofmisbrugsbehandling',
        'Årsrapport og kvalitetsstandard 2025',
        'Serviceniveau for stofmisbrugsbehandling',
        'Rusmiddelbehandling',
        'Kvalitetsstandard: strategi og serviceniveau for rusmiddelbehandling',
        'Rusmiddelbehandling – Randers Kommune',
      ])
        expect(met(document, titel), titel).toBe(asWritten);
    }
  });
});

describe('a text about alcohol treatment is on the field only where it names drugs', () => {
  const yaml = readFileSync(join(fixturesDir, 'evidence', 'off-topic', 'alkoholbehandling.yml'), 'utf8');
  const document = parse(yaml) as Record<string, unknown> & { oevrige_afsnit: { noegle: string; tekst: string }[] };
  /** The verdicts of §§ 4-5 that are not `mangler`, for the document with each section's text changed. */
  const metIn = (data: Record<string, unknown>) => {
    const check = checkSource('alkohol.yml', new TextEncoder().encode(stringify(data, { lineWidth: 0 })), '2026-11-23');
    if (!check.valid) throw new Error(`invalid: ${JSON.stringify(check.diagnostics)}`);
    return check.findings.filter((finding) => /^§[45]\./.test(finding.requirement.id) && finding.status !== 'mangler').map((finding) => finding.requirement.id);
  };
  const rewritten = (section: string, edit: (text: string) => string) => ({
    ...document,
    oevrige_afsnit: document.oevrige_afsnit.map((entry) => (entry.noegle === section ? { ...entry, tekst: edit(entry.tekst) } : entry)),
  });

  it('a treatment text that shares every other word of the field meets nothing', () => {
    expect(metIn(document)).toEqual([]);
  });

  it('the same text for alcohol and drugs, said in one sentence of its own, is judged', () => {
    // A text for both fields gives both bases; with § 141 alone, it says it is about alcohol treatment only.
    const bothBases = { lovgrundlag: ['Sundhedsloven § 141', 'Serviceloven § 101'] };
    const both = rewritten('hvem-kan-faa', (text) => text.replace('skadeligt forbrug af alkohol', 'skadeligt forbrug af alkohol eller euforiserende stoffer'));
    expect(metIn(both)).toEqual([]);
    expect(metIn({ ...both, ...bothBases })).toContain('§4.1.2');
    const byLaw = rewritten('ventetid', (text) => `${text} Behandlingsgarantien for stofmisbrug følger af servicelovens § 101.`);
    expect(metIn({ ...byLaw, ...bothBases }).length).toBeGreaterThan(0);
  });

  it("under a title for alcohol treatment alone, a passing word on drugs leaves the text alcohol treatment's", () => {
    // No basis stated (as an import may leave it), so the title alone says what the document is for.
    const { lovgrundlag: _basis, undertitel: _subtitle, ...untitled } = document;
    const passing = <T extends typeof untitled>(data: T) => ({
      ...data,
      oevrige_afsnit: data.oevrige_afsnit.map((entry) =>
        entry.noegle === 'tilbuddene' ? { ...entry, tekst: `${entry.tekst}\n\nAlkoholbehandlingen kan kombineres med substitutionsbehandling.` } : entry,
      ),
    });
    expect(metIn(passing(untitled))).toEqual([]);
    // The same text under a joint title, or with § 101 as its basis, is judged sentence by sentence.
    expect(metIn(passing({ ...untitled, titel: 'Kvalitetsstandard for alkohol- og stofmisbrugsbehandling' })).length).toBeGreaterThan(0);
    expect(metIn(passing({ ...untitled, lovgrundlag: ['Serviceloven § 101'] })).length).toBeGreaterThan(0);
    // And under the alcohol title, a text that names drugs as often as alcohol is a joint standard's.
    const joint = {
      ...untitled,
      oevrige_afsnit: document.oevrige_afsnit.map((entry) => ({
        ...entry,
        tekst: entry.tekst
          .replaceAll(/alkohol(?!behandling)/g, 'alkohol eller stoffer')
          .replaceAll('alkoholbehandling', 'behandling for alkohol- og stofmisbrug'),
      })),
    };
    expect(metIn(joint).length).toBeGreaterThan(0);
  });

  it('a long text cannot borrow the field from its title, a short one can', () => {
    const borrowed = { ...document, titel: title, lovgrundlag: ['Serviceloven § 101'] };
    expect(metIn(borrowed)).toEqual([]);
    const short = {
      ...borrowed,
      forord: undefined,
      oevrige_afsnit: document.oevrige_afsnit
        .filter((entry) => ['hvem-kan-faa', 'ventetid'].includes(entry.noegle))
        .map((entry) => (entry.noegle === 'ventetid' ? { ...entry, tekst: `${entry.tekst}\n\nDin første samtale er en visitationssamtale.` } : entry)),
    };
    // Judged, then: what it says without naming alcohol, in a paragraph that does not open on alcohol, counts; its target group,
    // »borgere med skadeligt forbrug af alkohol«, is alcohol treatment's and does not, nor does what follows a sentence on alcohol.
    expect(metIn(short).length).toBeGreaterThan(0);
    expect(metIn(short)).not.toContain('§4.1.2');
  });
});

describe('a document whose stated basis is another paragraph or law is about another service', () => {
  // Bostøtte for citizens with a drug abuse: it names the drugs in nearly every sentence, but its law is § 85.
  const document = {
    kommune: 'Xby Kommune',
    titel: 'Kvalitetsstandard for bostøtte til borgere med misbrug',
    undertitel: 'Socialpædagogisk støtte efter serviceloven § 85',
    lovgrundlag: ['Serviceloven § 85'],
    oevrige_afsnit: [
      {
        noegle: 'hvem',
        overskrift: 'Hvem kan få støtten?',
        tekst: 'Støtten er for dig, der er over 18 år, har et stofmisbrug og har brug for hjælp til at klare hverdagen i din egen bolig.',
      },
      {
        noegle: 'plan',
        overskrift: 'Din plan',
        tekst: 'Sammen med din kontaktperson laver du en plan med mål for dit stofmisbrug og din hverdag, og planen følges op hvert halve år.',
      },
      {
        noegle: 'personalet',
        overskrift: 'Medarbejderne',
        tekst: 'Medarbejderne er pædagoger med erfaring i arbejdet med borgere med stofmisbrug og får løbende supervision og efteruddannelse.',
      },
    ],
  };
  const metIn = (data: Record<string, unknown>) => {
    const check = checkSource('basis.yml', new TextEncoder().encode(stringify(data, { lineWidth: 0 })), '2026-11-23');
    if (!check.valid) throw new Error(`invalid: ${JSON.stringify(check.diagnostics)}`);
    return check.findings.filter((finding) => finding.status === 'opfyldt').map((finding) => finding.requirement.id);
  };

  it('meets nothing, however often it names the drugs', () => {
    expect(metIn(document)).toEqual([]);
    expect(metIn({ ...document, lovgrundlag: ['Sundhedsloven § 142'], undertitel: undefined })).toEqual([]);
    // Another law named without a paragraph: the jobcentre's work with the unemployed.
    expect(metIn({ ...document, lovgrundlag: ['Lov om en aktiv beskæftigelsesindsats'], undertitel: undefined })).toEqual([]);
  });

  it('is judged when its basis also names § 101, or the law of § 101 without a paragraph', () => {
    expect(metIn({ ...document, lovgrundlag: ['Serviceloven § 85', 'Serviceloven § 101'] }).length).toBeGreaterThan(0);
    expect(metIn({ ...document, undertitel: undefined, lovgrundlag: ['Lov om social service', 'Sundhedsloven § 142'] }).length).toBeGreaterThan(0);
    expect(metIn({ ...document, undertitel: 'Behandling efter serviceloven §§ 101 og 101 a', lovgrundlag: undefined }).length).toBeGreaterThan(0);
    expect(
      metIn({ ...document, undertitel: undefined, lovgrundlag: ['Lov om social service', 'Lov om en aktiv beskæftigelsesindsats'] }).length,
    ).toBeGreaterThan(0);
  });
});

describe('a sentence of aim names what the kommune wants, not what it does', () => {
  // Statements that answer an aspect, each also said as an aim in several frames.
  const statements = [
    { requirement: '§4.1.12', aspect: 'klageadgang', statement: 'du kan klage over afgørelsen til Ankestyrelsen inden fire uger' },
    { requirement: '§4.1.10', aspect: 'brugerinddragelse', statement: 'din behandlingsplan udarbejdes sammen med dig' },
    { requirement: '§4.1.14', aspect: 'monitorering', statement: 'resultaterne af behandlingen registreres og følges op hvert år' },
  ];
  const frames = [
    (clause: string) => `Det er vigtigt for os, at ${clause}.`,
    (clause: string) => `Vi lægger stor vægt på, at ${clause}.`,
    (clause: string) => `Xby Kommune arbejder for, at ${clause}.`,
    (clause: string) => `Det er kommunens mål, at ${clause}.`,
  ];
  const sentenceOf = (clause: string) => `${clause.charAt(0).toUpperCase()}${clause.slice(1)}.`;

  for (const { requirement, aspect, statement } of statements) {
    it(`${requirement}: stated, it answers; as an aim, it only mentions ${aspect}`, () => {
      expect(inOwnField(requirement, sentenceOf(statement)).found).toContain(aspect);
      for (const frame of frames) {
        const evidence = inOwnField(requirement, frame(statement));
        expect(evidence.found, frame(statement)).not.toContain(aspect);
        expect(evidence.mentioned, frame(statement)).toContain(aspect);
      }
    });
  }

  it('an aim that goes on to say how it is done answers', () => {
    const evidence = inOwnField('§4.1.10', 'Vi lægger stor vægt på, at du bliver inddraget, og vi udarbejder derfor din behandlingsplan sammen med dig.');
    expect(evidence.found).toContain('brugerinddragelse');
  });

  it('answers a requirement that asks for aims: the goal, values and norms', () => {
    const aims = inOwnField('§4.1.3', 'Det er vigtigt for os, at behandlingen bygger på respekt for den enkeltes værdighed og ret til selv at bestemme.');
    expect(aims.found.size).toBeGreaterThan(0);
    expect(aims.mentioned.size).toBe(0);
  });
});

describe('§4.4: a child or young person in treatment is not one of the person’s children at home', () => {
  // The young person is the one with the drug problem; their parents are the ones the sentence speaks to.
  const youngInTreatment = [
    'Børn under 18 år med et stofmisbrug kan få hjælp i Ungeenheden, hvor vi tilbyder samtaler med den unge og forældrene.',
    'Barnets forældre inddrages altid, når den unge er under 18 år og i behandling for stofmisbrug.',
    'Når barnet selv er i behandling for et misbrug af hash, taler vi med forældremyndighedens indehaver om barnets trivsel.',
    'Unge under 18 år tilbydes familiesamtaler, hvor barnets forældre deltager.',
  ];
  // The same words about the person's own children, which answer.
  const ownChildren = [
    'Har du børn under 18 år, der bor hjemme, spørger vi til deres trivsel og tilbyder en børnesamtale.',
    'Vi spørger altid, om du har hjemmeboende børn, og hvis de unge i hjemmet har brug for støtte, tilbyder vi familiesamtaler.',
    'Er du forælder til et barn under 18 år, taler vi med dig om barnets trivsel.',
  ];
  it('in the requirement’s own field', () => {
    for (const sentence of youngInTreatment) expect(inOwnField('§4.4', sentence).found, sentence).not.toContain('boern');
    for (const sentence of ownChildren) expect(inOwnField('§4.4', sentence).found, sentence).toContain('boern');
  });
  it('elsewhere in the document, as the search finds it', () => {
    const boern = catalogue['§4.4']!.aspects.find((aspect) => aspect.id === 'boern')!;
    for (const sentence of youngInTreatment) expect(foundInSection(inOwnStructure('§4.4', sentence), boern), sentence).toBe(false);
    for (const sentence of ownChildren) expect(foundInSection(inOwnStructure('§4.4', sentence), boern), sentence).toBe(true);
  });
});

describe('§4.1.14: checking the person’s use, a note in their journal or their personal data is no monitoring of the effort', () => {
  const ofThePerson = [
    'Vi monitorerer dit forbrug gennem urinprøver, som tages hver uge.',
    'Din behandler følger løbende dit forbrug og registrerer dine fremskridt i din journal.',
    'Der tages kontrol af dit forbrug af stoffer ved hver samtale, og resultatet registreres.',
    'Vi registrerer dine personoplysninger i vores journalsystem, og oplysningerne slettes efter fem år.',
  ];
  // The same use taken to a register or a figure for the effort as a whole, which answers.
  const ofTheEffort = [
    'Vi registrerer dit forbrug i DanRIS ved indskrivning og udskrivning, og resultaterne opgøres hvert år.',
    'Urinprøverne indgår i centrets statistik, som ledelsen følger op på hvert kvartal.',
    'Resultaterne af behandlingen registreres i DanRIS og følges op hvert kvartal.',
  ];
  it('in the requirement’s own field and elsewhere', () => expectTwins('§4.1.14', 'monitorering', ofThePerson, ofTheEffort));
});

describe('what a supervisor or an evaluation found is no account of the kommune’s practice', () => {
  // [requirement, aspect, the assessment, the same practice told by the kommune]
  const cases: [string, string, string, string][] = [
    [
      '§4.1.13',
      'kvalifikationer',
      'Det er tilsynets vurdering, at medarbejderne er uddannet som socialrådgivere, pædagoger og sygeplejersker.',
      'Medarbejderne er uddannet som socialrådgivere, pædagoger og sygeplejersker.',
    ],
    [
      '§4.1.10',
      'brugerinddragelse',
      'Tilsynet vurderer, at behandlingsplanen udarbejdes sammen med borgeren ud fra borgerens ønsker og mål.',
      'Din behandlingsplan udarbejdes sammen med dig ud fra dine ønsker og mål.',
    ],
    ['§4.1.14', 'monitorering', 'Socialtilsynet har vurderet, at tilbuddet registrerer resultaterne i DanRIS.', 'Tilbuddet registrerer resultaterne i DanRIS.'],
    [
      '§4.1.8',
      'opfoelgning',
      'Socialtilsynet har konstateret, at behandlingsplanen følges op hver tredje måned.',
      'Behandlingsplanen følges op hver tredje måned.',
    ],
    [
      '§4.1.13',
      'kvalifikationer',
      'Evalueringen fandt, at medarbejderne er uddannet som socialrådgivere, pædagoger og sygeplejersker.',
      'Medarbejderne er uddannet som socialrådgivere, pædagoger og sygeplejersker.',
    ],
  ];
  it('in the requirement’s own field and elsewhere, while the kommune’s own words answer', () => {
    for (const [id, aspectId, assessed, told] of cases) expectTwins(id, aspectId, [assessed], [told]);
  });
  it('the kommune’s own board is no such assessor', () => {
    const decided = 'Kommunalbestyrelsen har vurderet, at alle behandlere skal være uddannet i kognitiv terapi.';
    expect(inOwnField('§4.1.13', decided).found).toContain('kvalifikationer');
    expect(inOwnField('§4.1.13', decided.replace('Kommunalbestyrelsen', 'Sundhedsstyrelsen')).found).not.toContain('kvalifikationer');
  });
  it('a supervisor named beside the kommune’s own practice leaves the practice', () => {
    const sentence = 'Kommunen registrerer resultaterne i DanRIS hvert kvartal, og tilsynet vurderer hvert år, at indsatsen lever op til kravene.';
    expect(inOwnField('§4.1.14', sentence).found).toContain('monitorering');
  });
});

describe('§6.2: involving relatives in a person’s plan, or a hearing on something else, is no involvement in making the standard', () => {
  // Making or revising a plan (a treatment plan, an action plan) is said in the words of making a document.
  const inAPlan = [
    'Ved revision af behandlingsplanen inddrages dine pårørende, hvis du ønsker det.',
    'Når handleplanen udarbejdes, inddrages brugerne og de pårørende.',
    'Behandlingsplanen udarbejdes sammen med dig, og vi inddrager dine pårørende, hvis du ønsker det.',
    'Din behandlingsplan revideres hver tredje måned. Vi inddrager pårørende, hvis du ønsker det.',
    // A hearing on something else.
    'Brugerrådet er blevet hørt om de nye åbningstider.',
    'Brugerrådet har været med til at indrette centret, og det blev hørt om åbningstiderne.',
  ];
  // The same words about the standard, which answer.
  const inTheStandard = [
    'Ved revisionen af standarden er brugerrådet og pårørendeforeningen hørt.',
    'Brugerrådet og pårørende er inddraget i udarbejdelsen af denne kvalitetsstandard.',
    'Brugerrådet er blevet inddraget i revisionen.',
    'Udkastet har været i høring hos brugerrådet.',
    'Brugerrådet er blevet hørt om udkastet til kvalitetsstandarden.',
    'Brugerrådet er hørt om revisionen.',
  ];
  it('in the requirement’s own field and elsewhere', () => expectTwins('§6.2', 'brugerrepraesentanter', inAPlan, inTheStandard));
});

describe('§4.1.14: what else the kommune monitors (its energy, the air, sick leave, a budget) is no monitoring of the effort', () => {
  expectNoAnswerBesideTwin([
    [
      'energy',
      '§4.1.14',
      'Kommunen monitorerer sit energiforbrug hver måned.',
      'Kommunen monitorerer ventetiden og andelen, der gennemfører behandlingen, hver måned.',
    ],
    ['the air', '§4.1.14', 'Vi monitorerer luftkvaliteten ved skolerne hvert kvartal.', 'Data om forløbene monitoreres hvert kvartal af ledelsen.'],
    [
      'sick leave',
      '§4.1.14',
      'Vi monitorerer sygefraværet blandt medarbejderne hvert kvartal.',
      'Vi registrerer alle forløb i DanRIS, og tallene gennemgås hvert halve år.',
    ],
    [
      'a budget',
      '§4.1.14',
      'Budgettet monitoreres løbende af økonomiafdelingen.',
      'Ledelsen følger hvert kvartal op på budgettet og resultaterne af behandlingen.',
    ],
  ]);
});

describe('§4.1.1: the kommune’s tasks in another field, or tasks named no further, are no account of the field’s', () => {
  it('found elsewhere only in a paragraph on the field', () => {
    const opgaver = catalogue['§4.1.1']!.aspects.find((aspect) => aspect.id === 'opgaver')!;
    for (const sentence of [
      'Kommunens opgaver omfatter vejvedligeholdelse, renovation og skoler.',
      'Centrets opgaver er rengøring og vedligehold af bygningen.',
    ])
      expect(foundInSection(inOwnStructure('§4.1.1', sentence), opgaver), sentence).toBe(false);
    for (const sentence of [
      'Kommunen løser en række opgaver på stofmisbrugsområdet.',
      'Centret varetager alle opgaver inden for rusmiddelområdet.',
      'Kommunen løser opgaverne på stofmisbrugsområdet.',
      'Rusmiddelcentret varetager opgaverne inden for stofmisbrugsområdet.',
    ])
      expect(inOwnField('§4.1.1', sentence).found, sentence).not.toContain('opgaver');
    expect(inOwnField('§4.1.1', 'Centret varetager opgaverne på området: rådgivning, ambulant behandling og dagbehandling.').found).toContain('opgaver');
    for (const sentence of [
      'Kommunens opgaver omfatter rådgivning, ambulant behandling og dagbehandling.',
      'Centrets opgaver er at yde rådgivning og behandling til borgere med et stofmisbrug.',
    ])
      expect(foundInSection(inOwnStructure('§4.1.1', sentence), opgaver), sentence).toBe(true);
  });
});

describe('§4.1.7: a choice within the treatment, or of another service, is not the free choice of another place of treatment', () => {
  const withinTreatment = [
    'Du kan frit vælge, om du vil have individuelle samtaler eller deltage i gruppeforløb.',
    'Du har ret til at vælge din egen læge.',
    'Du vælger selv, hvilken behandler du vil tale med i centret.',
    'Du kan frit vælge mellem vores tre cafétilbud.',
    // Or of another service altogether.
    'Du kan frit vælge mellem kommunens plejehjem.',
    'Du kan frit vælge mellem kommunens aktivitetscentre.',
    'Du kan frit vælge leverandør af hjælpemidler.',
    'Du kan frit vælge skole til dit barn.',
  ];
  const anotherPlace = [
    'Du kan frit vælge mellem kommunens tilbud og et privat behandlingstilbud.',
    'Du kan selv vælge at blive behandlet i et andet offentligt eller privat tilbud end kommunens.',
    'Du har ret til at vælge et andet behandlingssted.',
    'Du kan frit vælge leverandør af behandling.',
    'Du kan frit vælge behandlingssted blandt offentlige og private tilbud.',
    'Du kan frit vælge offentligt eller privat tilbud, når du er visiteret.',
  ];
  it('in the requirement’s own field', () => {
    for (const sentence of withinTreatment) expect(inOwnField('§4.1.7', sentence).found, sentence).not.toContain('frit-valg');
    for (const sentence of anotherPlace) expect(inOwnField('§4.1.7', sentence).found, sentence).toContain('frit-valg');
  });
});

describe('§4.1.12: the decision named only as what one complains about says nothing of the case handling', () => {
  it('in the requirement’s own field', () => {
    for (const sentence of [
      'Du kan klage over afgørelsen.',
      'Er du uenig, kan du påklage kommunens afgørelse.',
      // The decision first, as the subject of a passive or the object put first.
      'Afgørelser kan påklages.',
      'Afgørelsen kan påklages til Ankestyrelsen inden for fire uger.',
      'Kommunens afgørelse om behandling kan du klage over til Ankestyrelsen.',
    ])
      expect(inOwnField('§4.1.12', sentence).found, sentence).toEqual(new Set(['klageadgang']));
    for (const sentence of [
      'Du får en skriftlig afgørelse senest 14 dage efter din ansøgning, og du kan klage over afgørelsen til Ankestyrelsen.',
      'Du kan klage over afgørelsen inden fire uger; kommunen genvurderer den, og afgørelsen sendes til dig skriftligt.',
      'Afgørelsen sendes skriftligt med klagevejledning, og den kan påklages til Ankestyrelsen.',
    ])
      expect(inOwnField('§4.1.12', sentence).found, sentence).toEqual(new Set(['klageadgang', 'sagsbehandling']));
  });
});

describe('§4.5: a plan with nothing of its own to develop is no account of the future effort', () => {
  it('in the requirement’s own field', () => {
    for (const sentence of [
      'Kommunen vil fortsat udvikle indsatsen på området.',
      'Vi vil løbende forbedre kvaliteten.',
      'Centret skal fortsat styrke tilbuddene på rusmiddelområdet.',
    ])
      expect(inOwnField('§4.5', sentence).found, sentence).not.toContain('fremtid');
    for (const sentence of [
      'Kommunen vil fortsat udvikle indsatsen for unge med et hashforbrug og åbne et tilbud om aftenen i 2027.',
      'Vi vil styrke samarbejdet med psykiatrien om borgere med dobbeltdiagnoser.',
    ])
      expect(inOwnField('§4.5', sentence).found, sentence).toContain('fremtid');
  });
});

describe('a norm or an attempt names what should be done, not what is done', () => {
  const cases = [
    {
      requirement: '§4.4',
      aspect: 'boern',
      hedged: [
        'Behandleren bør spørge til, om borgeren har hjemmeboende børn under 18 år.',
        'Medarbejderne burde spørge til, om borgeren har hjemmeboende børn under 18 år.',
      ],
      done: 'Behandleren spørger altid til, om borgeren har hjemmeboende børn under 18 år.',
    },
    {
      requirement: '§4.1.13',
      aspect: 'kompetenceudvikling',
      hedged: [
        'Vi forsøger så vidt muligt at give medarbejderne supervision og efteruddannelse.',
        'Centret prøver at give medarbejderne supervision og efteruddannelse.',
      ],
      done: 'Vi giver medarbejderne supervision og efteruddannelse hvert år.',
    },
  ];
  for (const { requirement, aspect, hedged, done } of cases) {
    it(`${requirement}: »${hedged[0]}«`, () => {
      for (const sentence of hedged) {
        expect(inOwnField(requirement, sentence).found, sentence).not.toContain(aspect);
        expect(inOwnField(requirement, sentence).mentioned, sentence).toContain(aspect);
      }
      expect(inOwnField(requirement, done).found).toContain(aspect);
    });
  }

  it('but advice to the reader, or applying for something, is not a hedge', () => {
    expect(inOwnField('§4.1.12', 'Du bør klage til Ankestyrelsen inden fire uger, hvis du er uenig i afgørelsen.').found).toContain('klageadgang');
  });
});

describe('drafts say what could, should or will be, or what others do, in many shapes; none is the kommune’s answer', () => {
  // Each shape beside the same practice stated as the kommune's own, which answers.
  const cases: { shape: string; requirement: string; aspect: string; not: string; stated: string }[] = [
    {
      shape: 'guidance’s possibilities by way of example',
      requirement: '§4.1.10',
      aspect: 'brugerinddragelse',
      not: 'Brugerinddragelse kan fx ske gennem brugerråd, brugerundersøgelser og ved at borgeren inddrages i sin egen behandlingsplan.',
      stated: 'Brugerinddragelse sker gennem brugerråd, brugerundersøgelser og ved at borgeren inddrages i sin egen behandlingsplan.',
    },
    {
      shape: 'a plan without a year',
      requirement: '§4.1.10',
      aspect: 'brugerinddragelse',
      not: 'Et brugerråd for borgere i behandling er under etablering.',
      stated: 'Et brugerråd for borgere i behandling mødes hvert kvartal.',
    },
    {
      shape: 'a plan without a year',
      requirement: '§4.1.14',
      aspect: 'monitorering',
      not: 'På sigt vil resultaterne af behandlingen blive registreret i DanRIS.',
      stated: 'Resultaterne af behandlingen registreres i DanRIS.',
    },
    {
      shape: 'a plan without a year',
      requirement: '§4.1.13',
      aspect: 'kompetenceudvikling',
      not: 'Personalet vil fremover få efteruddannelse og supervision hver måned.',
      stated: 'Personalet får efteruddannelse og supervision hver måned.',
    },
    {
      shape: 'a plan without a year',
      requirement: '§4.1.14',
      aspect: 'monitorering',
      not: 'Monitoreringen forventes at blive udvidet med en årlig opgørelse af, hvor mange der er stoffri efter endt behandling.',
      stated: 'Monitoreringen omfatter en årlig opgørelse af, hvor mange der er stoffri efter endt behandling.',
    },
    {
      shape: 'a recommendation of guidance or of no one',
      requirement: '§4.4',
      aspect: 'boern',
      not: 'Socialstyrelsens vejledning anbefaler, at behandleren spørger til, om borgeren har hjemmeboende børn under 18 år.',
      stated: 'Behandleren spørger altid til, om borgeren har hjemmeboende børn under 18 år.',
    },
    {
      shape: 'a recommendation of guidance or of no one',
      requirement: '§4.1.10',
      aspect: 'brugerinddragelse',
      not: 'Det anbefales, at der etableres et brugerråd, hvor brugerne bliver hørt om tilbuddene.',
      stated: 'Der er etableret et brugerråd, hvor brugerne bliver hørt om tilbuddene.',
    },
    {
      shape: 'a region’s or kommuner’s in general',
      requirement: '§4.1.10',
      aspect: 'brugerinddragelse',
      not: 'I Region Midtjylland har brugerne indflydelse gennem et brugerråd, der mødes hvert kvartal.',
      stated: 'I kommunen har brugerne indflydelse gennem et brugerråd, der mødes hvert kvartal.',
    },
    {
      shape: 'a region’s or kommuner’s in general',
      requirement: '§4.1.10',
      aspect: 'brugerinddragelse',
      not: 'Mange kommuner har et brugerråd, hvor brugerne bliver hørt om tilbuddene.',
      stated: 'Vi har et brugerråd, hvor brugerne bliver hørt om tilbuddene.',
    },
    {
      shape: 'a region’s or kommuner’s in general',
      requirement: '§4.1.8',
      aspect: 'udarbejdelse',
      not: 'Kommunerne udarbejder sammen med borgeren en behandlingsplan, som følges op løbende.',
      stated: 'Vi udarbejder sammen med dig en behandlingsplan, som følges op løbende.',
    },
    {
      shape: 'a region’s or kommuner’s in general',
      requirement: '§4.1.13',
      aspect: 'kvalifikationer',
      not: 'Landets kommuner ansætter typisk socialrådgivere, pædagoger og sygeplejersker i stofmisbrugsbehandlingen.',
      stated: 'Vi har ansat socialrådgivere, pædagoger og sygeplejersker i stofmisbrugsbehandlingen.',
    },
    {
      shape: 'a region’s, a hospital’s or the prison service’s, as the subject or its owner',
      requirement: '§4.1.2',
      aspect: 'maalgruppe',
      not: 'Regionens målgruppe er borgere over 18 år med svær psykisk lidelse og samtidigt stofmisbrug.',
      stated: 'Vores målgruppe er borgere over 18 år med svær psykisk lidelse og samtidigt stofmisbrug.',
    },
    {
      shape: 'a region’s, a hospital’s or the prison service’s, as the subject or its owner',
      requirement: '§4.4',
      aspect: 'boern',
      not: 'Sygehuset spørger altid til patientens hjemmeboende børn under 18 år og underretter kommunen ved bekymring.',
      stated: 'Behandleren spørger altid til borgerens hjemmeboende børn under 18 år og underretter familieafdelingen ved bekymring.',
    },
    {
      shape: 'a region’s, a hospital’s or the prison service’s, as the subject or its owner',
      requirement: '§4.1.13',
      aspect: 'kvalifikationer',
      not: 'Hospitalets personale er læger, sygeplejersker og psykologer, som får supervision hver måned.',
      stated: 'Centrets personale er socialrådgivere, sygeplejersker og psykologer, som får supervision hver måned.',
    },
    {
      shape: 'a region’s, a hospital’s or the prison service’s, as the subject or its owner',
      requirement: '§4.1.2',
      aspect: 'maalgruppe',
      not: 'Kriminalforsorgens målgruppe er indsatte med et stofmisbrug.',
      stated: 'Målgruppen er borgere over 18 år med et stofmisbrug, også de, der afsoner i Kriminalforsorgen.',
    },
    {
      shape: 'the subject called important',
      requirement: '§4.1.14',
      aspect: 'monitorering',
      not: 'Monitorering af resultaterne er en vigtig del af kvalitetsarbejdet i centret.',
      stated: 'Resultaterne monitoreres hvert kvartal som en del af kvalitetsarbejdet i centret.',
    },
    {
      shape: 'a body that is paused or there only in name',
      requirement: '§4.1.10',
      aspect: 'brugerinddragelse',
      not: 'Brugerrådet er sat på pause.',
      stated: 'Brugerrådet mødes hver måned.',
    },
    {
      shape: 'the reader told there is none',
      requirement: '§4.1.7',
      aspect: 'frit-valg',
      not: 'Du har ikke mulighed for frit valg af behandlingssted.',
      stated: 'Du har mulighed for frit valg af behandlingssted.',
    },
    {
      shape: 'the reader told there is none',
      requirement: '§4.1.7',
      aspect: 'frit-valg',
      not: 'Det er ikke muligt at vælge et andet behandlingstilbud.',
      stated: 'Det er muligt at vælge et andet behandlingstilbud.',
    },
    {
      shape: 'the task left to the citizen',
      requirement: '§4.1.8',
      aspect: 'udarbejdelse',
      not: 'Du skal selv udarbejde din behandlingsplan og følge op på den hver måned.',
      stated: 'Du og din behandler udarbejder din behandlingsplan sammen og følger op på den hver måned.',
    },
    {
      shape: '»der« and a passive verb, denied',
      requirement: '§4.4',
      aspect: 'boern',
      not: 'Der spørges ikke systematisk til, om borgeren har hjemmeboende børn under 18 år.',
      stated: 'Der spørges altid til, om borgeren har hjemmeboende børn under 18 år.',
    },
  ];
  for (const { shape, requirement, aspect, not, stated } of cases) {
    it(`${shape}: »${not}«`, () => {
      expect(inOwnField(requirement, not).found).not.toContain(aspect);
      expect(inOwnField(requirement, stated).found).toContain(aspect);
    });
  }

  it('a definition or a glossary line names the subject, it does not tell what is done', () => {
    for (const [requirement, aspect, defined, done] of [
      [
        '§4.1.10',
        'brugerinddragelse',
        'Ved brugerinddragelse forstås, at borgeren har indflydelse på sin egen behandling og på tilbuddene.',
        'Borgeren har indflydelse på sin egen behandling og på tilbuddene gennem brugerrådet.',
      ],
      [
        '§4.1.12',
        'klageadgang',
        'Klageadgang: muligheden for at klage over en afgørelse til Ankestyrelsen.',
        'Klageadgang: Du kan klage over en afgørelse til Ankestyrelsen inden fire uger.',
      ],
      [
        '§4.1.7',
        'frit-valg',
        'Frit valg: retten til at vælge et andet godkendt behandlingstilbud.',
        'Frit valg: Du har ret til at vælge et andet godkendt behandlingstilbud.',
      ],
    ] as const) {
      expect(inOwnField(requirement, defined).found, defined).not.toContain(aspect);
      expect(inOwnField(requirement, done).found, done).toContain(aspect);
    }
  });

  it('more shapes of the same classes, as the README names them', () => {
    const notBrugerinddragelse = [
      'Vi planlægger at oprette et brugerråd, hvor brugerne bliver hørt om tilbuddene.',
      'Kommunen overvejer at oprette et brugerråd, hvor brugerne bliver hørt om tilbuddene.',
      'Erfaringer fra andre kommuner viser, at et brugerråd giver brugerne indflydelse på tilbuddene.',
      'Brugerrådet findes kun på papiret.',
      'Vejledende tekst fra KL: Brugerinddragelse sikres gennem brugerråd og brugerundersøgelser.',
      'Kommentar fra M.J.: Vi har et brugerråd, der mødes hvert kvartal.',
    ];
    for (const sentence of notBrugerinddragelse) expect(inOwnField('§4.1.10', sentence).found, sentence).not.toContain('brugerinddragelse');
    const seldom = 'Behandlingsgarantien om opstart senest 14 dage efter henvendelsen overholdes sjældent.';
    expect(inOwnField('§4.1.6', seldom).found).not.toContain('garanti');
    expect(inOwnField('§4.1.6', 'Behandlingen starter senest 14 dage efter henvendelsen.').found).toContain('garanti');
  });

  it('a writer’s note or example left in is a placeholder', () => {
    for (const left of [
      'Eksempel: Vi har et brugerråd, der mødes hvert kvartal.',
      'HUSK at skrive om brugerrådet, der mødes hvert kvartal.',
      'Kommunen beskriver, hvordan brugerne inddrages, fx i et brugerråd.',
    ])
      expect(inOwnField('§4.1.10', left).found, left).not.toContain('brugerinddragelse');
  });

  it('a question answered by a bare yes or no stays a question', () => {
    expect(inOwnField('§4.1.12', 'Kan jeg klage over afgørelsen? Ja.').found).not.toContain('klageadgang');
    expect(inOwnField('§4.1.12', 'Kan jeg klage over afgørelsen? Ja, du kan klage til Ankestyrelsen inden fire uger.').found).toContain('klageadgang');
  });
});

/** Each sentence, in its requirement's own field, points for the aspect and does not answer it. */
function itPoints(cases: readonly { requirement: string; aspect: string; pointer: string }[]) {
  for (const { requirement, aspect, pointer } of cases) {
    it(`${requirement}: »${pointer}«`, () => {
      const evidence = inOwnField(requirement, pointer);
      expect(evidence.found).not.toContain(aspect);
      expect(evidence.pointed).toContain(aspect);
    });
  }
}

describe('a sentence that leaves the telling to someone else points, it does not answer', () => {
  const deferrals = [
    { requirement: '§4.1.7', aspect: 'frit-valg', deferral: 'Din behandler fortæller dig om dine muligheder for frit valg.' },
    { requirement: '§4.1.12', aspect: 'klageadgang', deferral: 'Du får klagevejledning sammen med afgørelsen.' },
    { requirement: '§4.1.11', aspect: 'betaling', deferral: 'Oplysninger om egenbetaling fås ved henvendelse til Rusmiddelcentret.' },
    { requirement: '§4.1.12', aspect: 'klageadgang', deferral: 'Spørgsmål om klage over afgørelsen kan rettes til myndighedsafdelingen.' },
  ];
  itPoints(deferrals.map(({ requirement, aspect, deferral }) => ({ requirement, aspect, pointer: deferral })));

  it('the same words followed by what the reader is told answer', () => {
    const told = 'Du får klagevejledning sammen med afgørelsen, og du kan klage til Ankestyrelsen inden fire uger.';
    expect(inOwnField('§4.1.12', told).found).toContain('klageadgang');
    const chosen =
      'Din behandler fortæller dig om dine muligheder for frit valg. Du kan frit vælge et andet godkendt behandlingstilbud, som svarer til det, du er visiteret til.';
    expect(inOwnField('§4.1.7', chosen).found).toContain('frit-valg');
  });
});

describe('a sentence that sends the reader to another of the kommune’s documents points, it does not answer', () => {
  const pointers = [
    { requirement: '§4.1.10', aspect: 'brugerinddragelse', pointer: 'Brugerinddragelse sker som beskrevet i kommunens politik for borgerinddragelse.' },
    { requirement: '§4.1.10', aspect: 'brugerinddragelse', pointer: 'Se mere om brugerrådet i brugerrådets forretningsorden.' },
    { requirement: '§4.1.1', aspect: 'opgaver', pointer: 'Se de konkrete opgaver i kommunens rusmiddelstrategi.' },
    { requirement: '§4.1.14', aspect: 'monitorering', pointer: 'Læs om monitoreringen i den årlige virksomhedsberetning.' },
    { requirement: '§4.5', aspect: 'fremtid', pointer: 'Den fremtidige indsats er beskrevet i rusmiddelstrategien 2025-2028.' },
    { requirement: '§5.1', aspect: 'kvalitetskrav', pointer: 'Kvalitetskravene til døgntilbuddene fremgår af kontrakterne.' },
    { requirement: '§4.1.15', aspect: 'gavekort', pointer: 'Se retningslinjerne for brug af gavekort i centrets procedure.' },
    // »beskrives« as well as »beskrevet«, and »Se …« at the start with no place after it.
    { requirement: '§4.5', aspect: 'fremtid', pointer: 'Den fremtidige indsats beskrives i kommunens rusmiddelpolitik.' },
    { requirement: '§4.5', aspect: 'fremtid', pointer: 'Se kommunens rusmiddelstrategi for den fremtidige indsats.' },
  ];
  itPoints(pointers);

  it('a sentence on what the person’s own plan holds, or on the same documents with what they say, answers', () => {
    expect(inOwnField('§4.1.8', 'Dine mål og aftaler om opfølgning står i din behandlingsplan.').pointed.size).toBe(0);
    expect(inOwnField('§4.1.8', 'Se din behandlingsplan.').pointed.size).toBe(0);
    const told = 'Ifølge kommunens rusmiddelstrategi har vi et brugerråd, som mødes fire gange om året, og vi måler brugernes tilfredshed hvert år.';
    expect(inOwnField('§4.1.10', told).found).toContain('brugerinddragelse');
  });
});

describe('a sentence that says the kommune has or does none of what a requirement asks for is no answer to it', () => {
  const denials = [
    {
      requirement: '§4.1.10',
      aspect: 'brugerinddragelse',
      denial: 'Der er på nuværende tidspunkt ingen brugerråd eller brugerundersøgelser.',
      instead: 'Der er ikke et brugerråd, men vi holder brugermøder hvert kvartal.',
    },
    {
      requirement: '§4.1.9',
      aspect: 'handleplaner',
      denial: 'Kommunen har ingen målsætning for handleplaner.',
      instead: 'Kommunen har som målsætning, at alle borgere i behandling har en handleplan, der koordineres med behandlingsplanen.',
    },
    {
      requirement: '§4.1.10',
      aspect: 'brugerinddragelse',
      denial: 'Hvis der bliver oprettet et brugerråd, vil brugerne blive hørt om tilbuddene.',
      instead: 'Der er oprettet et brugerråd, hvor brugerne bliver hørt om tilbuddene.',
    },
    {
      requirement: '§4.1.13',
      aspect: 'kompetenceudvikling',
      denial: 'Der tilbydes ikke efteruddannelse til personalet.',
      instead: 'Personalet tilbydes løbende efteruddannelse og supervision.',
    },
    {
      requirement: '§4.1.10',
      aspect: 'brugerinddragelse',
      denial: 'Brugerne bliver hørt i et brugerråd, men det har ikke holdt møde siden 2019.',
      instead: 'Brugerne bliver hørt i et brugerråd, men det holder kun møde to gange om året.',
    },
    {
      requirement: '§4.1.10',
      aspect: 'brugerinddragelse',
      denial: 'Brugerne kan eventuelt inddrages gennem et brugerråd, hvis der er interesse for det.',
      instead: 'Brugerne inddrages gennem et brugerråd, der mødes hvert kvartal.',
    },
    {
      requirement: '§4.1.10',
      aspect: 'brugerinddragelse',
      denial: 'Når der er afsat midler til det, vil vi gennemføre en brugertilfredshedsundersøgelse.',
      instead: 'Når en behandling afsluttes, gennemfører vi en brugertilfredshedsundersøgelse.',
    },
    {
      requirement: '§4.1.12',
      aspect: 'klageadgang',
      denial: 'Afgørelser om behandling kan ikke påklages, og der gives ingen skriftlig begrundelse.',
      instead: 'Afgørelser om behandling kan påklages til Ankestyrelsen inden fire uger.',
    },
    {
      requirement: '§4.1.6',
      aspect: 'garanti',
      denial: 'Kommunen har ingen behandlingsgaranti for borgere over 25 år.',
      instead: 'Kommunen har en behandlingsgaranti på 14 dage for alle borgere.',
    },
  ];
  for (const { requirement, aspect, denial, instead } of denials) {
    it(`${requirement}: »${denial}«`, () => {
      expect(inOwnField(requirement, denial).found).not.toContain(aspect);
      expect(inOwnField(requirement, instead).found).toContain(aspect);
    });
  }

  it('but a no can be the answer where the law asks for a rule, such as what the citizen pays', () => {
    expect(inOwnField('§4.1.11', 'Kommunen opkræver ikke betaling for behandlingen.').found).toContain('betaling');
    // The right to complain is the klageadgang's; the case handling's no is its answer.
    expect(inOwnField('§4.1.12', 'Der er ingen ventetid på en afgørelse om behandling.').found).toContain('sagsbehandling');
  });
});

describe('a table answers by its rows, not by the names of its columns', () => {
  const header = '| Tilbud | Egenbetaling for kost og logi | Pris pr. døgn |\n| --- | :---: | --- |';
  it('a header alone answers nothing, wherever the table stands', () => {
    expect(inOwnField('§4.1.11', header).found).not.toContain('kostOgLogi');
    expect(inOwnField('§4.1.11', `Priserne for 2026:\n\n${header}\n\nSe også afsnittet om visitation.`).found).not.toContain('kostOgLogi');
  });
  it('a header of column names says nothing above rows either, nor does a table of contents', () => {
    const table = '| Tilbud | Egenbetaling for kost og logi |\n| --- | --- |\n| Ambulant behandling | Gratis |';
    expect(inOwnField('§4.1.11', table).found).not.toContain('kostOgLogi');
    const contents = ['1. Sådan inddrager vi dig i din behandling ........ 4', '2. Brugerråd og brugerundersøgelser ........ 5'].join('\n');
    expect(inOwnField('§4.1.10', contents).found).not.toContain('brugerinddragelse');
    expect(inOwnField('§4.1.10', '- Sådan inddrager vi dig i din behandling, side 4').found).not.toContain('brugerinddragelse');
    expect(inOwnField('§4.1.7', 'Frit valg af behandlingssted (se side 12)').found).not.toContain('frit-valg');
    expect(inOwnField('§4.1.7', 'Du kan frit vælge et andet behandlingssted (se side 12).').found).toContain('frit-valg');
    expect(inOwnField('§4.1.10', 'Sådan inddrager vi dig i din behandling: du lægger planen sammen med din behandler.').found).toContain('brugerinddragelse');
  });

  it('a header whose column no row fills says nothing, even in the passive (a form left to fill in)', () => {
    const form = '| Form for brugerinddragelse | Findes i kommunen |\n|---|---|\n| Brugerråd | |\n| Brugerundersøgelse | |';
    expect(inOwnField('§4.1.10', form).found).not.toContain('brugerinddragelse');
    const filled = '| Form for brugerinddragelse | Findes i kommunen |\n|---|---|\n| Brugerråd | Ja, mødes fire gange om året med ledelsen |';
    expect(inOwnField('§4.1.10', filled).found).toContain('brugerinddragelse');
  });

  it('a row under it does, and so does a first row of facts made the header', () => {
    expect(inOwnField('§4.1.11', `${header}\n| Døgnbehandling | Egenbetaling for kost og logi | 250 kr. |`).found).toContain('kostOgLogi');
    const facts = '| Egenbetaling for kost og logi | Borgeren betaler 250 kr. pr. døgn |\n| --- | --- |\n| Telefon | 12 34 56 78 |';
    expect(inOwnField('§4.1.11', facts).found).toContain('kostOgLogi');
  });
});

describe('a question asks what an answer would say; it answers nothing', () => {
  const cases = [
    {
      requirement: '§4.1.12',
      aspect: 'klageadgang',
      question: 'Kan du klage over afgørelsen til Ankestyrelsen, og hvad er fristen?',
      statement: 'Du kan klage over afgørelsen til Ankestyrelsen inden fire uger.',
    },
    {
      requirement: '§4.1.7',
      aspect: 'frit-valg',
      question: 'Kan du frit vælge et andet godkendt behandlingstilbud, som svarer til det, du er visiteret til?',
      statement: 'Du kan frit vælge et andet godkendt behandlingstilbud, som svarer til det, du er visiteret til.',
    },
    {
      requirement: '§4.1.10',
      aspect: 'brugerinddragelse',
      question: 'Bliver din behandlingsplan udarbejdet sammen med dig?',
      statement: 'Din behandlingsplan udarbejdes sammen med dig.',
    },
  ];
  for (const { requirement, aspect, question, statement } of cases) {
    it(`${requirement}: »${question}«`, () => {
      expect(inOwnField(requirement, question).found).not.toContain(aspect);
      expect(inOwnStructure(requirement, question).found).not.toContain(aspect);
      // The answer after it, as a FAQ gives it, answers; a placeholder or a pointer after it does not.
      expect(inOwnField(requirement, `${question} ${statement}`).found).toContain(aspect);
      expect(inOwnField(requirement, `${question} Tekst følger.`).found).not.toContain(aspect);
      expect(inOwnField(requirement, `${question} Se kommunens hjemmeside.`).found).not.toContain(aspect);
    });
  }
});

describe('practice that is not the kommune’s now is no answer', () => {
  // Statements that answer, each also told as what was, what will be, another's or a proposal.
  const statements = [
    {
      requirement: '§4.1.7',
      aspect: 'frit-valg',
      subject: 'borgerne',
      rest: 'vælge et andet godkendt behandlingstilbud, som svarer til det, de er visiteret til',
    },
    { requirement: '§4.1.10', aspect: 'brugerinddragelse', subject: 'brugerne', rest: 'blive hørt i et brugerråd, der mødes hvert kvartal' },
    { requirement: '§4.1.12', aspect: 'klageadgang', subject: 'borgerne', rest: 'klage over afgørelsen til Ankestyrelsen inden fire uger' },
  ];
  const frames = [
    (subject: string, rest: string) => `Indtil 2023 kunne ${subject} ${rest}.`,
    (subject: string, rest: string) => `Tidligere kunne ${subject} ${rest}.`,
    (subject: string, rest: string) => `Fra 2030 vil ${subject} kunne ${rest}.`,
    (subject: string, rest: string) => `I Aarhus Kommune kan ${subject} ${rest}.`,
    (subject: string, rest: string) => `Udsatterådet foreslår, at ${subject} skal kunne ${rest}.`,
    (subject: string, rest: string) => `Socialudvalget drøftede, om ${subject} skal kunne ${rest}.`,
    (subject: string, rest: string) => `Flere borgere har efterspurgt, at ${subject} kan ${rest}.`,
    (subject: string, rest: string) => `Social- og Boligstyrelsen anbefaler, at ${subject} kan ${rest}.`,
  ];
  const capital = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

  for (const { requirement, aspect, subject, rest } of statements) {
    it(`${requirement}: stated, it answers ${aspect}; as what was, will be, or others do or propose, it does not`, () => {
      expect(inOwnField(requirement, `${capital(subject)} kan ${rest}.`).found).toContain(aspect);
      // The kommune's own name, and what is instead, keep it the kommune's practice.
      expect(inOwnField(requirement, `I Xby Kommune kan ${subject} ${rest}.`).found).toContain(aspect);
      expect(inOwnField(requirement, `Indtil 2023 kunne ${subject} ikke ${rest}, men i dag kan de det.`).found).toContain(aspect);
      for (const frame of frames) {
        const told = frame(subject, rest);
        expect(inOwnField(requirement, told).found, told).not.toContain(aspect);
        expect(inOwnStructure(requirement, told).found, told).not.toContain(aspect);
      }
      // A plan is the kommune's own intent: like an aim, it names the subject.
      expect(inOwnField(requirement, `Fra 2030 vil ${subject} kunne ${rest}.`).mentioned).toContain(aspect);
    });
  }

  it('what ended is no practice: a council closed down, a project finished', () => {
    expect(inOwnField('§4.1.10', 'Brugerrådet, hvor brugerne blev hørt om tilbuddene, blev nedlagt i 2021.').found).not.toContain('brugerinddragelse');
    expect(inOwnField('§4.1.10', 'Brugerrådet, hvor brugerne bliver hørt om tilbuddene, blev oprettet i 2021.').found).toContain('brugerinddragelse');
  });

  it('a plan answers the requirement that asks for plans', () => {
    expect(inOwnField('§4.5', 'Fra 2030 vil kommunen tilbyde døgnbehandling i eget regi.').found.size).toBeGreaterThan(0);
  });

  it('what is not settled is no rule', () => {
    expect(inOwnField('§4.1.11', 'Det er endnu ikke fastlagt, hvad borgeren skal betale for kost og logi.').found).not.toContain('betaling');
    expect(inOwnField('§4.1.11', 'Borgeren betaler 75 kr. pr. døgn for kost og logi.').found).toContain('betaling');
  });
});

describe('a denial is read wherever its subject stands, in a main clause', () => {
  const cases = [
    { requirement: '§4.1.13', aspect: 'kompetenceudvikling', denial: 'Personalet modtager ikke supervision eller efteruddannelse.' },
    { requirement: '§4.1.14', aspect: 'monitorering', denial: 'Resultaterne af behandlingen registreres aldrig i DanRIS og følges op hvert år.' },
    { requirement: '§4.1.14', aspect: 'monitorering', denial: 'Kommunen har valgt ikke at registrere og følge op på resultaterne af behandlingen hvert år.' },
    { requirement: '§4.1.7', aspect: 'frit-valg', denial: 'Borgere i Xby Kommune kan ikke vælge et andet behandlingstilbud end Rusmiddelcentret.' },
  ];
  for (const { requirement, aspect, denial } of cases) {
    it(`${requirement}: »${denial}«`, () => {
      expect(inOwnField(requirement, denial).found).not.toContain(aspect);
      // The same sentence without its negation answers.
      const stated = denial.replace(/ (?:ikke|aldrig)(?= )/, '');
      expect(inOwnField(requirement, stated).found, stated).toContain(aspect);
    });
  }

  it('a negation that sets a condition is a rule of the practice, not its absence', () => {
    const rule = 'Behandlingen afsluttes ikke, før vi har aftalt opfølgning med dig efter 1 og 6 måneder.';
    expect(inOwnField('§4.2', rule).found).toContain('opfoelgning');
    expect(inOwnField('§4.2', 'Behandlingen følges ikke op efter 1 og 6 måneder.').found).not.toContain('opfoelgning');
  });

  it('a negation inside a clause that leads in is no denial of the practice', () => {
    const text =
      'Hvor det ikke er muligt at stoppe misbruget helt, tilbydes personalet supervision og efteruddannelse i skadesreduktion, så behandlingen kan mindske skaderne.';
    expect(inOwnField('§4.1.13', text).found).toContain('kompetenceudvikling');
  });
});

describe('a heading that is another requirement’s usual name does not put this one’s subject above its sentences', () => {
  const underHeading = (requirementId: string, heading: string, markdown: string) =>
    evidenceIn(
      {
        kommune: 'Xby Kommune',
        titel: title,
        lovgrundlag: ['Serviceloven § 101'],
        forord: { tekst: 'Denne kvalitetsstandard handler om social behandling af stofmisbrug i Xby Kommune.' },
        oevrige_afsnit: [{ noegle: 'afsnit', overskrift: heading, tekst: markdown }],
      },
      requirementId,
    );
  const council = 'Rusmiddelcentret har et brugerråd med repræsentanter for brugerne, som mødes hver måned.';

  it('a users’ council in treatment, under »Brugerinddragelse« (§4.1.10’s), answers §4.1.10, not §6.2 (the users heard on the standard)', () => {
    expect(underHeading('§4.1.10', 'Brugerinddragelse', council).found).toContain('brugerinddragelse');
    expect(underHeading('§6.2', 'Brugerinddragelse', council).found).not.toContain('brugerrepraesentanter');
    for (const heading of ['4.2 Brugerinddragelse', 'Inddragelse af brugere']) {
      expect(underHeading('§6.2', heading, council).found, heading).not.toContain('brugerrepraesentanter');
    }
  });

  it('said of the standard, or under §6.2’s own heading, it answers §6.2', () => {
    const heard = `${council} Brugerrådet blev hørt, da kvalitetsstandarden blev udarbejdet.`;
    expect(underHeading('§6.2', 'Brugerinddragelse', heard).found).toContain('brugerrepraesentanter');
    expect(underHeading('§6.2', 'Inddragelse af brugere og pårørende', council).found).toContain('brugerrepraesentanter');
    // A draft commented on is the standard's: the users were heard on it.
    const draft = 'Brugerrådet og en repræsentant for de pårørende har læst og kommenteret udkastet, inden Byrådet vedtog det.';
    expect(underHeading('§6.2', 'Brugerinddragelse', draft).found).toContain('brugerrepraesentanter');
  });
});

describe('gift-card guidelines are the kommune’s own, for now', () => {
  const status = (markdown: string) =>
    checkSource(
      'gavekort.yml',
      new TextEncoder().encode(stringify({ kommune: 'Xby Kommune', titel: title, lovgrundlag: ['Serviceloven § 101'], gavekort: { tekst: markdown } })),
      '2026-11-23',
    );
  const gavekort = (markdown: string) => {
    const check = status(markdown);
    if (!check.valid) throw new Error('invalid');
    return check.findings.find((finding) => finding.requirement.id === '§4.1.15')!.status;
  };

  it('a guideline of ten words or more is met; another kommune’s, an aim with a year or what was is not', () => {
    expect(gavekort('Borgere, der gennemfører et behandlingsforløb, kan efter aftale med behandleren få et gavekort på op til 500 kr.')).toBe('opfyldt');
    for (const text of [
      'I Odense Kommune gives gavekort på op til 500 kr. til borgere, der gennemfører et behandlingsforløb.',
      'Vi arbejder på at udarbejde retningslinjer for gavekort til borgere i behandling i løbet af 2027, når puljen er afklaret.',
      'Indtil 2022 fik borgere, der gennemførte et behandlingsforløb, et gavekort på op til 500 kr. efter aftale med behandleren.',
      // Ten words on something else in the gift cards' own field: transport, not a gift card.
      'Borgere i behandling kan få tilskud til transport, når de møder op til samtaler på rusmiddelcentret.',
    ]) {
      expect(gavekort(text), text).not.toBe('opfyldt');
    }
    // The guidelines need not say »gavekort« in every sentence, only somewhere.
    expect(
      gavekort(
        'Vi bruger gaver som belønning i behandlingen. Borgere, der gennemfører et forløb, kan efter aftale med behandleren få et værdibevis på 300 kr.',
      ),
    ).toBe('opfyldt');
  });
});

describe('§4.1.10: how much or in what spirit the citizen is involved is not how', () => {
  expectNoAnswerBesideTwin([
    [
      'through the whole course',
      '§4.1.10',
      'Borgeren er aktivt inddraget i hele forløbet.',
      'Borgeren er aktivt inddraget i hele forløbet, bl.a. ved at behandlingsplanen laves sammen med borgeren.',
    ],
    [
      'as far as possible',
      '§4.1.10',
      'Vi inddrager dig i så høj grad som muligt.',
      'Vi inddrager dig i alle beslutninger om din behandling, fx når din behandlingsplan skal justeres.',
    ],
    [
      'in every part',
      '§4.1.10',
      'Der er fokus på brugerinddragelse i alle dele af behandlingen.',
      'Brugerinddragelse sikres gennem brugerrådet og en årlig brugerundersøgelse.',
    ],
    [
      'with respect',
      '§4.1.10',
      'Vi sikrer brugerinddragelse med respekt for den enkelte.',
      'Brugerinddragelse sker med en årlig tilfredshedsundersøgelse og et brugerråd.',
    ],
  ]);
});

describe('a gift card as a prize in a lottery or a competition, or a thank-you for answering a survey, is not one used in treatment', () => {
  const guideline = 'Ved hver stoffri urinprøve trækker den unge et lod, og nogle lodder giver et gavekort på 100 kr.';
  expectNoAnswerBesideTwin([
    [
      'a lottery among those who answer a survey',
      '§4.1.15',
      'Blandt de borgere, der svarer på brugerundersøgelsen, trækkes lod om et gavekort på 200 kr.',
      guideline,
    ],
    ['a competition', '§4.1.15', 'Der udloddes et gavekort til vinderen af konkurrencen om et nyt navn til tilbuddet.', guideline],
    ['a thank-you for a survey', '§4.1.15', 'Som tak for at svare på tilfredshedsundersøgelsen får du et gavekort på 50 kr.', guideline],
    [
      'prizes at a party',
      '§4.1.15',
      'Ved sommerfesten er der præmier, bl.a. et gavekort til biografen.',
      'Som led i behandlingen kan unge vinde et gavekort ved lodtrækning, når de har mødt op til alle aftalte samtaler i en måned.',
    ],
  ]);

  it('and the check does not say such a section quotes the law', () => {
    for (const text of ['Deltagerne i borgerundersøgelsen kan vinde et gavekort på 500 kr.', 'Medarbejderne får et gavekort til jul.']) {
      const check = checkSource(
        'gavekort.yml',
        new TextEncoder().encode(stringify({ kommune: 'Xby Kommune', titel: title, gavekort: { tekst: text } })),
        '2026-11-23',
      );
      if (!check.valid) throw new Error('invalid');
      const finding = check.findings.find((candidate) => candidate.requirement.id === '§4.1.15')!;
      expect(finding.status, text).not.toBe('opfyldt');
      expect(
        finding.messages.map((message) => message.code),
        text,
      ).not.toContain('gavekort-kun-lovtekst');
    }
  });
});

describe('a subject said to be described, to depend on the budget or to be in focus, a plan or tasks of another field and a state agency’s work are no answers', () => {
  const future = 'I 2027 åbner kommunen et nyt tilbud til unge med hashmisbrug.';
  expectNoAnswerBesideTwin([
    ['said to be described', '§4.5', 'Den fremtidige indsats er beskrevet.', future],
    ['depending on the budget', '§4.5', 'Den fremtidige indsats afhænger af budgettet.', future],
    ['in focus', '§4.1.10', 'Borgerens egne ønsker er i fokus.', 'Din behandlingsplan udarbejdes sammen med dig ud fra dine ønsker og mål.'],
    [
      'a plan of another field',
      '§4.1.9',
      'Kommunens klimahandleplan følges op hvert år.',
      'Alle borgere tilbydes en handleplan efter servicelovens § 141, og den følges op hvert år.',
    ],
    [
      'tasks of another field',
      '§4.1.1',
      'Kommunens opgaver på affaldsområdet er indsamling og genbrug.',
      'Kommunens opgaver på stofmisbrugsområdet er rådgivning, ambulant behandling og dagbehandling.',
    ],
    [
      'a state agency’s monitoring',
      '§4.1.14',
      'Sundhedsdatastyrelsen monitorerer stofmisbrugsbehandlingen på landsplan.',
      'Kommunen monitorerer indsatsen ved at registrere alle forløb i DanRIS og følger op hvert kvartal.',
    ],
    [
      'the Ankestyrelsen is no such agency',
      '§4.1.12',
      'Du kan klage.',
      'Ankestyrelsen behandler din klage, hvis kommunen fastholder afgørelsen, og du får svar inden for 14 dage.',
    ],
  ]);
});

describe('§6.2: the users named under a heading on the users, or in a quoted person’s words, is no part in making the standard', () => {
  const underHeading = (overskrift: string, tekst: string) =>
    evidenceIn(
      {
        kommune: 'Xby Kommune',
        titel: title,
        forord: { tekst: 'Her kan du læse om kommunens tilbud til borgere med et stofmisbrug.' },
        oevrige_afsnit: [{ noegle: 'afsnit', overskrift, tekst }],
      },
      '§6.2',
    ).found.has('brugerrepraesentanter');

  it('a heading on the users alone does not give the sentence the sense of making the standard; one that says it does', () => {
    expect(underHeading('Brugerne var med', 'Brugerrådet har været med til at indrette centret.')).toBe(false);
    expect(underHeading('Brugerne og kvalitetsstandarden', 'Brugerrådet har været med til at indrette centret og har læst udkastet.')).toBe(true);
    expect(underHeading('Brugerne var med', 'Brugerrådet har været med til at udarbejde kvalitetsstandarden.')).toBe(true);
  });

  it('a quoted person’s words do not set the subject of the paragraph', () => {
    const quoted = 'Brugerrådet har været med til at indrette centret. »Det betyder meget, at vi er blevet hørt,« siger Peter fra brugerrådet.';
    expect(inOwnField('§6.2', quoted).found).not.toContain('brugerrepraesentanter');
    expect(inOwnField('§6.2', 'Brugerrådet har været med til at indrette centret, og det er blevet hørt om udkastet.').found).toContain(
      'brugerrepraesentanter',
    );
  });
});

describe('§4.1.6: a deadline strived for, or met for a share of the citizens, is no guarantee', () => {
  const promise = 'Behandlingen starter senest 14 dage efter din henvendelse.';
  expectNoAnswerBesideTwin([
    ['strived for, in the passive', '§4.1.6', 'Det tilstræbes, at behandlingen starter inden for 14 dage.', promise],
    ['a target for a share', '§4.1.6', 'Kommunen har et mål om, at 80 % af borgerne starter behandling inden for 14 dage.', promise],
    [
      'a share that met it',
      '§4.1.6',
      'I 2025 startede 85 % af borgerne behandling inden for 14 dage.',
      'Behandlingen starter senest 14 dage efter henvendelsen, og i 2025 gjaldt det 98 % af borgerne.',
    ],
  ]);
});

describe('that gift cards are used is no guideline for them: it says when, to whom, how much or how it is agreed', () => {
  expectNoAnswerBesideTwin([
    [
      'used in treatment',
      '§4.1.15',
      'Kommunen anvender gavekort som led i behandlingen.',
      'Gavekort kan gives til borgere, der møder stabilt op, med en værdi på højst 200 kr. pr. måned.',
    ],
    [
      'after an assessment',
      '§4.1.15',
      'Gavekort kan indgå i behandlingen efter en individuel vurdering.',
      'Gavekort indgår i behandlingen af unge under 25 år og aftales med behandleren.',
    ],
  ]);
});

describe('the text of a paragraph of law, after its citation, is the law’s, not the kommune’s', () => {
  const duty =
    'Personer, der udøver offentlig tjeneste, skal underrette kommunalbestyrelsen, hvis de får kendskab til, at et barn under 18 år kan have behov for særlig støtte.';
  const quoted = [
    `Serviceloven § 153.\n\n${duty}`,
    `Serviceloven § 153. ${duty}`,
    `§ 153, stk. 1:\n\n${duty}`,
    `Lov om social service § 153\n\n${duty.replace(/, hvis de får kendskab til, at /, ', hvis de får kendskab til,\n\n1) at ').replace(/\.$/, ', eller')}\n\n2) at et barn har været udsat for overgreb.`,
  ];
  it('§4.4: quoted after its citation, in the same paragraph, the next, or its list, it is quoted law, no answer', () => {
    for (const markdown of quoted) {
      const evidence = inOwnStructure('§4.4', markdown);
      expect(evidence.found, markdown).not.toContain('boern');
    }
  });

  it('the same duty told as what the kommune does answers, and a citation does not make the next paragraph law when one stands between', () => {
    const told =
      'Har du børn under 18 år, der bor hjemme, taler din behandler med dig om, hvordan de har det, og vi underretter kommunen, hvis de har behov for særlig støtte.';
    expect(inOwnStructure('§4.4', told).found).toContain('boern');
    expect(inOwnStructure('§4.4', `Serviceloven § 153.\n\nDet betyder for dig:\n\n${told}`).found).toContain('boern');
  });
});

describe('a sentence about a neighbouring service alone answers nothing of § 101’s', () => {
  const cases = [
    {
      requirement: '§4.1.12',
      aspect: 'klageadgang',
      alone: 'Afgørelser om alkoholbehandling efter sundhedsloven § 141 kan du klage over til Styrelsen for Patientklager inden fire uger.',
      both: 'Afgørelser om behandling for alkohol- og stofmisbrug kan du klage over til Ankestyrelsen inden fire uger.',
    },
    {
      requirement: '§4.1.12',
      aspect: 'klageadgang',
      alone: 'Du kan klage over afgørelser om alkoholbehandling til Styrelsen for Patientklager inden fire uger.',
      both: 'Du kan klage over afgørelser om stofmisbrugsbehandling til Ankestyrelsen inden fire uger.',
    },
    {
      requirement: '§4.1.7',
      aspect: 'frit-valg',
      alone: 'Du kan frit vælge en anden leverandør af hjemmehjælp og madservice.',
      both: 'Du kan frit vælge et andet godkendt behandlingstilbud for dit stofmisbrug, som svarer til det, du er visiteret til.',
    },
    {
      requirement: '§4.1.12',
      aspect: 'klageadgang',
      alone: 'Afgørelser om bostøtte efter servicelovens § 85 kan påklages til Ankestyrelsen inden fire uger.',
      both: 'Afgørelser om behandling efter servicelovens § 101 kan påklages til Ankestyrelsen inden fire uger.',
    },
    {
      requirement: '§4.1.11',
      aspect: 'kostOgLogi',
      alone: 'Beboere i plejebolig betaler 3.500 kr. om måneden for kost og logi.',
      both: 'Ved døgnbehandling for stofmisbrug betaler du 75 kr. pr. døgn for kost og logi.',
    },
    {
      requirement: '§4.1.11',
      aspect: 'kostOgLogi',
      alone: 'Ophold på forsorgshjem efter servicelovens § 110 koster 2.500 kr. om måneden for kost og logi.',
      both: 'Døgnbehandling for stofmisbrug efter servicelovens § 101 koster 2.500 kr. om måneden for kost og logi.',
    },
    // A sentence that gives a neighbour's paragraph as its basis is that service's, even where it names the drugs.
    {
      requirement: '§4.1.6',
      aspect: 'garanti',
      alone: 'Efter sundhedslovens § 142 skal du tilbydes lægelig behandling for dit stofmisbrug senest 14 dage efter, at du har henvendt dig.',
      both: 'Efter servicelovens § 101 og sundhedslovens § 142 skal du tilbydes behandling for dit stofmisbrug senest 14 dage efter, at du har henvendt dig.',
    },
    {
      requirement: '§4.1.2',
      aspect: 'maalgruppe',
      alone: 'Et længerevarende botilbud efter servicelovens § 108 er for borgere over 18 år med et stofmisbrug og betydelig nedsat funktionsevne.',
      both: 'Døgnbehandling efter servicelovens § 101 er for borgere over 18 år med et stofmisbrug og betydelig nedsat funktionsevne.',
    },
    {
      requirement: '§4.1.12',
      aspect: 'klageadgang',
      alone: 'Du kan klage over afgørelsen om bostøtte til Ankestyrelsen inden fire uger.',
      both: 'Du kan klage over afgørelsen om behandling til Ankestyrelsen inden fire uger.',
    },
    // The drugs named only as an example of the users' problems do not make a shelter's sentence the field's.
    {
      requirement: '§4.1.2',
      aspect: 'maalgruppe',
      alone: 'Forsorgshjemmet er for hjemløse over 18 år med særlige sociale problemer, fx et stofmisbrug, som ikke kan bo i egen bolig.',
      both: 'Døgnbehandlingen er for borgere over 18 år med et stofmisbrug og særlige sociale problemer, som ikke kan bo i egen bolig.',
    },
    // The health complaints body alone is the medical treatment's route, even where it names the drugs.
    {
      requirement: '§4.1.12',
      aspect: 'klageadgang',
      alone: 'Klager over lægens ordination af metadon sendes til Styrelsen for Patientklager inden for et år.',
      both: 'Klager over afgørelser om behandling sendes til Ankestyrelsen, og klager over lægens ordination af metadon til Styrelsen for Patientklager.',
    },
    // So is the doctor's medical plan: not the plan of § 101, stk. 8.
    {
      requirement: '§4.1.8',
      aspect: 'udarbejdelse',
      alone: 'Lægen udarbejder sammen med dig en medicinsk behandlingsplan for din substitutionsbehandling.',
      both: 'Din behandler udarbejder sammen med dig en behandlingsplan for dit stofmisbrug.',
    },
    // Gambling and tobacco are treated in the same words by the same centres.
    {
      requirement: '§4.1.6',
      aspect: 'garanti',
      alone: 'Du kan starte i behandling for ludomani senest 14 dage efter, at du har kontaktet os.',
      both: 'Du kan starte i behandling for stofmisbrug senest 14 dage efter, at du har kontaktet os.',
    },
    {
      requirement: '§4.1.2',
      aspect: 'maalgruppe',
      alone: 'Rygestoptilbuddet er for alle borgere over 18 år, der er afhængige af nikotin.',
      both: 'Behandlingen er for alle borgere over 18 år, der er afhængige af hash, kokain eller andre stoffer.',
    },
  ];
  for (const { requirement, aspect, alone, both } of cases) {
    it(`${requirement}: »${alone}«`, () => {
      expect(inOwnField(requirement, alone).found).not.toContain(aspect);
      expect(inOwnStructure(requirement, alone).found).not.toContain(aspect);
      expect(inOwnField(requirement, both).found).toContain(aspect);
    });
  }

  it('nor does a sentence under a heading on such a service, or after one in its paragraph, where neither names the drugs', () => {
    const contact = 'Du kontakter selv Rusmiddelcentret. Ved den første samtale vurderer en behandler sammen med dig, hvilken behandling der passer til dig.';
    const under = (heading: string, text: string) =>
      evidenceIn(
        {
          kommune: 'Xby Kommune',
          titel: title,
          lovgrundlag: ['Serviceloven § 101'],
          forord: { tekst: 'Denne kvalitetsstandard handler om social behandling af stofmisbrug i Xby Kommune.' },
          oevrige_afsnit: [{ noegle: 'afsnit', overskrift: heading, tekst: text }],
        },
        '§4.1.5',
      ).found;
    expect(under('Sådan kommer du i behandling for ludomani', contact)).not.toContain('vurdering');
    expect(under('Sådan kommer du i behandling', contact)).toContain('vurdering');
    expect(under('Alkoholbehandling', contact)).not.toContain('vurdering');
    expect(under('Alkoholbehandling', `${contact} Det gælder også behandling for stofmisbrug.`)).toContain('vurdering');
    expect(inOwnField('§4.1.5', `Rusmiddelcentret tilbyder også behandling for ludomani. ${contact}`).found).not.toContain('vurdering');
    expect(inOwnField('§4.1.5', `Rusmiddelcentret tilbyder behandling for stofmisbrug. ${contact}`).found).toContain('vurdering');
    // A list of offers with the service among them is the field's.
    const offers = 'Rusmiddelcentret tilbyder:\n\n- rådgivning\n- ambulant behandling med samtaler\n- dagbehandling\n- alkoholbehandling\n- døgnbehandling';
    expect(inOwnField('§4.1.1', offers).found).toContain('opgaver');
    const alcoholFirst =
      'Rusmiddelcentret tilbyder:\n\n- alkoholbehandling\n- rådgivning\n- ambulant behandling med samtaler\n- dagbehandling\n- døgnbehandling';
    expect(inOwnField('§4.1.1', alcoholFirst).found).toContain('opgaver');
  });

  it('but a handleplan coordinates the treatment with such services: naming them answers § 4, stk. 1, nr. 9', () => {
    const coordinated = 'Hvis du også modtager bostøtte eller hjemmehjælp, udarbejder vi en handleplan efter § 141, som koordinerer indsatsen.';
    expect(inOwnField('§4.1.9', coordinated).found).toContain('handleplaner');
  });

  it('but § 107 is no neighbour: a residential treatment can be granted under it', () => {
    const board = 'Hvis du får bevilget døgnbehandling efter servicelovens § 107, stk. 2, nr. 2, skal du selv betale for kost og logi.';
    expect(inOwnField('§4.1.11', board).found).toContain('kostOgLogi');
  });
});

describe('what only looks like an answer: a question without its mark, an evasive answer, a list of keywords', () => {
  it('a question without its question mark asks, it does not answer', () => {
    const question = 'Hvordan inddrager vi brugerne gennem brugerråd og tilfredshedsundersøgelser';
    expect(inOwnField('§4.1.10', question).found).not.toContain('brugerinddragelse');
    expect(inOwnField('§4.1.10', 'Vi inddrager brugerne gennem brugerråd og tilfredshedsundersøgelser.').found).toContain('brugerinddragelse');
  });

  it('»Det afhænger af din situation« after a question is no answer to it', () => {
    const question = 'Kan du frit vælge et andet godkendt behandlingstilbud, som svarer til det, du er visiteret til?';
    expect(inOwnField('§4.1.7', `${question} Det afhænger af din situation.`).found).not.toContain('frit-valg');
    expect(inOwnField('§4.1.7', `${question} Ja, du kan frit vælge et andet godkendt behandlingstilbud.`).found).toContain('frit-valg');
  });

  it('keywords by commas name subjects, a sentence describes them', () => {
    expect(inOwnField('§4.1.12', 'Afgørelse, partshøring, klagefrist, Ankestyrelsen').found).not.toContain('klageadgang');
    expect(inOwnField('§4.1.12', 'Afgørelse, partshøring, klagefrist og Ankestyrelsen.').found).not.toContain('klageadgang');
    expect(inOwnField('§4.1.12', 'Du kan klage over afgørelsen til Ankestyrelsen inden fire uger.').found).toContain('klageadgang');
  });
});

/** The status of one requirement for a document with the text in its own field, judged at a date. */
function statusOf(requirementId: string, markdown: string, kommune = 'Ikast-Brande Kommune') {
  const field = findRequirement(defaultRegulation, requirementId).field.split('.')[0]!;
  const data = { kommune, titel: title, lovgrundlag: ['Serviceloven § 101'], [field]: { tekst: markdown } };
  const check = checkSource('godt-svar.yml', new TextEncoder().encode(stringify(data, { lineWidth: 0 })), '2026-11-23');
  if (!check.valid) throw new Error('invalid');
  return check.findings.find((finding) => finding.requirement.id === requirementId)!.status;
}

/** A draft's sentence that is no answer, beside its twin that answers: [what it is, requirement, draft, twin]. */
function expectNoAnswerBesideTwin(cases: readonly (readonly [string, string, string, string])[]) {
  it.each(cases)('%s (%s)', (_, requirementId, draft, twin) => {
    expect(statusOf(requirementId, draft), draft).not.toBe('opfyldt');
    expect(statusOf(requirementId, twin), twin).toBe('opfyldt');
  });
}

describe('a denial is read past its asides, its object put first, and a »men« that gives no practice', () => {
  expectNoAnswerBesideTwin([
    [
      'a subject with an aside in parentheses',
      '§4.1.10',
      'Rusmiddelcentret (herunder ungeafdelingen og den anonyme behandling) har på nuværende tidspunkt ikke et brugerråd eller en brugerundersøgelse.',
      'Rusmiddelcentret (herunder ungeafdelingen) har et brugerråd, som mødes fire gange om året, og gennemfører hvert år en brugerundersøgelse.',
    ],
    [
      'the object in quotation marks, first',
      '§4.1.10',
      '»Brugerråd« og »brugerundersøgelser« har vi ikke i kommunen.',
      'Vi har et »brugerråd«, som mødes fire gange om året, og vi gennemfører hvert år »brugerundersøgelser«.',
    ],
    [
      'a long object first',
      '§4.1.10',
      'Brugerinddragelse i form af brugerråd, brugerundersøgelser, tilfredshedsmålinger eller lignende faste fora er der på nuværende tidspunkt ikke etableret i kommunen.',
      'Brugerinddragelse sikres gennem et brugerråd, som mødes fire gange om året, og en årlig brugerundersøgelse.',
    ],
    [
      '»men« and an aim',
      '§4.1.10',
      'Vi har ikke et brugerråd, men vi arbejder på at få et op at stå.',
      'Vi har ikke et brugerråd, men vi gennemfører hvert år en brugerundersøgelse, og du inddrages i din behandlingsplan.',
    ],
    [
      '»men« and a hope',
      '§4.1.13',
      'Medarbejderne får ikke supervision eller efteruddannelse, men vi håber at kunne tilbyde det i fremtiden.',
      'Medarbejderne får ikke efteruddannelse hvert år, men de får supervision hver måned, og alle er uddannet i motiverende samtale.',
    ],
    [
      'a wish',
      '§4.1.13',
      'Vi vil gerne have, at alle medarbejdere får supervision og efteruddannelse i kognitiv terapi.',
      'Alle medarbejdere er uddannet socialrådgivere og får supervision hver måned og efteruddannelse i kognitiv terapi.',
    ],
    [
      'a clause set off by commas, and a place after the verb',
      '§4.1.10',
      'Der er i Xby Kommune, som i mange andre mindre kommuner, endnu ikke etableret et brugerråd eller gennemført brugerundersøgelser.',
      'Der er i Xby Kommune, som i mange andre kommuner, et brugerråd, og vi gennemfører hvert år brugerundersøgelser.',
    ],
    [
      'a right only for an age group the law does not set',
      '§4.1.10',
      'Kun unge under 25 år inddrages i udarbejdelsen af deres behandlingsplan, og kun i særlige tilfælde spørger vi til deres tilfredshed.',
      'Alle borgere inddrages i udarbejdelsen af deres behandlingsplan, og unge under 25 år spørger vi desuden hver måned om deres tilfredshed.',
    ],
    [
      'a right only in special cases',
      '§4.1.6',
      'Behandlingen starter kun i særlige tilfælde senest 14 dage efter din henvendelse.',
      'Behandlingen starter senest 14 dage efter din henvendelse; fristen kan kun i særlige tilfælde fraviges, fx hvis du selv ønsker det.',
    ],
  ]);
});

describe('what was done once in a year gone by, what research shows, a neighbour’s practice and a decision to come are no practice', () => {
  expectNoAnswerBesideTwin([
    [
      'a single past year',
      '§4.1.10',
      'I 2021 gennemførte vi en brugerundersøgelse blandt borgerne i behandling.',
      'Hvert år gennemfører vi en brugerundersøgelse blandt borgerne i behandling, og du inddrages i din behandlingsplan.',
    ],
    [
      'a single past year, what began then goes on',
      '§4.1.13',
      'I foråret 2020 deltog alle medarbejdere i et kursus i motiverende samtale.',
      'I 2020 ansatte vi kun uddannede socialrådgivere, og alle medarbejdere deltager hvert år i et kursus i motiverende samtale og får supervision.',
    ],
    [
      'what research shows',
      '§4.1.10',
      'Forskning viser, at brugerinddragelse og feedback fra borgerne øger effekten af behandlingen.',
      'Vores brugerundersøgelser viser, at borgerne er tilfredse, og vi bruger feedback fra borgerne efter hver samtale til at tilpasse behandlingen.',
    ],
    [
      'what experience in general shows',
      '§4.1.10',
      'Erfaringen viser, at brugere, der inddrages gennem et brugerråd, oftere gennemfører behandlingen.',
      'Brugerne inddrages gennem et brugerråd, og erfaringen viser, at de oftere gennemfører behandlingen.',
    ],
    [
      'a neighbouring kommune',
      '§4.1.15',
      'I nabokommunen anvendes gavekort på 200 kr. for hvert andet fremmøde i MOVE-forløb.',
      'Vi anvender gavekort på 200 kr. for hvert andet fremmøde i MOVE-forløb, højst 7 gavekort.',
    ],
    [
      'a regional service',
      '§4.1.10',
      'I psykiatrien har man gode erfaringer med brugerråd og brugerundersøgelser.',
      'I samarbejde med psykiatrien har vi et brugerråd, som mødes fire gange om året, og vi gennemfører hvert år en brugerundersøgelse.',
    ],
    [
      'a decision to come',
      '§4.1.15',
      'Hvis byrådet beslutter at indføre gavekort, vil de blive givet for fremmøde i MOVE-forløb.',
      'Byrådet har besluttet at bruge gavekort: de gives for hvert andet fremmøde i MOVE-forløb, højst 7 gavekort på 200 kr.',
    ],
  ]);
});

describe('what was done last year or before, money applied for, a pause and what comes next year are no practice now', () => {
  const involvement = 'Vi har et brugerråd, som mødes fire gange om året, og vi gennemfører hvert år en brugerundersøgelse.';
  expectNoAnswerBesideTwin([
    ['last year', '§4.1.10', 'Sidste år gennemførte vi en brugerundersøgelse blandt borgerne i behandling.', involvement],
    [
      'last year, what began then goes on',
      '§4.1.10',
      'Vi har tidligere haft et brugerråd, hvor brugerne blev hørt om centrets tilbud.',
      `Sidste år oprettede vi et brugerråd. ${involvement}`,
    ],
    ['money applied for', '§4.1.10', 'Vi har søgt midler til at oprette et brugerråd og gennemføre brugerundersøgelser.', involvement],
    ['a pause', '§4.1.10', 'Brugerrådet er under omstrukturering og holder derfor ikke møder i øjeblikket.', involvement],
    ['next year', '§4.1.10', 'Fra næste år vil vi gennemføre en årlig brugerundersøgelse og oprette et brugerråd.', involvement],
    [
      '»men« and a vague intent',
      '§4.1.10',
      'Vi laver ikke brugerundersøgelser, men det er noget, vi gerne vil se på.',
      `Vi laver ikke brugerundersøgelser, men ${involvement.charAt(0).toLowerCase()}${involvement.slice(1)}`,
    ],
    [
      'the next revision',
      '§6.2',
      'Brugerrådet vil blive hørt ved næste revision af kvalitetsstandarden.',
      'Brugerrådet har læst og kommenteret udkastet til denne kvalitetsstandard, inden byrådet vedtog den.',
    ],
  ]);
});

describe('what is said to happen only when needed or after an assessment is not told how', () => {
  expectNoAnswerBesideTwin([
    [
      'when needed',
      '§4.1.10',
      'Brugerinddragelse sker efter behov og i det omfang, det er relevant.',
      'Brugerinddragelse sker ved, at du er med til at udarbejde din behandlingsplan, og ved en årlig brugerundersøgelse.',
    ],
    [
      'if there is a need for it',
      '§4.4',
      'Vi taler med dig om dine børn, hvis der er behov for det.',
      'Behandleren spørger altid til dine børn og tilbyder familiesamtaler, hvis der er behov for det.',
    ],
    [
      'as needed',
      '§5.1',
      'Kommunen stiller kvalitetskrav til døgntilbuddene efter behov.',
      'Kommunen stiller krav til de døgnbehandlingstilbud, den bruger: de skal være godkendt af Socialtilsynet, bruge evidensbaserede metoder og sende status til kommunen hver måned.',
    ],
    [
      'after a concrete assessment',
      '§4.1.5',
      'Visitationen sker efter en konkret og individuel vurdering.',
      'Du henvender dig til Rusmiddelcentret, hvor en behandler holder en visitationssamtale med dig. På baggrund af samtalen og en afdækning af dine problemer træffer kommunen afgørelse om behandling.',
    ],
  ]);
});

describe('a citizen’s quoted words, the law pointed to and practice »by the rules« or »individually« tell nothing of the kommune’s', () => {
  const complaint =
    'Du kan klage over afgørelsen om behandling inden for fire uger. Klagen sendes til kommunen, som revurderer afgørelsen, og hvis den fastholdes, sendes klagen til Ankestyrelsen. Vi træffer afgørelse om behandling senest 14 dage efter din henvendelse.';
  const choice = 'Du kan vælge at blive behandlet i et andet offentligt eller godkendt privat behandlingstilbud af tilsvarende karakter.';
  expectNoAnswerBesideTwin([
    [
      'a testimonial',
      '§4.1.12',
      '»Jeg klagede over afgørelsen inden for fire uger og fik medhold i Ankestyrelsen,« fortæller Jens. »Kommunen traf afgørelse om behandling efter 14 dage.«',
      complaint,
    ],
    ['a pointer to a paragraph of law', '§4.1.7', 'Om frit valg henvises til servicelovens § 101, stk. 5.', choice],
    [
      'a paragraph of law and what it says',
      '§4.1.7',
      'Om frit valg henvises til servicelovens § 101, stk. 5.',
      `Det fremgår af servicelovens § 101, stk. 5, at du kan vælge et andet tilbud. ${choice}`,
    ],
    [
      'by the rules alone',
      '§4.1.7',
      'Frit valg sker i henhold til servicelovens § 101, stk. 5.',
      `Frit valg sker i henhold til servicelovens § 101, stk. 5: ${choice.charAt(0).toLowerCase()}${choice.slice(1)}`,
    ],
    [
      'the rules kept, and nothing else',
      '§5.1',
      'Døgntilbuddene skal leve op til gældende lovgivning og være godkendt efter reglerne.',
      'Kommunen stiller krav til de døgnbehandlingstilbud, den bruger: de skal være godkendt af Socialtilsynet, bruge evidensbaserede metoder og sende status til kommunen hver måned.',
    ],
    [
      'the kommune’s own guidelines named, not given',
      '§4.1.15',
      'Gavekort anvendes efter kommunens retningslinjer.',
      'Gavekort kan bruges som motivation: du får et gavekort på 100 kr., når du har mødt op til fire samtaler i træk.',
    ],
    [
      'guidelines said to exist',
      '§4.1.15',
      'Kommunen har retningslinjer for brug af gavekort.',
      'Gavekort kan bruges som motivation: du får et gavekort på 100 kr., når du har mødt op til fire samtaler i træk.',
    ],
    [
      'requirements said to be set, not named',
      '§5.1',
      'Kommunen stiller krav til kvaliteten i de døgnbehandlingstilbud, vi samarbejder med.',
      'Kommunen stiller krav om, at døgntilbuddet er godkendt af Socialtilsynet, og at personalet er uddannet i de metoder, tilbuddet bruger.',
    ],
    [
      'requirements said to be set, as a list’s lead-in',
      '§5.1',
      'Kommunen stiller en række krav til de døgnbehandlingstilbud, vi benytter.',
      'Kommunen indgår en samarbejdsaftale med behandlingsstedet. For eksempel kræves at:\n\n- progressionen i behandlingsforløbet dokumenteres skriftligt\n- der udarbejdes en skriftlig status to gange i forløbet',
    ],
    [
      'data reported as required',
      '§4.1.14',
      'Vi indberetter data, som det kræves.',
      'Kommunen monitorerer indsatsen ved at registrere alle forløb i Stofmisbrugsdatabasen og følger hvert år op på, hvor mange der er stoffri efter endt behandling.',
    ],
    [
      'by a paragraph of law alone',
      '§4.1.9',
      'Handleplaner udarbejdes efter servicelovens § 141.',
      'Målsætningen er, at alle borgere med behov for det tilbydes en handleplan efter servicelovens § 141, at handleplanen koordineres med behandlingsplanen, og at der følges op på handleplanen mindst en gang om året.',
    ],
    [
      'individually',
      '§4.1.8',
      'Behandlingsplanen udarbejdes efter behov, og opfølgning aftales individuelt.',
      'Behandlingsplanen udarbejdes ved behandlingens start sammen med dig og følges op hver tredje måned.',
    ],
    [
      'by the usual practice',
      '§4.1.9',
      'Handleplaner udarbejdes efter gældende praksis.',
      'Vores praksis er, at du får tilbudt en handleplan inden for 30 dage, og at den koordineres med behandlingsplanen.',
    ],
    [
      'in accordance with the regulation',
      '§4.1.9',
      'Handleplaner udarbejdes og følges op i overensstemmelse med bekendtgørelsen.',
      'Målsætningen er, at alle borgere med behov for det tilbydes en handleplan efter servicelovens § 141, at handleplanen koordineres med behandlingsplanen, og at der følges op på handleplanen mindst en gang om året.',
    ],
    [
      'as prescribed',
      '§4.1.14',
      'Indsatsen monitoreres og indberettes, som foreskrevet.',
      'Kommunen monitorerer indsatsen ved at registrere alle forløb i Stofmisbrugsdatabasen og følger hvert år op på, hvor mange der er stoffri efter endt behandling.',
    ],
  ]);
});

describe('a right told as what usually happens, only when possible, strived for or taken back is not promised', () => {
  const choice =
    'Du kan vælge at blive behandlet i et andet offentligt eller godkendt privat behandlingstilbud af tilsvarende karakter, når du er visiteret til behandling.';
  const plan = 'Vi udarbejder en behandlingsplan ved behandlingens start og følger op på den hver tredje måned sammen med dig.';
  expectNoAnswerBesideTwin([
    [
      'typically',
      '§4.1.6',
      'Behandlingen starter typisk inden for 14 dage efter din henvendelse.',
      'Behandlingen starter senest 14 dage efter din henvendelse.',
    ],
    ['as a rule', '§4.1.7', 'Du kan som regel vælge et andet offentligt eller privat behandlingstilbud.', choice],
    ['when possible', '§4.1.8', 'Alle borgere får så vidt muligt en behandlingsplan, som følges op, når det er muligt.', plan],
    ['when there is time', '§4.1.8', 'Vi udarbejder en behandlingsplan og følger op på den, hvis vi har tid.', plan],
    [
      'to the extent possible',
      '§6.2',
      'I forbindelse med revisionen inddrages brugere og pårørende i det omfang, det er muligt.',
      'I forbindelse med revisionen inddrages brugerrådet og en repræsentant for de pårørende.',
    ],
    [
      'where it can be done',
      '§4.1.10',
      'Vi inddrager brugerne i planlægningen af tilbuddene, hvor det lader sig gøre.',
      'Vi inddrager brugerne i planlægningen af tilbuddene gennem brugerrådet, som mødes hvert kvartal.',
    ],
    [
      'strived for, with its figure',
      '§4.1.6',
      'Vi bestræber os på, at behandlingen starter senest 14 dage efter din henvendelse.',
      'Behandlingen starter senest 14 dage efter din henvendelse til kommunen.',
    ],
    ['taken back after »men«', '§4.1.7', 'Du kan søge om frit valg, men ansøgninger imødekommes normalt ikke.', choice],
    [
      'left to the behandler',
      '§4.1.10',
      'Spørg din behandler, hvordan du kan få indflydelse på din behandling.',
      'Du har indflydelse på din behandling: du lægger din behandlingsplan sammen med din behandler, og vi spørger hvert år til din tilfredshed.',
    ],
  ]);
});

describe('the guarantee and the follow-up kept only by default or with exceptions left unnamed are not promised; the citizen’s own wish, or a default in another clause, leaves them', () => {
  const guarantee = 'Behandlingen starter senest 14 dage efter din henvendelse';
  const statuses = 'for borgere udskrevet som færdigbehandlet, til andet tilbud, til hospital eller med anden årsag';
  const followUp = `Vi følger op 1 og 6 måneder efter afsluttet behandling ${statuses}`;
  expectNoAnswerBesideTwin([
    ['follow-up by default', '§4.2', `Vi følger som udgangspunkt op 1 og 6 måneder efter afsluttet behandling ${statuses}.`, `${followUp}.`],
    [
      'follow-up as the main rule',
      '§4.2',
      `Som hovedregel følger vi op 1 og 6 måneder efter afsluttet behandling ${statuses}.`,
      `${followUp}, hvis du ønsker det.`,
    ],
    [
      'follow-up unless special circumstances',
      '§4.2',
      `${followUp}, medmindre særlige forhold gør sig gældende.`,
      `${followUp}, medmindre du ikke ønsker det.`,
    ],
    [
      'follow-up left out in the next sentence',
      '§4.2',
      `${followUp}. Opfølgningen kan dog undlades i særlige tilfælde.`,
      `${followUp}. Opfølgningen sker pr. telefon.`,
    ],
    ['by default', '§4.1.6', 'Behandlingen starter som udgangspunkt senest 14 dage efter din henvendelse.', `${guarantee}.`],
    [
      'by default, first',
      '§4.1.6',
      'Som udgangspunkt starter behandlingen senest 14 dage efter din henvendelse.',
      `${guarantee}, og som udgangspunkt allerede efter en uge.`,
    ],
    [
      'as the main rule',
      '§4.1.6',
      'Du tilbydes som hovedregel behandling senest 14 dage efter din henvendelse.',
      'Du tilbydes behandling senest 14 dage efter din henvendelse.',
    ],
    ['in most cases, last', '§4.1.6', `${guarantee} i de fleste tilfælde.`, `${guarantee}, i de fleste tilfælde hurtigere.`],
    ['unless special circumstances', '§4.1.6', `${guarantee}, medmindre særlige forhold gør sig gældende.`, `${guarantee}, medmindre du selv ønsker at vente.`],
    ['with exceptions', '§4.1.6', `${guarantee}, men der kan være undtagelser.`, `${guarantee}, men du kan selv vælge at vente.`],
    ['depending on the case', '§4.1.6', `${guarantee}, afhængigt af den konkrete situation.`, `${guarantee}, afhængigt af dine ønsker dog tidligere.`],
    ['exceptions in the next sentence', '§4.1.6', `${guarantee}. Der kan dog være undtagelser.`, `${guarantee}. Der er ingen undtagelser.`],
    ['waived in the next sentence', '§4.1.6', `${guarantee}. I særlige tilfælde kan fristen fraviges.`, `${guarantee}. Ønsker du det, kan fristen forlænges.`],
    ['a default in the next sentence', '§4.1.6', `${guarantee}. Fristen gælder som udgangspunkt.`, `${guarantee}. Fristen gælder for alle.`],
  ]);
});

describe('the readings that take sentences out leave a good answer alone', () => {
  const answers: [string, string, string][] = [
    [
      'a negation, then what is done',
      '§4.1.7',
      'Du behøver ikke at blive i kommunens eget tilbud: du kan frit vælge et andet offentligt eller privat behandlingstilbud, der svarer til det, du er visiteret til.',
    ],
    [
      'a negation as a condition',
      '§4.1.8',
      'Din behandling starter ikke uden en skriftlig behandlingsplan, som du og din behandler udarbejder sammen, og som I følger op på hver tredje måned.',
    ],
    [
      'a restriction after »men«',
      '§4.1.7',
      'Du kan frit vælge et andet offentligt eller privat behandlingstilbud, men det må ikke være dyrere end det tilbud, du er visiteret til.',
    ],
    [
      'a budget condition on one part only',
      '§4.1.13',
      'Alle behandlere er uddannede socialrådgivere eller sygeplejersker og får supervision hver måned og efteruddannelse, i det omfang budgettet tillader det.',
    ],
    [
      'treatment that has ended',
      '§4.2',
      'Når behandlingen er ophørt, kontakter vi dig 1 måned og igen 6 måneder efter, uanset om du er udskrevet som færdigbehandlet, til andet tilbud, til hospital eller af anden årsag.',
    ],
    ['»tidligere« as an adjective', '§6.2', 'Tidligere og nuværende brugere blev hørt ved revisionen af denne kvalitetsstandard.'],
    [
      'what replaced what was',
      '§4.1.10',
      'Brugerrådet blev nedlagt i 2021 og erstattet af åbne brugermøder hver måned, hvor brugerne bliver hørt om tilbuddene.',
    ],
    [
      'a draft discussed by the users',
      '§6.2',
      'Brugerrådet og pårørendeforeningen har drøftet udkastet til denne kvalitetsstandard, og deres bemærkninger er indarbejdet.',
    ],
    [
      'advice followed',
      '§4.1.13',
      'Som Socialstyrelsen anbefaler, har alle behandlere en socialfaglig eller sundhedsfaglig uddannelse, og de får supervision hver måned.',
    ],
    [
      '»vores kommune«',
      '§4.1.7',
      'Vores kommune giver dig frit valg: du kan vælge et andet offentligt eller privat behandlingstilbud, der svarer til det, du er visiteret til.',
    ],
    [
      'the own name without its hyphen',
      '§4.1.7',
      'I Ikast Brande Kommune kan du frit vælge et andet offentligt eller privat behandlingstilbud, der svarer til det, du er visiteret til.',
    ],
    [
      'another kommune that serves this one',
      '§4.1.7',
      'Herning Kommune hjælper os, så du kan frit vælge et andet offentligt eller privat behandlingstilbud, der svarer til det, du er visiteret til.',
    ],
    ['a »plan« from a year now past', '§4.1.11', 'Fra 1. januar 2024 vil egenbetalingen for kost og logi på døgnbehandling være 1.500 kr. om måneden.'],
    ['a conditional that opens with its verb', '§4.1.12', '- Er du utilfreds med afgørelsen, kan du klage til Ankestyrelsen inden fire uger'],
    ['an indirect question', '§4.1.2', 'Hvem der kan få behandling: alle borgere over 18 år med et behandlingskrævende forbrug af hash eller andre stoffer.'],
    [
      'a citation, then the kommune’s own account',
      '§4.1.7',
      'Serviceloven § 101, stk. 5.\n\nBorgeren kan frit vælge mellem offentlige og private behandlingstilbud, der svarer til det tilbud, borgeren er visiteret til.',
    ],
    [
      'alcohol and other substances together',
      '§4.1.7',
      'Frit valg gælder både i alkoholbehandlingen og i behandlingen for andre rusmidler: du kan vælge et andet offentligt eller privat behandlingstilbud.',
    ],
    [
      'a target set by the council',
      '§4.3',
      'Byrådet har fastsat, at 40 % af borgerne er stoffri, 30 % har reduceret deres forbrug og højst 20 % vender tilbage til behandling inden for 12 måneder efter afsluttet behandling.',
    ],
  ];
  it.each(answers)('%s (%s)', (_, requirementId, markdown) => {
    expect(statusOf(requirementId, markdown)).toBe('opfyldt');
  });
});

describe('the law’s rule told as the law’s (»Det følger af serviceloven, at …«, »Efter loven skal …«, »Kommunen skal sikre, at …«) is quoted law, not the kommune’s answer', () => {
  expectNoAnswerBesideTwin([
    [
      '»Det følger af …, at«',
      '§4.1.6',
      'Det følger af serviceloven, at behandlingen skal iværksættes senest 14 dage efter henvendelsen.',
      'Det følger af serviceloven, at du har ret til at starte i behandling senest 14 dage efter din henvendelse.',
    ],
    [
      '»Efter loven skal«',
      '§4.1.6',
      'Efter loven skal behandling iværksættes inden 14 dage.',
      'Efter loven skal du tilbydes behandling senest 14 dage efter, at du har henvendt dig, og hos os starter du som regel inden for en uge.',
    ],
    [
      'a paragraph cited in the attribution',
      '§4.1.6',
      'I henhold til servicelovens § 101, stk. 4, skal behandlingen iværksættes senest 14 dage efter henvendelsen.',
      'I henhold til servicelovens § 101, stk. 4, skal du have tilbudt behandling senest 14 dage efter, at du har henvendt dig.',
    ],
    [
      'the statute’s duty with the kommune for the council',
      '§4.1.7',
      'Kommunen skal sikre, at borgeren kan vælge et andet behandlingstilbud.',
      'Kommunen skal sikre, at du kan vælge et andet offentligt eller privat behandlingstilbud, der svarer til det, du er visiteret til.',
    ],
    [
      'the law as the subject that gives a right',
      '§4.1.7',
      'Loven giver borgeren ret til at vælge et andet offentligt eller privat behandlingstilbud.',
      'Loven giver dig ret til at vælge et andet offentligt eller privat behandlingstilbud, og det hjælper din behandler dig med.',
    ],
    [
      '»Det er lovbestemt, at«',
      '§4.1.6',
      'Det er lovbestemt, at behandlingen skal iværksættes senest 14 dage efter henvendelsen.',
      'Det er lovbestemt, at du skal tilbydes behandling senest 14 dage efter, at du har henvendt dig.',
    ],
    [
      'the kommune’s duty by law',
      '§4.1.9',
      'Kommunen har pligt til at tilbyde en handleplan efter servicelovens § 141.',
      'Kommunen har pligt til at tilbyde dig en handleplan efter servicelovens § 141, og vores mål er, at alle i døgnbehandling får en.',
    ],
    [
      'the law as the subject that demands',
      '§4.2',
      'Bekendtgørelsen kræver, at der følges op på behandlingsplanen 1 og 6 måneder efter afsluttet behandling for personer udskrevet som færdigbehandlet, til andet tilbud, til hospital eller af anden årsag.',
      'Vi følger op på din behandlingsplan 1 og 6 måneder efter afsluttet behandling, når du er udskrevet som færdigbehandlet, til andet tilbud, til hospital eller af anden årsag.',
    ],
  ]);
});

describe('a text written as a job advertisement, minutes, a press release or an answer to a hearing, under a neutral title, is no standard', () => {
  const document = parse(readFileSync(join(root, 'municipalities', 'randers.yml'), 'utf8')) as Record<string, unknown> & { oevrige_afsnit: unknown[] };
  const advertisement = [
    'Vi søger en engageret misbrugsbehandler til vores ambulante behandling. Stillingen er på 37 timer om ugen.',
    'Ansøgningsfrist er den 15. januar 2026. Løn og ansættelsesvilkår efter gældende overenskomst.',
  ].join('\n\n');
  const minutes = ['Til stede: Formand Jens Jensen, Mette Madsen. Afbud: Karen Karlsen.', 'Beslutning: Udvalget tog orienteringen til efterretning.'].join(
    '\n\n',
  );
  /** Randers' standard under a neutral title, with one more section. */
  const checkedWith = (tekst: string, where: 'oevrige_afsnit' | 'bilag' = 'oevrige_afsnit', titel = 'Rusmiddelbehandling') => {
    const section = { noegle: 'andet', overskrift: 'Nyt fra centret', tekst };
    const data = { ...document, titel, undertitel: undefined, [where]: [...((document[where] as unknown[]) ?? []), section] };
    const check = checkSource('art.yml', new TextEncoder().encode(stringify(data, { lineWidth: 0 })), '2026-11-23');
    if (!check.valid) throw new Error(`invalid: ${JSON.stringify(check.diagnostics)}`);
    return check.findings.filter((finding) => /^§[45]\./.test(finding.requirement.id));
  };
  const met = (findings: ReturnType<typeof checkedWith>) => findings.filter((finding) => finding.status === 'opfyldt').length;

  const pressRelease = [
    'Randers, 3. februar 2026. Rusmiddelcentret har oprettet et brugerråd, som mødes hver måned.',
    'For yderligere information kontakt presseansvarlig Ole Olsen.',
  ].join('\n\n');
  const hearing = [
    'Brugerrådet takker for muligheden for at afgive høringssvar til udkastet.',
    'Brugerrådet foreslår, at alle får en behandlingsplan inden for 14 dage.',
    'Med venlig hilsen Brugerrådet',
  ].join('\n\n');

  it('meets nothing, and says so where the text shows it', () => {
    for (const [tekst, art] of [
      [advertisement, 'stillingsopslag'],
      [minutes, 'referat'],
      [pressRelease, 'pressemeddelelse'],
      [hearing, 'høringssvar'],
    ] as const) {
      const findings = checkedWith(tekst);
      expect(met(findings), art).toBe(0);
      for (const finding of findings) {
        expect(
          finding.messages.map((message) => message.code),
          art,
        ).toEqual(['anden-dokumentart-tekst']);
        expect(finding.messages[0]!.args, art).toMatchObject({ art });
        expect(finding.path, art).toEqual(['oevrige_afsnit', document.oevrige_afsnit.length]);
      }
    }
  });

  it('not by one mark alone, in an annex, or where the title says it is a standard', () => {
    const asWritten = met(checkedWith('Centret ligger tæt på banegården.'));
    expect(asWritten).toBeGreaterThan(5);
    expect(met(checkedWith('Medarbejderne er ansat efter gældende overenskomst. Hvis du har meldt afbud, får du en ny tid.'))).toBe(asWritten);
    expect(met(checkedWith('Vi søger en løsning sammen med dig, hvis du har brug for en ny tid.'))).toBe(asWritten);
    expect(met(checkedWith('Randers, 3. februar 2026. Brugerrådet har afgivet høringssvar til udkastet til standarden.'))).toBe(asWritten);
    // A foreword signed as a letter with a view of the council's, and a standard's last word on where to learn more.
    expect(met(checkedWith('Byrådet mener, at alle skal have hjælp hurtigt.\n\nMed venlig hilsen\n\nBorgmester Torben Hansen'))).toBe(asWritten);
    expect(met(checkedWith('Randers, 3. februar 2026.\n\nFor yderligere information kontakt Rusmiddelcentret på telefon 89 15 15 15.'))).toBe(asWritten);
    // How to cancel an appointment, beside the committee's having taken the standard to note.
    expect(met(checkedWith('Afbud: Ring til Rusmiddelcentret, hvis du ikke kan komme.\n\nSocialudvalget tog standarden til efterretning.'))).toBe(asWritten);
    expect(met(checkedWith(minutes, 'bilag'))).toBe(asWritten);
    expect(met(checkedWith(minutes, 'oevrige_afsnit', 'Kvalitetsstandard for rusmiddelbehandling'))).toBe(asWritten);
  });

  it('minutes known by the administration’s recommendation with the body’s decision, without a list of those present; one of them alone is no mark of minutes', () => {
    const recommendation = 'Social- og Sundhedsforvaltningen indstiller, at udvalget godkender udkastet til kvalitetsstandard.';
    for (const tekst of [
      `${recommendation}\n\nUdvalget godkendte indstillingen.`,
      `Forvaltningen indstiller at byrådet tager orienteringen til efterretning.\n\nByrådet tog orienteringen til efterretning.`,
      `Indstilling: Direktøren indstiller, at Socialudvalget anbefaler forslaget.\n\nSocialudvalget fulgte indstillingen.`,
    ]) {
      const findings = checkedWith(tekst);
      expect(met(findings), tekst).toBe(0);
      expect(findings[0]!.messages[0]!.args, tekst).toMatchObject({ art: 'referat' });
    }
    const asWritten = met(checkedWith('Centret ligger tæt på banegården.'));
    expect(met(checkedWith(recommendation))).toBe(asWritten);
    expect(met(checkedWith('Socialudvalget godkendte forslaget om et brugerråd i 2024, og rådet mødes fire gange om året.'))).toBe(asWritten);
  });
});

describe('a person’s words reported as a news article tells them, without quotation marks, are no practice', () => {
  expectNoAnswerBesideTwin([
    [
      'the speaker after the words',
      '§4.1.12',
      'Borgerne kan klage til Ankestyrelsen, hvis de er utilfredse med afgørelsen, understregede rådmanden.',
      'Borgerne kan klage til Ankestyrelsen, hvis de er utilfredse med afgørelsen; klagen sendes først til Rusmiddelcentret inden fire uger.',
    ],
    [
      'the speaker before them, in the past',
      '§4.1.10',
      'Under besøget fortalte lederen, at borgerne bliver inddraget gennem et brugerråd.',
      'Borgerne bliver inddraget gennem et brugerråd, som mødes hver måned.',
    ],
  ]);
});

describe('a requirement’s word about another field: the users of another service, a plan for a subject, board at a school, another document’s making', () => {
  it('§4.1.10: the users of another service, found elsewhere, are not the citizens in treatment', () => {
    const aspect = catalogue['§4.1.10']!.aspects[0]!;
    for (const sentence of [
      'Brugerne af svømmehallen inddrages via et brugerråd.',
      'Biblioteket har et brugerpanel, som mødes fire gange om året.',
      'Brugerinddragelse i IT-projekter sikres gennem test med brugerne.',
    ])
      expect(foundInSection(inOwnStructure('§4.1.10', sentence), aspect), sentence).toBe(false);
    for (const sentence of [
      'Brugerne af behandlingstilbuddet inddrages via et brugerråd.',
      'Centret har et brugerpanel, som mødes fire gange om året.',
      'Brugerne inddrages gennem et brugerråd, som mødes hver måned.',
    ])
      expect(foundInSection(inOwnStructure('§4.1.10', sentence), aspect), sentence).toBe(true);
  });
  it('§4.1.9: a plan for a subject or a period is a policy’s, not a § 141 plan for a person', () =>
    expectTwins(
      '§4.1.9',
      'handleplaner',
      [
        'Handleplanen for trafiksikkerhed koordineres med politiet.',
        'Kommunen har en handleplan for klimatilpasning, som følges op årligt.',
        // The treatment's place names where the subject is, not whom the plan is for.
        'Der udarbejdes en handleplan for arbejdsmiljøet på Rusmiddelcentret, som følges op hvert år.',
      ],
      [
        'Handleplanen for den enkelte borger koordineres med politiet.',
        'Kommunen har en handleplan for hver borger i behandling, som følges op årligt.',
        'Der udarbejdes en handleplan for borgere på døgnbehandling, som følges op hvert år.',
      ],
    ));
  it('§4.1.7: a choice the citizen pays for is not the free choice the kommune pays; paying the difference for a dearer one leaves it', () =>
    expectTwins(
      '§4.1.7',
      'frit-valg',
      [
        'Hvis du har økonomi til det, kan du vælge et privat behandlingssted.',
        'Du kan vælge et privat behandlingssted, hvis du selv betaler.',
        'Du kan vælge et privat behandlingstilbud for egen regning.',
      ],
      [
        'Du kan frit vælge et andet privat behandlingstilbud, og vælger du et dyrere, kan du det, hvis du selv betaler forskellen.',
        'Du kan vælge et privat behandlingssted, som kommunen betaler.',
      ],
    ));
  it('§6.2: users told of the standard only, or after it is adopted, had no part in making it', () =>
    expectTwins(
      '§6.2',
      'brugerrepraesentanter',
      ['Brugerrådet bliver orienteret om standarden, når den er vedtaget.', 'Standarden sendes til orientering i brugerrådet efter byrådets godkendelse.'],
      [
        'Brugerrådet er blevet hørt om udkastet til standarden, før byrådet vedtog den.',
        'Standarden sendes i høring i brugerrådet, inden den sendes til byrådets godkendelse.',
      ],
    ));
  it('§4.1.11: board and lodging at a place of another kind', () =>
    expectTwins(
      '§4.1.11',
      'kostOgLogi',
      ['Betaling for kost og logi på efterskolen er 2.500 kr. om ugen.'],
      ['Betaling for kost og logi på behandlingshjemmet er 2.500 kr. om måneden.', 'Betaling for kost og logi i perioden på døgntilbuddet er 75 kr. pr. døgn.'],
    ));
  it('§6.2: the making of another of the kommune’s documents', () =>
    expectTwins(
      '§6.2',
      'brugerrepraesentanter',
      ['Brugerne af idrætsanlæggene blev inddraget i udarbejdelsen af idrætspolitikken.'],
      ['Brugerne af rusmiddelcentret blev inddraget i udarbejdelsen af kvalitetsstandarden.'],
    ));
});

describe('what is not yet decided, or decided later, and guidelines said to be missing are no answer', () => {
  const moveCards = 'Unge under 25 år i MOVE-forløb får et gavekort på 100 kr. for hvert andet fremmøde; det aftales med behandleren.';
  expectNoAnswerBesideTwin([
    ['no guidelines set', '§4.1.15', 'Der er ikke fastsat retningslinjer for anvendelse af gavekort.', 'Kommunen anvender ikke gavekort i behandlingen.'],
    ['guidelines not yet written', '§4.1.15', 'Retningslinjerne for brug af gavekort er endnu ikke udarbejdet.', moveCards],
    [
      'not yet decided whether',
      '§4.1.15',
      'Kommunen har endnu ikke besluttet, om der skal anvendes gavekort.',
      'Kommunen har besluttet, at unge under 25 år i MOVE-forløb får et gavekort på 100 kr. for hvert andet fremmøde.',
    ],
    [
      'the future effort planned in the course of a year',
      '§4.5',
      'Den fremtidige indsats planlægges i løbet af 2026.',
      'I 2027 åbner vi et nyt tilbud til unge under 25 år.',
    ],
    [
      'the users’ part planned in the course of a year',
      '§4.1.10',
      'Brugerinddragelsen planlægges i løbet af 2026.',
      'Brugerinddragelsen sikres gennem et brugerråd, som mødes hver måned, og ved at din behandlingsplan udarbejdes sammen med dig.',
    ],
  ]);
});

describe('a complaint, values, a service level or a political goal of another field', () => {
  it('§4.1.12: a complaint over something else than a decision, the treatment, the case or the staff', () =>
    expectTwins(
      '§4.1.12',
      'klageadgang',
      ['Du kan klage over støj fra naboen til kommunens miljøafdeling.', 'Klager over renovationen behandles af Affald og Genbrug.'],
      [
        'Du kan klage over afgørelsen til Ankestyrelsen inden fire uger.',
        'Klager over behandlingen sendes til centerlederen.',
        'Du kan klage over, at du ikke har fået et behandlingstilbud, til Ankestyrelsen.',
      ],
    ));
  const elsewhere = (requirementId: string, aspectId: string, sentence: string) =>
    foundInSection(inOwnStructure(requirementId, sentence), catalogue[requirementId]!.aspects.find((aspect) => aspect.id === aspectId)!);
  it.each([
    ['§4.1.3', 'vaerdier', 'Skolens værdier bygger på fællesskab og trivsel.', 'Behandlingens værdier bygger på fællesskab og trivsel.'],
    [
      '§4.1.3',
      'vaerdier',
      'Vores værdier er åbenhed, respekt og ordentlighed i samarbejdet med erhvervslivet.',
      'Vores værdier er åbenhed, respekt og ordentlighed i samarbejdet med borgeren.',
    ],
    [
      '§3.2',
      'politiske',
      'Byrådets politiske målsætning er at skabe flere arbejdspladser i kommunen.',
      'Byrådets politiske målsætning er, at flere borgere med et stofmisbrug kommer i behandling.',
    ],
    [
      '§3.2',
      'serviceniveau',
      'Serviceniveauet for vejvedligeholdelse fastlægges af teknik- og miljøudvalget.',
      'Serviceniveauet for behandlingen fastlægges af socialudvalget: du kan forvente op til to samtaler om ugen.',
    ],
  ])('%s %s, found elsewhere: »%s« is another field’s', (requirementId, aspectId, other, twin) => {
    expect(elsewhere(requirementId, aspectId, other), other).toBe(false);
    expect(elsewhere(requirementId, aspectId, twin), twin).toBe(true);
  });
});

describe('a pointer after a label or to a foundation document, and a heading’s announcement in other verbs', () => {
  itPoints([
    { requirement: '§4.5', aspect: 'fremtid', pointer: 'Den fremtidige indsats: se Rusmiddelstrategi 2025-2028.' },
    { requirement: '§4.1.10', aspect: 'brugerinddragelse', pointer: 'Brugerinddragelsen er nærmere beskrevet i centrets virksomhedsgrundlag.' },
    // A label whose value is only a paragraph of law, as a table's row writes it.
    { requirement: '§4.1.7', aspect: 'frit-valg', pointer: 'Frit valg af behandlingssted: Jf. serviceloven § 101, stk. 5.' },
    {
      requirement: '§4.1.7',
      aspect: 'frit-valg',
      pointer: '| Emne | Beskrivelse |\n| --- | --- |\n| Frit valg af behandlingssted | Jf. serviceloven § 101, stk. 5 |',
    },
  ]);
  it('a label before what is told, or a foundation named with what it says, answers', () => {
    expect(inOwnField('§4.5', 'Den fremtidige indsats: I 2027 åbner vi et nyt tilbud til unge under 25 år.').found).toContain('fremtid');
    const told = 'Ifølge centrets virksomhedsgrundlag har vi et brugerråd, som mødes fire gange om året, og vi måler brugernes tilfredshed hvert år.';
    expect(inOwnField('§4.1.10', told).found).toContain('brugerinddragelse');
    const cited = 'Frit valg af behandlingssted: Du kan frit vælge et andet offentligt eller privat behandlingstilbud, jf. serviceloven § 101, stk. 5.';
    expect(inOwnField('§4.1.7', cited).found).toContain('frit-valg');
  });
  expectNoAnswerBesideTwin([
    [
      '»Her anføres …«',
      '§5.1',
      'Her anføres kommunens kvalitetskrav til døgnbehandlingstilbud, fx krav om godkendelse af Socialtilsynet.',
      'Kommunen stiller krav om, at døgnbehandlingstilbuddene er godkendt af Socialtilsynet og bruger evidensbaserede metoder.',
    ],
  ]);
});

describe('§4.1.13: the staff of another unit is not the treatment’s', () => {
  it('their training', () =>
    expectTwins(
      '§4.1.13',
      'kompetenceudvikling',
      ['Personalet i borgerservice får kursus i kundeservice hvert år.', 'Pædagogerne i daginstitutionerne deltager løbende i efteruddannelse.'],
      ['Personalet i Rusmiddelcentret får kursus i kognitiv terapi hvert år.', 'Medarbejderne i ungeteamet deltager løbende i efteruddannelse.'],
    ));
  it('their qualifications', () =>
    expectTwins(
      '§4.1.13',
      'kvalifikationer',
      ['Personalet i borgerservice er uddannet kontorfunktionærer.'],
      ['Personalet i behandlingsteamet er uddannet socialrådgivere og sygeplejersker.'],
    ));
});

describe('§4.1.4: the organisation of the whole kommune or of another of its fields is not the treatment’s', () => {
  it('in the requirement’s own field and elsewhere', () =>
    expectTwins(
      '§4.1.4',
      'struktur',
      [
        'Rådhuset er organiseret i tre centre: Center for Teknik, Center for Kultur og Center for Børn.',
        'Kommunens organisation består af fem forvaltninger med hver sin direktør.',
      ],
      [
        'Rusmiddelcentret er organiseret i tre teams: Rådgivning, Behandling og Unge.',
        'Centret ledes af en centerleder og hører under Social- og Sundhedsforvaltningen.',
      ],
    ));
});

describe('another of something else, and a guarantee of another kind, are no free choice and no treatment guarantee', () => {
  it('§4.1.7: another doctor, school or time', () =>
    expectTwins(
      '§4.1.7',
      'frit-valg',
      ['Borgeren kan vælge en anden læge.', 'Du har ret til at vælge en anden skole til dit barn.', 'Du kan vælge et andet tidspunkt for samtalen.'],
      [
        'Borgeren kan vælge et andet godkendt behandlingstilbud.',
        'Du kan vælge et andet tidspunkt for samtalen, og du kan også vælge et andet offentligt eller privat behandlingstilbud.',
      ],
    ));
  it('§4.1.6: a guarantee of another service', () =>
    expectTwins(
      '§4.1.6',
      'garanti',
      ['Pasgarantien betyder, at du får dit pas inden for 14 dage.'],
      ['Behandlingsgarantien betyder, at du starter i behandling inden for 14 dage.'],
    ));
});

describe('an opinion (»Vi mener, at …«) is what someone thinks should be, not what is done', () => {
  expectNoAnswerBesideTwin([
    [
      '»Vi mener, at«',
      '§4.1.7',
      'Vi mener, at borgerne skal kunne vælge et andet offentligt eller privat behandlingstilbud.',
      'Borgerne kan vælge et andet offentligt eller privat behandlingstilbud.',
    ],
  ]);
});

describe('what perhaps may be done (»kan eventuelt«, »vil muligvis«) is not done', () => {
  expectNoAnswerBesideTwin([
    ['»kan eventuelt«', '§4.1.10', 'Brugerne kan eventuelt inddrages gennem et brugerråd.', 'Brugerne inddrages gennem et brugerråd, som mødes hver måned.'],
    ['»kan muligvis«', '§4.1.10', 'Der kan muligvis oprettes et brugerråd.', 'Der er oprettet et brugerråd, som mødes hver måned.'],
    [
      '»vil muligvis«',
      '§6.2',
      'Brugerrådet vil muligvis blive hørt om kvalitetsstandarden.',
      'Brugerrådet er blevet hørt om udkastet til kvalitetsstandarden, og deres bemærkninger er indarbejdet.',
    ],
    [
      'an option given to the reader stays one',
      '§4.1.10',
      'Brugerinddragelsen kan eventuelt ske gennem et brugerråd.',
      'Du kan eventuelt selv være med i brugerrådet, som mødes hver måned.',
    ],
  ]);
});

describe('news, minutes and advertisements inside a standard: days ago, told at a meeting, staff wanted', () => {
  expectNoAnswerBesideTwin([
    [
      'yesterday, in the middle of the sentence',
      '§4.1.10',
      'Rusmiddelcentret fik i går besøg af ministeren, som hørte om brugerrådet, der mødes hver måned.',
      'Rusmiddelcentret har et brugerråd, der mødes hver måned.',
    ],
    [
      'last week',
      '§4.1.10',
      'Sidste uge holdt brugerrådet sit første møde, hvor 12 borgere deltog.',
      'Brugerrådet holder møde hver måned, og alle borgere kan deltage.',
    ],
    [
      'told at a meeting, in the passive',
      '§4.1.7',
      'Under mødet blev det oplyst, at borgerne kan vælge et andet offentligt eller privat behandlingstilbud.',
      'Borgerne kan vælge et andet offentligt eller privat behandlingstilbud.',
    ],
    [
      'told at a meeting, by whom',
      '§4.1.12',
      'Forvaltningen oplyste på mødet, at borgerne får en skriftlig afgørelse inden 14 dage og kan klage til Ankestyrelsen inden fire uger.',
      'Borgerne får en skriftlig afgørelse inden 14 dage og kan klage til Ankestyrelsen inden fire uger.',
    ],
    [
      'staff wanted',
      '§4.1.15',
      'Vi søger en engageret misbrugsbehandler, der kan stå for gavekortordningen i MOVE, hvor borgerne får 100 kr. for hvert andet fremmøde.',
      'En misbrugsbehandler står for gavekortordningen i MOVE, hvor borgerne får 100 kr. for hvert andet fremmøde.',
    ],
    [
      'the reader as the one employed',
      '§4.1.8',
      'Som misbrugsbehandler skal du udarbejde behandlingsplaner sammen med borgerne og følge op på dem hver tredje måned.',
      'Din behandler udarbejder behandlingsplanen sammen med dig, og I følger op på den hver tredje måned.',
    ],
  ]);
});

describe('what can be done only when needed or in some cases, and a pointer to the budget', () => {
  expectNoAnswerBesideTwin([
    [
      '»kan efter behov«',
      '§4.1.13',
      'Behandlerne er uddannede socialrådgivere og sygeplejersker. Personalet kan efter behov tilbydes supervision.',
      'Behandlerne er uddannede socialrådgivere og sygeplejersker. Personalet får supervision hver måned og kan efter behov få ekstra sparring.',
    ],
    [
      '»vil i nogle tilfælde kunne«',
      '§4.1.7',
      'Borgeren vil i nogle tilfælde kunne vælge et andet behandlingstilbud.',
      'Borgeren kan vælge et andet offentligt eller privat behandlingstilbud, der svarer til det, borgeren er visiteret til.',
    ],
  ]);
  itPoints([{ requirement: '§3.2', aspect: 'serviceniveau', pointer: 'Serviceniveauet fremgår af kommunens budget.' }]);
});

describe('§5.1: care for children placed outside the home is not the residential treatment the kommune uses', () => {
  it('in the requirement’s own field and elsewhere', () =>
    expectTwins(
      '§5.1',
      'kvalitetskrav',
      ['Døgninstitutioner for børn skal være godkendt af Socialtilsynet.', 'Opholdssteder for anbragte børn skal have uddannet personale.'],
      [
        'Døgnbehandlingstilbuddene skal være godkendt af Socialtilsynet.',
        'Døgninstitutioner for børn og unge med et stofmisbrug skal være godkendt af Socialtilsynet.',
      ],
    ));
});

describe('§5.1 elsewhere: »døgnet rundt« is a time of day, not the residential offers', () => {
  const aspect = catalogue['§5.1']!.aspects.find((candidate) => candidate.id === 'kvalitetskrav')!;
  it('staff around the clock at another place is no requirement of residential treatment; at a residential offer it is', () => {
    for (const sentence of [
      'Kommunen stiller krav om, at plejecentrene har uddannet personale døgnet rundt.',
      'Kommunen stiller krav om, at bostederne har uddannet personale hele døgnet.',
    ])
      expect(foundInSection(inOwnStructure('§5.1', sentence), aspect), sentence).toBe(false);
    for (const sentence of [
      'Kommunen stiller krav om, at de døgnbehandlingssteder, vi bruger, har uddannet personale døgnet rundt.',
      'Døgnbehandlingsstederne skal have uddannet personale til stede hele døgnet og være godkendt af Socialtilsynet.',
    ])
      expect(foundInSection(inOwnStructure('§5.1', sentence), aspect), sentence).toBe(true);
  });
});

describe('the forms a wording takes in ordinary Danish: the past participle, the definite plural', () => {
  // (What else is »fulgt op« in the plan's own field is read as the plan's, as »følges op« is.)
  it('§4.1.8: a plan »fulgt op« is followed up, as one that »følges op«', () =>
    expectTwins(
      '§4.1.8',
      'opfoelgning',
      [],
      ['Behandlingsplanen bliver lavet sammen med dig. Den bliver fulgt op hver tredje måned.', 'Din behandlingsplan bliver fulgt op hver tredje måned.'],
    ));

  it('§6.2: representatives of »brugerne«, and users who »har deltaget« in making the standard, are involved; in something else, not', () =>
    expectTwins(
      '§6.2',
      'brugerrepraesentanter',
      [
        'Brugerne har deltaget i udarbejdelsen af deres egen behandlingsplan.',
        'Repræsentanter for borgerne i lokalområdet har deltaget i udarbejdelsen af lokalplanen.',
      ],
      [
        'Repræsentanter for brugerne og de pårørende har været inddraget i revisionen af kvalitetsstandarden.',
        'Brugerne og de pårørende har deltaget i udarbejdelsen af standarden gennem en workshop.',
        'Repræsentanter for borgerne med et misbrug har bidraget til revisionen af standarden.',
      ],
    ));
});

describe('§4.1.2: a list or a line that names the groups without a verb says who the offers are for', () => {
  it('in the requirement’s own field and elsewhere, while the law’s own words in a list, or the group in another sentence, do not', () =>
    expectTwins(
      '§4.1.2',
      'maalgruppe',
      [
        '- Målgruppen for tilbuddene om stofmisbrugsbehandling\n- Pårørende',
        'Borgere med et stofmisbrug kan klage over afgørelsen.',
        '- Borgere over 18 år med et stofmisbrug kan klage til Ankestyrelsen',
      ],
      [
        '- Borgere over 18 år med et stofmisbrug\n- Pårørende til borgere med et stofmisbrug',
        '- Voksne med et forbrug af hash eller andre stoffer\n- Unge mellem 18 og 25 år',
        '- Personer med et misbrug af illegale stoffer',
        'Voksne med et forbrug af hash eller andre stoffer.',
      ],
    ));

  it('»over 18 år« is no restatement of the law’s »under 18 år«, though both say 18; the law’s own bound is', async () => {
    const { restatesLaw } = await import('../src/check/restatement.js');
    const { requirements } = defaultRegulation;
    expect(restatesLaw('Borgere over 18 år med et stofmisbrug', requirements)).toBe(false);
    expect(restatesLaw('Hjemmeboende børn under 18 år', requirements)).toBe(true);
    expect(restatesLaw('Opmærksomhed på hjemmeboende børn under 18 år', requirements)).toBe(true);
  });
});

describe('§4.5: a plan is the future effort until its year has ended', () => {
  const statusOn = (tekst: string, date: string) => {
    const data = {
      kommune: 'Xby Kommune',
      titel: 'Kvalitetsstandard for social behandling for stofmisbrug',
      lovgrundlag: ['Serviceloven § 101'],
      fremtidig_indsats: { tekst },
    };
    const check = checkSource('fremtid.yml', new TextEncoder().encode(stringify(data, { lineWidth: 0 })), date);
    if (!check.valid) throw new Error(`invalid: ${JSON.stringify(check.diagnostics)}`);
    return check.findings.find((finding) => finding.requirement.id === '§4.5')!.status;
  };
  const plans = [
    'I 2021 vil kommunen etablere et nyt tilbud til unge med et stofmisbrug.',
    'Vi vil i 2021 åbne et nyt tilbud til unge og udvide den anonyme rådgivning.',
    'Kommunen vil i løbet af 2021 etablere et ungetilbud for unge med et misbrug.',
  ];
  for (const plan of plans) {
    it(`»${plan}« answers when read in 2020, and is an old edition's plan when read in 2026`, () => {
      expect(statusOn(plan, '2020-06-01')).toBe('opfyldt');
      // (Its own field has text, so the verdict is delvist: the section is there but says no future effort.)
      expect(statusOn(plan, '2026-11-23')).toBe('delvist');
      // The same plan for a year to come answers in 2026.
      expect(statusOn(plan.replace('2021', '2027'), '2026-11-23')).toBe('opfyldt');
    });
  }
});

describe('§3.2: how soon the citizen is answered or seen is a service level the kommune has set', () => {
  it('in the requirement’s own field and elsewhere', () =>
    expectTwins(
      '§3.2',
      'serviceniveau',
      ['Behandlingen iværksættes senest 14 dage efter henvendelsen.', 'Samtalen foregår i et roligt lokale.'],
      [
        'Du bliver kontaktet inden for tre hverdage efter din henvendelse om behandling.',
        'Du får tid til en samtale om dit forbrug inden for 5 hverdage.',
        'Byrådet har besluttet, at borgere med et stofmisbrug skal have en samtale inden for fem hverdage.',
      ],
    ));
});

describe('a table row is a statement of its own: the row beside it on another subject is not its context', () => {
  const table = (rows: [string, string][]) => ['| Emne | Beskrivelse |', '| --- | --- |', ...rows.map(([label, text]) => `| ${label} | ${text} |`)].join('\n');
  const planRow: [string, string] = ['Behandlingsplan', 'Udarbejdes sammen med borgeren ved start og følges op hver 3. måned'];
  // A whole standard written as one table of labels and texts, as many are: under the document's own heading.
  it('§6.2: a user council beside a row on making the plan is no involvement in making the standard; a row that says it is', () => {
    const aspect = catalogue['§6.2']!.aspects.find((candidate) => candidate.id === 'brugerrepraesentanter')!;
    const council = table([planRow, ['Brugerinddragelse', 'Brugerråd med møder fire gange om året og årlig tilfredshedsundersøgelse']]);
    expect(foundInSection(inOwnStructure('§6.2', council), aspect)).toBe(false);
    expectTwins(
      '§6.2',
      'brugerrepraesentanter',
      [],
      [table([planRow, ['Brugerrepræsentanter', 'Brugerrådet har været hørt om udkastet til kvalitetsstandarden']])],
    );
  });
});

describe('§5.1: the condition of free choice, that the place chosen be approved, is the law’s, not the kommune’s requirements of the offers it uses', () => {
  it('in the requirement’s own field and elsewhere', () =>
    expectTwins(
      '§5.1',
      'kvalitetskrav',
      [
        'Du kan vælge at blive behandlet på et andet offentligt eller privat behandlingssted, hvis det er godkendt af Socialtilsynet.',
        'Ønsker du at vælge en anden døgninstitution, skal den være godkendt af Socialtilsynet og registreret på Tilbudsportalen.',
      ],
      [
        'Kommunen bruger kun døgnbehandlingstilbud, der er godkendt af Socialtilsynet.',
        'Vi stiller krav om, at døgntilbuddet har uddannet personale og sender en status hver måned.',
      ],
    ));
});

describe('§4.1.10: the citizen who takes part in deciding the treatment is involved in it', () => {
  it('in the requirement’s own field and elsewhere; the council that takes part in setting rates, or a budget evaluated with citizens, is not', () =>
    expectTwins(
      '§4.1.10',
      'brugerinddragelse',
      ['Byrådet er med til at fastsætte taksterne.', 'Budgettet evalueres sammen med borgerne i lokalrådet.'],
      [
        'Vi evaluerer forløbet sammen med borgeren hver tredje måned.',
        'Du er med til at fastsætte målene, og vi evaluerer forløbet sammen med dig.',
        'Du bliver selv med til at planlægge din behandling.',
        'Behandlingsplanen justeres løbende sammen med dig.',
      ],
    ));
});

describe('§4.1.4: a heading that names the organisation heads the treatment’s structure; a sentence on the kommune’s organisation is another field’s', () => {
  const structureUnder = (overskrift: string) => {
    const data = {
      kommune: 'Xby Kommune',
      titel: 'Kvalitetsstandard for social behandling for stofmisbrug',
      lovgrundlag: ['Serviceloven § 101'],
      forord: { tekst: 'Her kan du læse om kommunens tilbud til borgere med et stofmisbrug.' },
      oevrige_afsnit: [{ noegle: 'a', overskrift, tekst: 'Rusmiddelcentret hører under Socialforvaltningen og har en ungeafdeling og en voksenafdeling.' }],
    };
    const check = checkSource('org.yml', new TextEncoder().encode(stringify(data, { lineWidth: 0 })), '2026-11-23');
    if (!check.valid) throw new Error('invalid');
    return check.findings.find((finding) => finding.requirement.id === '§4.1.4')!;
  };
  for (const heading of ['Organisering', 'Organisation og ledelse', 'Vores organisation']) {
    it(`under »${heading}«`, () => {
      const finding = structureUnder(heading);
      expect(finding.status).not.toBe('mangler');
      expect(finding.sources?.flatMap((source) => source.aspects)).toContain('struktur');
    });
  }
});
