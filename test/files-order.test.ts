/** Municipality files in Danish alphabetical order, without the ICU collator (src/files.ts). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allMunicipalityFiles, danishOrder, slugify } from '../src/files.js';

/** Denmark's 98 kommuner, as they write their names. */
const kommuner =
  'Albertslund Allerød Assens Ballerup Billund Bornholm Brøndby Brønderslev Dragør Egedal Esbjerg Fanø Favrskov Faxe Fredensborg Fredericia Frederiksberg Frederikshavn Frederikssund Furesø Faaborg-Midtfyn Gentofte Gladsaxe Glostrup Greve Gribskov Guldborgsund Haderslev Halsnæs Hedensted Helsingør Herlev Herning Hillerød Hjørring Holbæk Holstebro Horsens Hvidovre Høje-Taastrup Hørsholm Ikast-Brande Ishøj Jammerbugt Kalundborg Kerteminde Kolding København Køge Langeland Lejre Lemvig Lolland Lyngby-Taarbæk Læsø Mariagerfjord Middelfart Morsø Norddjurs Nordfyns Nyborg Næstved Odder Odense Odsherred Randers Rebild Ringkøbing-Skjern Ringsted Roskilde Rudersdal Rødovre Samsø Silkeborg Skanderborg Skive Slagelse Solrød Sorø Stevns Struer Svendborg Syddjurs Sønderborg Thisted Tønder Tårnby Vallensbæk Varde Vejen Vejle Vesthimmerlands Viborg Vordingborg Ærø Aabenraa Aalborg Aarhus'.split(
    ' ',
  );

describe('municipality files in Danish order', () => {
  it("orders every kommune's file name, as written or as `ny` names it, as Danish collation does", () => {
    const names = kommuner.flatMap((name) => [
      `${slugify(name)}.yml`,
      `${slugify(name)}.yaml`,
      `${name}.yml`,
      `${slugify(name)}-2.yml`,
      `${slugify(name)}2.yml`,
    ]);
    const shuffled = names
      .map((name, index) => ({ name, key: (index * 7919) % names.length }))
      .sort((a, b) => a.key - b.key)
      .map(({ name }) => name);
    expect(shuffled.sort(danishOrder)).toEqual([...names].sort((a, b) => a.localeCompare(b, 'da')));
  });

  it('lists a folder in that order: »aa« as å (Faaborg after Fredericia), æ, ø and å after z', () => {
    const folder = mkdtempSync(join(tmpdir(), 'kvalitetsstandard-order-'));
    for (const name of ['aarhus', 'aeroe', 'vordingborg', 'aabenraa', 'faaborg-midtfyn', 'fredericia', 'ærø']) writeFileSync(join(folder, `${name}.yml`), '');
    expect(allMunicipalityFiles(folder).map((file) => basename(file, '.yml'))).toEqual([
      'aeroe',
      'fredericia',
      'faaborg-midtfyn',
      'vordingborg',
      'ærø',
      'aabenraa',
      'aarhus',
    ]);
  });
});
