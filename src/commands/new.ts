/**
 * `kvalitetsstandard ny <kommune>`: a new municipality file with every section of the
 * regulation as a commented placeholder that says what the law asks. Valid at once;
 * `check` then lists the placeholders as missing. Never overwrites a file.
 */
import { createExclusive, makeDirectory } from '../write.js';
import { basename, dirname, join, resolve } from 'node:path';
import Handlebars from 'handlebars';
import { stringify } from 'yaml';
import { fileSystemErrorText } from '../diagnostics/labels.js';
import { formatMessage } from '../diagnostics/messages.js';
import { allMunicipalityFiles, municipalitiesDir, sameFile, slugify } from '../files.js';
import { defaultRegulation, findRequirement, fullCitation, listParameter, numberParameter, type Regulation } from '../regulations/index.js';
import { chooseRegulation } from '../regulations/select.js';
import { today } from '../dates.js';
import { builtInTemplate } from '../render/templates.js';
import { UsageError, UserError, type CommandContext } from '../usage.js';
import { notInAName } from '../lint/control-characters.js';

/** Words wrapped to comment lines of at most `width` characters. */
function wrap(text: string, width = 88): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

/** The commented YAML of each section: the fields the schema's snippets offer, with the regulation's values. */
function placeholdersOf(regulation: Regulation): Record<string, string[]> {
  const followUp = findRequirement(regulation, '§4.2');
  const followUpMonths = ['foerste_opfoelgning_maaneder', 'anden_opfoelgning_maaneder'].map((name) => numberParameter(followUp, name));
  return {
    serviceniveau: ['tekst: |', '  Skriv her.', 'politiske_maalsaetninger: |', '  Skriv her.'],
    offentliggoerelse: ['tekst: Standarden offentliggøres på kommunens hjemmeside.', 'url: https://'],
    behandlingsgaranti: ['tekst: |', '  Skriv her.', `frist_dage: ${numberParameter(findRequirement(regulation, '§4.1.6'), 'frist_dage')}`],
    opfoelgning: [
      'tekst: |',
      '  Skriv her.',
      `maaneder: [${followUpMonths.join(', ')}]`,
      `udskrivningsstatusser: [${listParameter(followUp, 'udskrivningsstatusser').join(', ')}]`,
    ],
    maaltal: [
      'tekst: |',
      '  Skriv her.',
      'maal:',
      ...listParameter(findRequirement(regulation, '§4.3'), 'maaltal').flatMap((measure) => [`  - indikator: ${measure}`, '    procent: 0']),
    ],
    doegnbehandling: [
      'tekst: |',
      '  Skriv kommunens kvalitetskrav til døgnbehandlingstilbud her.',
      'tilbud:',
      '  - navn: Tilbuddets navn',
      '    behandlingsform: Skriv her.',
      '    maalgruppe: Skriv her.',
      '    kerneydelser: Skriv her.',
      '    personaleforhold: Skriv her.',
      '    fysiske_forhold: Skriv her.',
      '    pris: Skriv her.',
    ],
    revision: ['tekst: |', '  Skriv her.', 'senest_revideret: ÅÅÅÅ-MM-DD', 'naeste_revision: ÅÅÅÅ-MM-DD'],
  };
}

/** The regulation a file without `regelsaet` is judged against today, as `check` chooses it: its citations are the ones the file will be given. */
function regulationToday(): Regulation {
  const choice = chooseRegulation(undefined, today());
  return choice.ok ? choice.regulation : defaultRegulation;
}

export function newMunicipalityYaml(kommune: string, file: string, regulation = regulationToday()): string {
  const template = Handlebars.compile(builtInTemplate('ny-kommune.yml.hbs').source, { noEscape: true });
  const placeholders = placeholdersOf(regulation);
  const sections = regulation.requirements
    .filter((requirement) => !requirement.field.includes('.'))
    .map((requirement) => {
      const nested = regulation.requirements.filter((other) => other.field.startsWith(`${requirement.field}.`));
      return {
        citation: [requirement, ...nested].map((each) => fullCitation(regulation, each)).join(' og '),
        title: requirement.title,
        lovtekst: [requirement, ...nested].flatMap((each) => wrap(`»${each.legalText}«`)),
        vejledning: [requirement, ...nested].flatMap((each) => wrap(each.guidance)),
        yaml: [
          `${requirement.field}:`,
          `  overskrift: ${requirement.title}`,
          ...(placeholders[requirement.field] ?? ['tekst: |', '  Skriv her.']).map((line) => `  ${line}`),
        ],
      };
    });
  return template({
    // A YAML scalar, quoted where the name needs it (»Foo: Bar«, »#Hash«, »[Liste]«); the comment line gets it on one line.
    kommune: stringify(kommune, { lineWidth: 0 }).trimEnd(),
    titel: 'Kvalitetsstandard for social behandling for stofmisbrug',
    regelsaet: regulation.id,
    regelsaetNavn: regulation.name,
    fil: file,
    afsnit: sections,
  });
}

/**
 * The kommune a name on the command line means, as every other command reads it: »randers.yml«
 * and »municipalities/randers.yml« mean »randers«. A path into another folder is refused, as
 * `ny` writes only into municipalities/.
 */
function kommuneName(arg: string): string {
  const name = arg.trim();
  const isPath = /[\\/]/.test(name);
  if (isPath && resolve(dirname(name)) !== resolve(municipalitiesDir))
    throw new UsageError('ny-uden-for-mappe', { navn: name, mappe: `${municipalitiesDir}/` });
  return isPath || /\.ya?ml$/i.test(name) ? basename(name).replace(/(\.krav)?\.ya?ml$/i, '') : name;
}

export async function runNew({ positionals }: CommandContext): Promise<number> {
  const [arg = '', extra] = positionals;
  if (extra !== undefined) throw new UsageError('for-mange-argumenter', { kommando: 'ny', argument: extra });
  const name = kommuneName(arg);
  if (!name) throw new UsageError('ny-mangler-navn', {});
  const slug = slugify(name);
  // A name is one line of ordinary characters; the file name is made from it by the same rule as every other.
  if (!slug || notInAName.test(name)) throw new UsageError('ny-ugyldigt-navn', { navn: name });
  const kommune = /\bkommune$/i.test(name) ? name : `${name} Kommune`;
  const path = join(municipalitiesDir, `${slug}.yml`);
  // Made before anything is written: a template that cannot be read is its own error, not the folder's.
  const yaml = newMunicipalityYaml(kommune, slug);
  try {
    await makeDirectory(municipalitiesDir);
  } catch (error) {
    throw new UserError('ny-kan-ikke-skrive', { fil: path, detalje: fileSystemErrorText(error) });
  }
  // The kommune's file under another ending (»randers.yaml«) would build into the same folder: build would then refuse both.
  const other = allMunicipalityFiles().find((file) => !sameFile(file, path) && basename(file).replace(/\.ya?ml$/i, '') === slug);
  if (other) {
    process.stderr.write(`kvalitetsstandard: ${formatMessage('ny-findes', { fil: other })}\n`);
    return 1;
  }
  let created: boolean;
  try {
    created = await createExclusive(path, yaml);
  } catch (error) {
    throw new UserError('ny-kan-ikke-skrive', { fil: path, detalje: fileSystemErrorText(error) });
  }
  if (!created) {
    process.stderr.write(`kvalitetsstandard: ${formatMessage('ny-findes', { fil: path })}\n`);
    return 1;
  }
  process.stdout.write(`${formatMessage('ny-oprettet', { fil: path, kommune, navn: slug })}\n`);
  return 0;
}
