/**
 * The versions of the bekendtgørelse on the kvalitetsstandard before and after BEK 1477/2019,
 * with only what the project's sources confirm (../shared/seeds/README.md and issue 18).
 * Whatever is unknown is left out and said in `remark`, never guessed.
 */
import { bek1477of2019Data, bek1477of2019Literals } from '../generated/bek-1477-2019.js';
import { regulationFromCheckedData } from './from-data.js';
import { childrensActAge } from './law-values.js';
import type { Regulation } from './regulation.js';

/** BEK 1477/2019, from its folder's data (compiled by `npm run generate`). */
export const bek1477of2019 = regulationFromCheckedData(bek1477of2019Data, bek1477of2019Literals);

/**
 * Bekendtgørelse nr. 430 af 30/04/2014: Fredericia's 2016 standard was written under it (its
 * title as the standard quotes it). Its requirements are not among the sources, so the tool
 * names it but cannot check a standard against it.
 */
export const bek430of2014: Regulation = {
  id: 'BEK 430/2014',
  name: 'Bekendtgørelse nr. 430 af 30/04/2014',
  longName: 'Bekendtgørelse om kvalitetsstandard for social behandling for stofmisbrug efter § 101 i lov om social service',
  paragraph: '101',
  eli: 'https://www.retsinformation.dk/eli/lta/2014/430',
  number: 430,
  issued: '2014-04-30',
  remark:
    'Kendt fra Fredericia Kommunes standard fra 2016, som er skrevet efter den. Kravene og datoerne for ikrafttræden og ophævelse er ikke bekræftet i projektets kilder, så en standard kan ikke vurderes efter den.',
  requirements: [],
  aspects: bek1477of2019.aspects,
};

/**
 * The bekendtgørelse as reissued when barnets lov took effect on 1 January 2024, with barnets
 * lov in its title: the standard now covers treatment of persons who have turned 18. Its
 * number, date of issue, exact title and address could not be confirmed. Its requirements are
 * those of BEK 1477/2019 (§§ 3, stk. 2, to 6), as the sources state no change to them.
 */
export const reissue2024: Regulation = {
  id: 'BEK genudstedt 2024',
  name: 'Bekendtgørelsen genudstedt ved barnets lov, gældende fra 1/1/2024',
  longName:
    'Bekendtgørelse om afdækning, gavekort og kvalitetsstandard for social behandling for stofmisbrug, genudstedt med barnets lov i titlen (den præcise titel er ikke bekræftet)',
  paragraph: '101',
  validFrom: '2024-01-01',
  remark:
    'Genudstedelsens nummer, udstedelsesdato, præcise titel og adresse på Retsinformation er ikke bekræftet i projektets kilder; id’et »BEK genudstedt 2024« er derfor værktøjets eget. Kravene i §§ 3, stk. 2, til 6 er gengivet efter BEK 1477/2019, da kilderne ikke nævner ændringer i dem. Af bestemmelsen om standarden kendes kun slutningen, og at den står i § 3, stk. 1, er antaget efter BEK 1477/2019.',
  standardProvision: {
    citation: '§ 3, stk. 1',
    text: `… for kommunens tilbud om social behandling for stofmisbrug til personer, der er fyldt ${childrensActAge} år, efter § 101 i lov om social service.`,
  },
  requirements: bek1477of2019.requirements,
  aspects: bek1477of2019.aspects,
};
