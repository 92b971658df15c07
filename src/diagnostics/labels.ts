/**
 * Danish words the tool composes into messages and shows in interfaces: the names of
 * values, what each allowed value of a field means, lists written out, and why a file
 * could not be written.
 */

/** Why a section with text answers nothing (`afsnit-uden-svar`). */
export const hollowWords = {
  pladsholder: 'er kun en pladsholder',
  gengivelse: 'gengiver kun kravets egen ordlyd',
  'om-dokumentet': 'handler kun om standarden selv',
} as const;

/**
 * Danish names of values the tool composes into messages. The discharge statuses' and the
 * måltal's own names are the regulation's data (their parameters' items).
 */
export const terms = {
  /** The one figure a standard may give for the first two måltal together (stoffri eller reduceret). */
  combinedMeasure: {
    label: 'stoffri eller reduceret misbrug',
    description: 'Ét samlet tal for andelen, der er stoffri eller har reduceret misbruget (loven kræver et tal for hver).',
  },
  residentialField: {
    behandlingsform: 'behandlingsform',
    maalgruppe: 'målgruppe',
    kerneydelser: 'kerneydelser',
    personaleforhold: 'personaleforhold',
    fysiske_forhold: 'fysiske forhold',
    pris: 'pris',
  },
} as const;

/** #13: what each allowed value of a field means, for completion and hover in editors (the law's lists: ../schema/editor-hints.ts). */
export const enumDescriptions: Record<string, Record<string, string>> = {
  graense: {
    mindst: 'Måltallet er et minimum: mindst så mange procent.',
    hoejst: 'Måltallet er et maksimum: højst så mange procent.',
  },
  // Issue 17: the forvaltning's own verdict in `vurderinger`.
  status: {
    opfyldt: 'Forvaltningen vurderer, at standarden opfylder kravet.',
    delvist: 'Forvaltningen vurderer, at standarden opfylder kravet delvist.',
    mangler: 'Forvaltningen vurderer, at standarden ikke opfylder kravet.',
    'kan ikke vurderes': 'Forvaltningen kan ikke vurdere kravet ud fra standarden.',
  },
};

/** »a, b og c« */
export function listDanish(items: readonly (string | number)[], conjunction: 'og' | 'eller' = 'og'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

// #10: why a file could not be written, in words a user can act on.
const fileSystemErrors: Record<string, string> = {
  ENOSPC: 'disken er fuld',
  EDQUOT: 'din diskkvote er brugt op',
  EFBIG: 'filen bliver større, end systemet tillader',
  EACCES: 'du har ikke adgang til at skrive der',
  EPERM: 'du har ikke adgang til at skrive der',
  EROFS: 'mappen er skrivebeskyttet',
  ENOTDIR: 'en del af stien er en fil, ikke en mappe',
  EISDIR: 'der ligger en mappe med det navn',
  ENAMETOOLONG: 'stien er for lang',
  EMFILE: 'for mange åbne filer',
  EIO: 'disken svarer ikke (I/O-fejl)',
  ENOENT: 'mappen findes ikke eller kan ikke oprettes her',
  EEXIST: 'der ligger en fil, hvor mappen skulle være',
};

/** Why a file could not be read, where it differs from why one could not be written. */
const readErrors: Record<string, string> = {
  ...fileSystemErrors,
  EACCES: 'du har ikke adgang til at læse den',
  EPERM: 'du har ikke adgang til at læse den',
  ENFILE: 'der er for mange åbne filer',
  EMFILE: 'der er for mange åbne filer',
  EBUSY: 'den er optaget af et andet program',
  ETIMEDOUT: 'drevet, den ligger på, svarer ikke',
  EAGAIN: 'den er ikke klar til at blive læst',
  ENXIO: 'den er ikke en almindelig fil',
  ELOOP: 'den er et link, der peger på sig selv i ring',
};

/** The words of a table for a Node error with its code, or its message when it is no file-system error. */
function errorText(words: Record<string, string>, error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code && words[code]) return `${words[code]} (${code})`;
  return code ?? String((error as Error)?.message ?? error).split('\n')[0]!;
}

/** »disken er fuld (ENOSPC)« for a Node error, or its message when it is no file-system error. */
export const fileSystemErrorText = (error: unknown): string => errorText(fileSystemErrors, error);

/** »du har ikke adgang til at læse den (EACCES)« for an error reading a file (»den«: the file); an unknown code as itself. */
export const fileReadErrorText = (error: unknown): string => errorText(readErrors, error);
