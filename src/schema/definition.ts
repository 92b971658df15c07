/**
 * The JSON Schema of a kvalitetsstandard, derived from the regulation's requirements so
 * that titles, legal texts and citations are written once (in src/regulations/).
 * `npm run generate` writes it to schema/kvalitetsstandard.schema.json, where editors and
 * Ajv read it.
 *
 * Draft-07, because both Ajv and the VS Code YAML extension (yaml-language-server) support
 * it fully. Only malformed content is invalid; a missing section is a compliance finding.
 */
import {
  builtInRegulations,
  combinedMeasure,
  fullCitation,
  listItems,
  listParameter,
  numberParameter,
  type Regulation,
  type Requirement,
} from '../regulations/index.js';

type JsonSchema = Record<string, unknown>;

const markdown = (title: string, description: string, examples?: string[]): JsonSchema => ({
  type: 'string',
  // A standard annotation: the diff compares such text as printed, every other value as a field.
  contentMediaType: 'text/markdown',
  title,
  description: `${description} Teksten må skrives i Markdown (afsnit, lister, **fed**, links).`,
  ...(examples ? { examples } : {}),
});

const heading: JsonSchema = {
  type: 'string',
  title: 'Overskrift',
  description: 'Afsnittets overskrift, som den står i kommunens dokument. Udelades den, bruges bekendtgørelsens betegnelse.',
  minLength: 1,
};

const text = markdown('Tekst', 'Afsnittets tekst med kommunens egne ord.');

/** Year, year-month or full date, as the document states it (src/dates.ts). */
export const statedDatePattern = '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$';

const date = (title: string, description: string): JsonSchema => ({
  // A bare year is a number in YAML (`dato: 2016`).
  type: ['string', 'integer'],
  pattern: statedDatePattern,
  minimum: 1900,
  maximum: 2100,
  title,
  description: `${description} Skrives som ÅÅÅÅ-MM-DD, fx 2023-11-20. Nævner dokumentet kun måned eller år, skrives ÅÅÅÅ-MM eller ÅÅÅÅ.`,
  examples: ['2023-11-20'],
});

/** `daekker`: the requirements a section answers besides its own (issue: coverage is data). */
function coverage(regulation: Regulation): JsonSchema {
  return {
    type: 'array',
    title: 'Dækker',
    description:
      'De krav i bekendtgørelsen, som afsnittet (også) besvarer, skrevet med kravets id, fx [§4.1.2, §4.1.5]. Tjekket læser så afsnittets tekst, når det vurderer de krav.',
    markdownDescription:
      'De krav i bekendtgørelsen, som afsnittet (også) besvarer, fx `[§4.1.2, §4.1.5]`. Tjekket læser afsnittets tekst, når det vurderer de krav.',
    items: {
      type: 'string',
      enum: regulation.requirements.map((requirement) => requirement.id),
      enumDescriptions: regulation.requirements.map((requirement) => `${requirement.title} (${fullCitation(regulation, requirement)})`),
    },
    uniqueItems: true,
    examples: [['§4.1.2', '§4.1.5']],
  };
}

/** A full calendar date, ÅÅÅÅ-MM-DD: the day the forvaltning made its assessment. */
export const fullDatePattern = '^\\d{4}-\\d{2}-\\d{2}$';

/** The hash of the sections an assessment rests on (src/check/assessments.ts writes it); the prefix keeps YAML from reading it as a number and names the method. */
export const groundsPattern = '^v1-[0-9a-f]{16}$';

/** The four verdicts, in the words the issue and the JSON report use; the format holds them (a forvaltning's assessment), so the check reads them from here. */
export const statuses = ['opfyldt', 'delvist', 'mangler', 'kan ikke vurderes'] as const;

/**
 * `vurderinger`: the forvaltning's own reasoned verdict on a requirement, for what the tool
 * cannot see. Shown beside the tool's finding, never instead of it.
 */
function assessments(regulation: Regulation): JsonSchema {
  const requirementIds = coverage(regulation).items as JsonSchema;
  return {
    type: 'array',
    title: 'Forvaltningens vurderinger',
    description:
      'Forvaltningens egen, begrundede vurdering af et krav, når tjekket ikke kan se det, en person kan. Den vises ved siden af det, tjekket fandt, også for byrådet, og markeres »skal genvurderes«, når de afsnit, den bygger på, ændres.',
    items: {
      type: 'object',
      title: 'Vurdering',
      description: 'Ét krav, forvaltningens status og begrundelsen for den, hvem der har vurderet og hvornår.',
      additionalProperties: false,
      required: ['krav', 'status', 'begrundelse', 'af', 'dato'],
      properties: {
        krav: { ...requirementIds, title: 'Krav', description: 'Kravets id, fx §4.1.2 (se tabellen over kravene).' },
        status: {
          type: 'string',
          title: 'Status',
          description: 'Forvaltningens vurdering: opfyldt, delvist, mangler eller kan ikke vurderes.',
          enum: [...statuses],
        },
        begrundelse: {
          type: 'string',
          minLength: 1,
          pattern: '\\S',
          title: 'Begrundelse',
          description: 'Hvorfor forvaltningen vurderer sådan: hvad i standarden besvarer kravet, eller hvad der mangler. Den vises for byrådet.',
        },
        af: { type: 'string', minLength: 1, pattern: '\\S', title: 'Af', description: 'Hvem der har vurderet, fx navn og afdeling.' },
        dato: {
          type: 'string',
          pattern: fullDatePattern,
          title: 'Dato',
          description: 'Dagen for vurderingen, skrevet som ÅÅÅÅ-MM-DD, fx 2026-11-20.',
          examples: ['2026-11-20'],
        },
        grundlag: {
          type: 'string',
          pattern: groundsPattern,
          title: 'Grundlag',
          description:
            'En kontrolsum af teksten i de afsnit, tjekkets fund bygger på, da vurderingen blev lavet. Skrives af editorens »Registrér forvaltningens vurdering« eller kopieres fra »check«; ændres teksten, skal vurderingen genvurderes.',
        },
      },
    },
  };
}

const url: JsonSchema = {
  type: 'string',
  format: 'uri',
  pattern: '^https?://',
  title: 'Webadresse',
  description: 'En fuld webadresse, der begynder med https:// eller http://.',
  examples: ['https://www.kommune.dk/kvalitetsstandard-stofmisbrug'],
};

const references = (title: string, description: string): JsonSchema => ({
  type: 'array',
  title,
  description,
  items: { type: 'string', minLength: 1 },
  examples: [['Serviceloven § 101', 'Serviceloven § 101a']],
});

/** A section of the document that answers one requirement of the regulation. */
function requirementSection(
  regulation: Regulation,
  requirement: Requirement,
  extraProperties: Record<string, JsonSchema> = {},
  extraSnippet: Record<string, unknown> = {},
): JsonSchema {
  const citation = fullCitation(regulation, requirement);
  return {
    type: 'object',
    title: requirement.title,
    description: `${citation}: »${requirement.legalText}« ${requirement.guidance}`,
    markdownDescription: `**${requirement.title}** ([${citation}](${regulation.eli}))\n\n> ${requirement.legalText}\n\n${requirement.guidance}`,
    'x-krav': { id: requirement.id, lovhenvisning: citation, regelsaet: regulation.id },
    additionalProperties: false,
    properties: { overskrift: heading, tekst: text, daekker: coverage(regulation), ...extraProperties },
    defaultSnippets: [
      {
        label: requirement.title,
        description: requirement.guidance,
        body: { overskrift: requirement.title, tekst: '${1}', ...extraSnippet },
      },
    ],
  };
}

/** Parts of a document that are not a requirement of the regulation: rendered, not judged. */
const otherSection = (regulation: Regulation): JsonSchema => ({
  type: 'object',
  title: 'Afsnit',
  description:
    'Et afsnit med dokumentets egen overskrift, fx en indledning, en ydelse efter en anden paragraf eller et afsnit, der besvarer flere krav på én gang. Tjekket læser også disse afsnit, når det leder efter, hvor et krav er besvaret; skriv kravene i »daekker«, så valget står i filen.',
  additionalProperties: false,
  required: ['noegle', 'overskrift'],
  properties: {
    noegle: {
      type: 'string',
      title: 'Nøgle',
      description: 'Et kort navn til afsnittet med små bogstaver, tal og bindestreg (a-z, 0-9, -), så det kan placeres i praesentation.raekkefoelge.',
      pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
      examples: ['indledning', 'sel-paragraf-85a'],
    },
    overskrift: heading,
    lovgrundlag: references('Lovgrundlag', 'De paragraffer, afsnittet bygger på.'),
    tekst: text,
    daekker: coverage(regulation),
  },
  defaultSnippets: [{ label: 'Afsnit', body: { noegle: '${1:noegle}', overskrift: '${2:Overskrift}', tekst: '${3}' } }],
});

export function buildSchema(regulation: Regulation): JsonSchema {
  const requirement = (id: string): Requirement => {
    const found = regulation.requirements.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`${regulation.id} has no requirement ${id}`);
    return found;
  };
  const section = (id: string, extraProperties?: Record<string, JsonSchema>, extraSnippet?: Record<string, unknown>) =>
    requirementSection(regulation, requirement(id), extraProperties, extraSnippet);
  // The legal values, from the regulation's parameters (written once, in its data).
  const deadlineDays = numberParameter(requirement('§4.1.6'), 'frist_dage');
  const followUpMonths = ['foerste_opfoelgning_maaneder', 'anden_opfoelgning_maaneder'].map((name) => numberParameter(requirement('§4.2'), name));
  const statuses = listParameter(requirement('§4.2'), 'udskrivningsstatusser');
  const [free, reduced, back] = listParameter(requirement('§4.3'), 'maaltal');
  const combined = combinedMeasure(requirement('§4.3'));
  const returnMonths = numberParameter(requirement('§4.3'), 'tilbagevenden_maaneder');
  const revisionYears = numberParameter(requirement('§6.1'), 'revision_aar');

  const residentialOffer: JsonSchema = {
    type: 'object',
    title: 'Døgnbehandlingstilbud',
    description: `Et døgnbehandlingstilbud, kommunen anvender. ${requirement('§5.2').guidance}`,
    additionalProperties: false,
    required: ['navn'],
    properties: {
      navn: { type: 'string', minLength: 1, title: 'Navn', description: 'Tilbuddets navn.' },
      url,
      behandlingsform: markdown('Behandlingsform', 'Hvilken behandling tilbuddet giver.'),
      maalgruppe: markdown('Målgruppe', 'Hvem tilbuddet er for.'),
      kerneydelser: markdown('Kerneydelser', 'Tilbuddets kerneydelser.'),
      personaleforhold: markdown('Personaleforhold', 'Personalets antal, uddannelse og kompetencer.'),
      fysiske_forhold: markdown('Fysiske forhold', 'Bygninger, værelser og omgivelser.'),
      pris: markdown('Pris', 'Prisen, fx pr. døgn, og hvad den dækker.', ['1.850 kr. pr. døgn (2024)']),
      tekst: markdown('Øvrig beskrivelse', 'Andet om tilbuddet.'),
    },
    defaultSnippets: [
      {
        label: 'Døgnbehandlingstilbud',
        body: {
          navn: '${1}',
          behandlingsform: '${2}',
          maalgruppe: '${3}',
          kerneydelser: '${4}',
          personaleforhold: '${5}',
          fysiske_forhold: '${6}',
          pris: '${7}',
        },
      },
    ],
  };

  const residentialRequirement = requirement('§5.2');
  const residentialCitation = fullCitation(regulation, residentialRequirement);

  const targetFigure: JsonSchema = {
    type: 'object',
    title: 'Måltal',
    description: 'Ét måltal: hvad der måles (indikator), tallet i procent, og gerne året det gælder.',
    additionalProperties: false,
    required: ['indikator'],
    properties: {
      indikator: {
        type: 'string',
        title: 'Indikator',
        description: `Hvad måltallet måler: ${free}, ${reduced} (har reduceret misbruget), ${combined} (ét samlet tal for begge) eller ${back} (vender tilbage til behandling inden for ${returnMonths} måneder).`,
        enum: [free, reduced, combined, back],
      },
      graense: {
        type: 'string',
        title: 'Grænse',
        description: 'Om tallet er et minimum (mindst) eller et maksimum (hoejst).',
        enum: ['mindst', 'hoejst'],
      },
      procent: {
        type: 'number',
        minimum: 0,
        maximum: 100,
        title: 'Procent',
        description: 'Måltallet i procent (0-100).',
        examples: [35],
      },
      aar: {
        type: 'integer',
        minimum: 2000,
        maximum: 2100,
        title: 'År',
        description: 'Det år, måltallet gælder for.',
        examples: [2024],
      },
      tekst: markdown('Tekst', 'Måltallet med dokumentets egne ord.'),
    },
    defaultSnippets: [
      {
        label: 'Måltal',
        body: { indikator: `\${1|${[free, reduced, combined, back].join(',')}|}`, graense: '${2|mindst,hoejst|}', procent: 0, aar: 2025 },
      },
    ],
  };

  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Kvalitetsstandard for social behandling for stofmisbrug',
    description: `Én kommunes kvalitetsstandard efter serviceloven § 101, opbygget efter ${regulation.name} (${regulation.id}), §§ 3-6. Felter, der mangler, gør ikke filen ugyldig; de findes af kommandoen check.`,
    'x-regelsaet': regulation.id,
    type: 'object',
    additionalProperties: false,
    required: ['kommune', 'titel'],
    properties: {
      kommune: {
        type: 'string',
        minLength: 1,
        title: 'Kommune',
        description: 'Kommunens navn, fx »Randers Kommune«.',
        examples: ['Randers Kommune'],
      },
      titel: {
        type: 'string',
        minLength: 1,
        title: 'Titel',
        description: 'Dokumentets titel, som den står på forsiden.',
        examples: ['Kvalitetsstandard for social behandling for stofmisbrug'],
      },
      undertitel: { type: 'string', title: 'Undertitel', description: 'En eventuel undertitel.' },
      regelsaet: {
        // Not an enum: a regulation loaded at run time (--regelsaet-mappe) is known only then; validate checks the id.
        type: 'string',
        minLength: 1,
        examples: builtInRegulations.map((known) => known.id),
        title: 'Regelsæt',
        description: `Den bekendtgørelse, standarden vurderes efter, fx ${regulation.id} (${regulation.name}). Udelades feltet, vurderes standarden efter den, der gælder på vurderingsdatoen.`,
      },
      lovgrundlag: references('Lovgrundlag', 'De love og paragraffer, dokumentet bygger på, som dokumentet selv nævner dem.'),
      godkendelse: {
        type: 'array',
        title: 'Godkendelse',
        description: `Hvem der har godkendt standarden og hvornår (byråd eller udvalg). Bruges til at vurdere revision mindst hvert ${revisionYears}. år (BEK 1477/2019 § 6, stk. 1).`,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['organ', 'dato'],
          properties: {
            organ: {
              type: 'string',
              minLength: 1,
              title: 'Organ',
              description: 'Det politiske organ, der har godkendt, fx »Byrådet«.',
              examples: ['Byrådet'],
            },
            dato: date('Dato', 'Datoen for godkendelsen.'),
          },
        },
        defaultSnippets: [{ label: 'Godkendelse', body: [{ organ: '${1:Byrådet}', dato: '${2:2025-01-01}' }] }],
      },
      praesentation: {
        type: 'object',
        title: 'Præsentation',
        description: 'Hvordan dokumentet vises i HTML og PDF: rækkefølge, nummerering, farve og logo.',
        additionalProperties: false,
        properties: {
          raekkefoelge: {
            type: 'array',
            title: 'Rækkefølge',
            description:
              'Afsnittenes rækkefølge: feltnavne (fx maalgruppe, visitation) og nøgler på øvrige afsnit og bilag. Et kapitel, der dækker flere afsnit, skrives som en liste, fx [behandlingsplan, opfoelgning]: det første afsnits overskrift bliver kapitlets, de øvrige bliver underafsnit. Afsnit, der ikke nævnes, kommer til sidst i bekendtgørelsens rækkefølge.',
            items: {
              anyOf: [
                { type: 'string', minLength: 1 },
                { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
              ],
            },
            examples: [['forord', 'maalgruppe', ['behandlingsplan', 'opfoelgning'], 'visitation']],
          },
          nummerering: {
            type: 'boolean',
            title: 'Nummerering',
            description: 'Nummerér afsnittenes overskrifter 1, 2, 3 …',
            default: false,
          },
          farve: {
            type: 'string',
            title: 'Farve',
            description: 'Kommunens farve som hex-kode, fx #004b87.',
            pattern: '^#[0-9a-fA-F]{6}$',
            examples: ['#004b87'],
          },
          logo: {
            type: 'string',
            title: 'Logo',
            description: 'Sti til kommunens logo (SVG eller PNG), relativt til YAML-filen.',
          },
          // #11: links in the published page's footer.
          tilgaengelighedserklaering: {
            ...url,
            title: 'Tilgængelighedserklæring',
            description: 'Adressen på kommunens tilgængelighedserklæring for hjemmesiden. Den vises i sidefoden.',
            examples: ['https://www.was.digst.dk/kommune-dk'],
          },
          kontakt: {
            type: 'object',
            title: 'Kontakt',
            description: 'Hvem borgeren kan kontakte om standarden. Vises i sidefoden.',
            additionalProperties: false,
            minProperties: 1,
            properties: {
              navn: { type: 'string', minLength: 1, title: 'Navn', description: 'Fx »Rusmiddelcentret«.' },
              telefon: { type: 'string', minLength: 1, title: 'Telefon', description: 'Fx »89 15 00 00«.' },
              email: { type: 'string', format: 'email', title: 'E-mail', description: 'Fx rusmiddel@kommune.dk.' },
              url: { ...url, title: 'Webadresse', description: 'En side med kontaktoplysninger.' },
            },
          },
        },
      },
      forord: {
        type: 'object',
        title: 'Forord',
        description: 'Et forord eller en indledning før afsnittene.',
        additionalProperties: false,
        properties: { overskrift: heading, tekst: text, daekker: coverage(regulation) },
      },
      serviceniveau: section('§3.2', {
        politiske_maalsaetninger: markdown('Politiske målsætninger og prioriteringer', 'De politiske målsætninger og prioriteringer bag serviceniveauet.'),
      }),
      offentliggoerelse: section('§3.3', { url }, { url: '${2:https://}' }),
      opgaver: section('§4.1.1'),
      maalgruppe: section('§4.1.2'),
      maal_og_vaerdier: section('§4.1.3'),
      organisering: section('§4.1.4'),
      visitation: section('§4.1.5'),
      behandlingsgaranti: section(
        '§4.1.6',
        {
          frist_dage: {
            type: 'integer',
            minimum: 0,
            maximum: 365,
            title: 'Frist i dage',
            description: `Antal dage fra henvendelse til behandlingen iværksættes. Loven kræver højst ${deadlineDays}.`,
            examples: [deadlineDays],
          },
        },
        { frist_dage: deadlineDays },
      ),
      frit_valg: section('§4.1.7'),
      behandlingsplan: section('§4.1.8'),
      handleplaner: section('§4.1.9'),
      brugerinddragelse: section('§4.1.10'),
      betaling: section('§4.1.11'),
      sagsbehandling_og_klageadgang: section('§4.1.12'),
      personale: section('§4.1.13'),
      monitorering: section('§4.1.14'),
      gavekort: section('§4.1.15'),
      opfoelgning: section(
        '§4.2',
        {
          maaneder: {
            type: 'array',
            title: 'Opfølgning efter måneder',
            description: `Hvor mange måneder efter afsluttet behandling der følges op. Loven kræver senest ${followUpMonths[0]} og igen ${followUpMonths[1]}.`,
            items: { type: 'integer', minimum: 0, maximum: 60 },
            uniqueItems: true,
            examples: [followUpMonths],
          },
          udskrivningsstatusser: {
            type: 'array',
            title: 'Udskrivningsstatusser',
            description: `Hvilke afslutninger opfølgningen omfatter: ${statuses.join(', ')}.`,
            items: { type: 'string', enum: [...statuses], 'x-navne': listItems(requirement('§4.2'), 'udskrivningsstatusser').map((item) => item.label) },
            uniqueItems: true,
            examples: [[...statuses]],
          },
        },
        { maaneder: followUpMonths, udskrivningsstatusser: [...statuses] },
      ),
      maaltal: section('§4.3', { maal: { type: 'array', title: 'Måltal', description: 'Måltallene, ét pr. indikator.', items: targetFigure } }),
      hjemmeboende_boern: section('§4.4'),
      fremtidig_indsats: section('§4.5'),
      doegnbehandling: section('§5.1', {
        tilbud: {
          type: 'array',
          title: residentialRequirement.title,
          description: `${residentialCitation}: »${residentialRequirement.legalText}« ${residentialRequirement.guidance}`,
          markdownDescription: `**${residentialRequirement.title}** ([${residentialCitation}](${regulation.eli}))\n\n> ${residentialRequirement.legalText}`,
          'x-krav': { id: residentialRequirement.id, lovhenvisning: residentialCitation, regelsaet: regulation.id },
          items: residentialOffer,
        },
      }),
      revision: section('§6.1', {
        senest_revideret: date('Senest revideret', 'Datoen for seneste revision.'),
        naeste_revision: date('Næste revision', `Den planlagte dato for næste revision (højst ${revisionYears} år efter seneste).`),
      }),
      brugerrepraesentanter: section('§6.2'),
      oevrige_afsnit: {
        type: 'array',
        title: 'Øvrige afsnit',
        description:
          'Dele af dokumentet, der går ud over bekendtgørelsens krav, fx en indledning, ydelser efter andre paragraffer (SEL §§ 10, 11, 85a …) eller alkoholbehandling, eller afsnit med kommunens egne overskrifter, der besvarer et eller flere krav (se »daekker«).',
        items: otherSection(regulation),
      },
      bilag: {
        type: 'array',
        title: 'Bilag',
        description: 'Bilag til sidst i dokumentet, fx »Lovgrundlag« med lovteksten.',
        items: otherSection(regulation),
      },
      vurderinger: assessments(regulation),
    },
  };
}
