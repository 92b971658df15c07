// Expected diagnostics of each fixture in test/fixtures/invalid/: exact code, position and Danish text.
export const invalidFixtures: Record<string, { line: number; column: number; code: string; message: string }[]> = {
  'dato-dansk-format': [
    {
      line: 5,
      column: 11,
      code: 'ugyldig-dato',
      message: '»20.11.2023« er ikke en gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD, fx 2023-11-20; nævner dokumentet kun måned eller år, så ÅÅÅÅ-MM eller ÅÅÅÅ.',
    },
  ],
  'dato-revision': [
    {
      line: 4,
      column: 21,
      code: 'ugyldig-dato',
      message:
        '»november 2023« er ikke en gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD, fx 2023-11-20; nævner dokumentet kun måned eller år, så ÅÅÅÅ-MM eller ÅÅÅÅ.',
    },
  ],
  'dato-ugyldig-dag': [
    {
      line: 5,
      column: 11,
      code: 'ugyldig-dato',
      message: '»2023-02-30« er ikke en gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD, fx 2023-11-20; nævner dokumentet kun måned eller år, så ÅÅÅÅ-MM eller ÅÅÅÅ.',
    },
  ],
  'doegntilbud-uden-navn': [{ line: 5, column: 7, code: 'felt-mangler', message: 'Feltet »navn« mangler i »doegnbehandling.tilbud[0]«. Tilføj det.' }],
  'dublet-maaneder': [
    { line: 4, column: 13, code: 'dublet-i-liste', message: '»opfoelgning.maaneder« indeholder den samme værdi to gange (nr. 1 og nr. 3). Slet den ene.' },
  ],
  'enum-indikator': [
    {
      line: 5,
      column: 18,
      code: 'ugyldig-vaerdi',
      message:
        '»stofri« er ikke en tilladt værdi for »maaltal.maal[0].indikator«. Mente du »stoffri«? Tilladt: stoffri, reduceret, stoffri_eller_reduceret, tilbagevenden_12_maaneder.',
    },
  ],
  'enum-udskrivningsstatus': [
    {
      line: 6,
      column: 7,
      code: 'ugyldig-vaerdi',
      message:
        '»hospitalet« er ikke en tilladt værdi for »opfoelgning.udskrivningsstatusser[1]«. Mente du »hospital«? Tilladt: faerdigbehandlet, andet_tilbud, hospital, anden_aarsag.',
    },
  ],
  'farve-ugyldig': [{ line: 4, column: 10, code: 'ugyldig-farve', message: '»blå« er ikke en farvekode. Skriv »#« og seks hex-cifre, fx #004b87.' }],
  'felt-mangler-i-godkendelse': [{ line: 4, column: 5, code: 'felt-mangler', message: 'Feltet »dato« mangler i »godkendelse[0]«. Tilføj det.' }],
  'felt-mangler-kommune': [{ line: 1, column: 1, code: 'felt-mangler', message: 'Feltet »kommune« mangler. Tilføj det.' }],
  'forkert-type-afsnit-som-tekst': [
    { line: 3, column: 13, code: 'forkert-type', message: '»maalgruppe« skal være en gruppe af underfelter, men er teksten »Voksne over 18 år«.' },
  ],
  'forkert-type-decimal': [
    { line: 4, column: 15, code: 'forkert-type', message: '»behandlingsgaranti.frist_dage« skal være et helt tal, men er tallet 14,5.' },
  ],
  'forkert-type-liste': [
    {
      line: 3,
      column: 14,
      code: 'forkert-type',
      message:
        '»lovgrundlag« skal være en liste (linjer, der begynder med »- «), men er teksten »Serviceloven § 101«. Skriv hvert element på sin egen linje med »- « foran.',
    },
  ],
  'forkert-type-tal-som-tekst': [
    {
      line: 4,
      column: 15,
      code: 'forkert-type',
      message: '»behandlingsgaranti.frist_dage« skal være et helt tal, men er teksten »14 dage«. Skriv kun tallet, fx 14.',
    },
  ],
  'forkert-type-tom-tekst': [
    {
      line: 4,
      column: 9,
      code: 'forkert-type',
      message: '»visitation.tekst« skal være en tekst, men er tom. Skriv en værdi efter kolonet, eller slet feltet.',
    },
  ],
  'ikke-en-gruppe': [
    {
      line: 1,
      column: 1,
      code: 'ikke-en-gruppe',
      message: 'Filen skal bestå af felter på formen »navn: værdi«, fx »kommune: Randers Kommune«, ikke af en liste eller en enkelt tekst.',
    },
  ],
  'ikke-yaml-tekst': [
    {
      line: 1,
      column: 1,
      code: 'ikke-en-gruppe',
      message: 'Filen skal bestå af felter på formen »navn: værdi«, fx »kommune: Randers Kommune«, ikke af en liste eller en enkelt tekst.',
    },
  ],
  'logo-findes-ikke': [
    {
      line: 4,
      column: 9,
      code: 'logo-findes-ikke',
      message: 'Logoet »logo.gif« (praesentation.logo) findes ikke eller er ikke SVG, PNG eller JPEG. Ret stien; den regnes fra YAML-filens mappe.',
    },
  ],
  'noegle-dublet': [
    {
      line: 6,
      column: 13,
      code: 'dobbelt-afsnitsnoegle',
      message: 'Nøglen »indledning« bruges af to afsnit. Giv hvert afsnit under oevrige_afsnit og bilag sin egen nøgle.',
    },
  ],
  // A key that is a requirement's (or the preface's) own field: not »used by two sections«, but reserved.
  'noegle-forbeholdt': [
    {
      line: 4,
      column: 13,
      code: 'forbeholdt-afsnitsnoegle',
      message:
        'Nøglen »opgaver« er forbeholdt kravets eget felt »opgaver« (§4.1.1 Opgaver på stofmisbrugsbehandlingsområdet), så et afsnit under oevrige_afsnit eller bilag kan ikke hedde det. Giv afsnittet en anden nøgle, fx »hvad-kan-behandlingen-bestaa-af«. Skal teksten stå som kravets eget afsnit, så flyt den til feltet »opgaver«.',
    },
    {
      line: 8,
      column: 13,
      code: 'forbeholdt-afsnitsnoegle',
      message:
        'Nøglen »forord« er forbeholdt feltet »forord«, så et afsnit under oevrige_afsnit eller bilag kan ikke hedde det. Giv afsnittet en anden nøgle, fx »forord-til-bilaget«. Skal teksten stå som dokumentets forord, så flyt den til feltet »forord«.',
    },
  ],
  'noegle-ugyldig': [
    {
      line: 4,
      column: 13,
      code: 'ugyldig-noegle',
      message: 'Nøglen »Indledning« må kun indeholde små bogstaver a-z, tal og bindestreger, fx »sel-paragraf-85a«.',
    },
  ],
  'nummerering-tekst': [{ line: 4, column: 16, code: 'forkert-type', message: '»praesentation.nummerering« skal være true eller false, men er teksten »ja«.' }],
  'procent-over-100': [{ line: 6, column: 16, code: 'tal-for-stort', message: '»maaltal.maal[0].procent« må højst være 100, men er 135.' }],
  'raekkefoelge-tal': [
    {
      line: 4,
      column: 30,
      code: 'ugyldig-raekkefoelge',
      message: '»praesentation.raekkefoelge[1]« skal være et afsnitsnavn (fx visitation) eller en liste af afsnitsnavne (fx [behandlingsplan, opfoelgning]).',
    },
  ],
  'raekkefoelge-to-gange': [
    { line: 6, column: 25, code: 'afsnit-to-gange-i-raekkefoelge', message: 'Afsnittet »visitation« står to gange i rækkefølgen. Slet det ene sted.' },
  ],
  'raekkefoelge-ukendt-afsnit': [
    {
      line: 4,
      column: 30,
      code: 'ukendt-afsnit-i-raekkefoelge',
      message:
        'Rækkefølgen nævner afsnittet »visitaton«, som ikke findes i filen. Mente du »visitation«? Brug et feltnavn (fx visitation) eller nøglen på et afsnit under oevrige_afsnit eller bilag.',
    },
  ],
  'regelsaet-ukendt': [
    {
      line: 3,
      column: 12,
      code: 'ugyldig-vaerdi',
      message: '»BEK 1447/2019« er ikke en tilladt værdi for »regelsaet«. Mente du »BEK 1477/2019«? Tilladt: BEK 430/2014, BEK 1477/2019, BEK genudstedt 2024.',
    },
  ],
  'tom-overskrift': [{ line: 4, column: 15, code: 'tom-tekst', message: '»visitation.overskrift« må ikke være tom. Skriv en tekst, eller slet feltet.' }],
  'ukendt-felt-dansk-bogstav': [{ line: 3, column: 1, code: 'ukendt-felt', message: 'Ukendt felt »målgruppe«. Mente du »maalgruppe«?' }],
  'ukendt-felt-forkert-niveau': [{ line: 3, column: 1, code: 'ukendt-felt', message: 'Ukendt felt »frist_dage«. Feltet findes under »behandlingsgaranti«.' }],
  'ukendt-felt-i-afsnit': [{ line: 4, column: 3, code: 'ukendt-felt', message: 'Ukendt felt »overskift«. Mente du »overskrift«?' }],
  'ukendt-felt-stavefejl': [{ line: 3, column: 1, code: 'ukendt-felt', message: 'Ukendt felt »maalgrupe«. Mente du »maalgruppe«?' }],
  'url-uden-protokol': [
    {
      line: 4,
      column: 8,
      code: 'ugyldig-url',
      message: '»www.randers.dk/kvalitetsstandarder« er ikke en gyldig webadresse. Skriv hele adressen med https:// foran, fx https://www.kommune.dk/side.',
    },
  ],
  'yaml-dobbelt-noegle': [
    { line: 5, column: 1, code: 'yaml-dobbelt-noegle', message: 'Feltet »visitation« står to gange. Slet det ene, eller slå teksterne sammen under ét felt.' },
  ],
  'yaml-flere-dokumenter': [
    {
      line: 3,
      column: 1,
      code: 'yaml-flere-dokumenter',
      message: 'Filen indeholder flere YAML-dokumenter (adskilt af »---«). En kvalitetsstandard skal stå i ét dokument pr. fil.',
    },
  ],
  'yaml-indrykning': [
    {
      line: 5,
      column: 5,
      code: 'yaml-felt-indrykning',
      message: '»tekst« er rykket 4 mellemrum ind, men felterne på samme niveau er rykket 2 mellemrum ind. Fjern 2 mellemrum før »tekst«.',
    },
  ],
  'yaml-kolon-i-tekst': [
    {
      line: 3,
      column: 13,
      code: 'yaml-kolon-i-tekst',
      message:
        'Et kolon efterfulgt af mellemrum i en tekst på én linje opfattes som et nyt felt. Sæt teksten i anførselstegn, eller skriv den som en blok med »|« på linjen før.',
    },
  ],
  'yaml-manglende-anfoerselstegn': [
    {
      line: 3,
      column: 13,
      code: 'yaml-anfoerselstegn-lukkes-ikke',
      message: 'Anførselstegnet »"« her lukkes aldrig, så de næste linjer læses som en del af teksten. Tilføj »"« sidst i teksten, eller fjern det.',
    },
  ],
  'yaml-tabulator': [
    {
      line: 4,
      column: 1,
      code: 'yaml-tabulator',
      message: 'Der er brugt tabulator til indrykning. YAML kræver mellemrum: erstat tabulatoren med 2 mellemrum.',
    },
  ],
  'yaml-ukendt-alias': [
    {
      line: 3,
      column: 13,
      code: 'yaml-ukendt-alias',
      message: 'Henvisningen »standard« peger ikke på noget. Fjern »*« foran teksten, eller sæt teksten i anførselstegn.',
    },
  ],
};
