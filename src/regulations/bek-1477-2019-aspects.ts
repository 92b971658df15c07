/**
 * The aspect catalogue of BEK 1477/2019 §§ 3-6: for each requirement, the elements its
 * legal text names, and the wordings by which a kvalitetsstandard expresses them. The
 * elements follow the law's words (»herunder de værdier og normer«, »de konkrete typer af
 * behandlingstilbud«); the wordings follow how such documents are written in general:
 * inflections and compounds, the citizen-facing style (»Hvem kan få hjælp?«, »du kan
 * henvende dig«), and the terms of the field (afdækning, visitationsudvalg, DanRIS).
 *
 * Patterns are matched case-insensitively per sentence. In a pattern, `\<` and `\>` mark
 * the start and end of a word (JavaScript's \b does not know æ, ø and å).
 */
import type { Aspect, AspectCatalogue } from './regulation.js';

/** Letters of Danish text; a class of them is far cheaper for the regex engine than \p{L} with the u flag. */
const letter = 'a-zæøåäöüéèáàâêîôûçñA-ZÆØÅÄÖÜÉÈÁÀÂÊÎÔÛÇÑ';

/**
 * A wording, matched against the sentence in lower case (see `matches` in
 * src/check/document-text.ts): cheaper than the `i` flag. `\p{L}` is a letter of Danish text.
 */
export const rx = (source: string): RegExp => compile(source, '');
/** A wording where capitals matter (an acronym, a name): the `u` flag marks it, and it reads the sentence as written. */
export const rxCase = (source: string): RegExp => compile(source, 'u');

function compile(source: string, flags: string): RegExp {
  const expanded = source
    .replace(/\\</g, `(?<![${letter}0-9])`)
    .replace(/\\>/g, `(?![${letter}0-9])`)
    .replace(/\\p\{Lu\}/g, '[A-ZÆØÅÄÖÜÉ]')
    .replace(/\\p\{L\}/g, `[${letter}]`);
  // Lower-case wordings lose their capitals, but not their escapes (\d, \S).
  const pattern = flags.includes('u') ? expanded : expanded.replace(/\\.|[^\\]+/g, (part) => (part.startsWith('\\') ? part : part.toLowerCase()));
  return new RegExp(pattern, flags);
}

/** Kinds of offer and task on the field; a list of several is an overview. */
const offerKinds = [
  rx(String.raw`\<rådgiv(ning|ende|er\>|e\>)|\<råd og vejledning`),
  rx(String.raw`\<ambulant`),
  rx(String.raw`dagbehandling|\<dagtilbud|dagforløb`),
  rx(String.raw`døgnbehandling|\<døgntilbud|døgnophold|døgninstitution|\<døgnforløb`),
  rx(String.raw`afrusning|afgiftning|abstinensbehandling`),
  rx(String.raw`substitution|\<metadon|buprenorfin|\<lægeordineret heroin`),
  rx(String.raw`efterbehandling|efterværn|\<udslusning|\<opfølgende samtaler`),
  rx(String.raw`gruppe(behandling|forløb|tilbud|samtale|terapi)|\<grupper\>|\<i grupper`),
  rx(String.raw`(individuel|enkelt)\p{L}* (samtale|behandling|forløb|terapi)|\<samtaleforløb`),
  rx(String.raw`familie\p{L}*(behandling|samtale|orienteret|terapi)|pårørende\p{L}*(samtale|gruppe|rådgivning|tilbud|forløb)|parsamtale`),
  rx(String.raw`unge\p{L}*(behandling|tilbud|indsats|rådgivning)|\<for unge\>`),
  rx(String.raw`lægesamtale|lægekonsultation|\<lægelig|sygepleje|sundhedsfaglig (behandling|indsats)|\<sundhedssamtale`),
  rx(String.raw`\<opsøgende|\<mobil\p{L}* (indsats|behandling)|\<hjemmebesøg|\<gadeplan`),
  rx(String.raw`motivation\p{L}*(behandling|forløb|samtale|gruppe)|\<motiverende samtale|\<(kognitiv|mindfulness|mentalisering|\<MI\>)`),
  rx(String.raw`netværks?(behandling|møde|samtale|gruppe|tilbud)|\<recovery\p{L}*(forløb|tilbud|gruppe)|\<peer`),
  rx(String.raw`\<afdækning|\<udredning|visitationssamtale|\<visiter(er|ing)\>`),
  rx(String.raw`\<anonym\p{L}* (rådgivning|behandling)|\<anonymt`),
];

/** Words that describe how a service meets people: several together state its values. */
const valueCues = [
  rx(String.raw`\<respekt`),
  rx(String.raw`\<anerkend`),
  rx(String.raw`helhed(sorienter|ssyn|ligt|sperspektiv)`),
  rx(String.raw`\<motiver(ende|ende tilgang)`),
  rx(String.raw`\<recovery|\<at komme sig`),
  rx(String.raw`rehabiliter`),
  rx(String.raw`\<ligeværd`),
  rx(String.raw`\<tillid`),
  rx(String.raw`\<åbenhed|\<ærlighed|\<gennemsigtig`),
  rx(String.raw`\<ordentlig`),
  rx(String.raw`\<(selv|med)bestemmelse|\<medindflydelse|\<frivillighed`),
  rx(
    String.raw`borgeren i centrum|\<udgangspunkt i (borgerens|dine|dit|din|den enkeltes|den enkelte borgers|personens)|\<borgerens (egne )?(ønsker|mål|ressourcer|perspektiv)`,
  ),
  rx(String.raw`ressource(orienter|fokus|syn)|\<dine ressourcer|\<egne ressourcer`),
  rx(String.raw`\<empowerment|\<myndiggør|\<mestring`),
  rx(String.raw`\<værdighed|\<fordomsfri|\<ikke-dømmende|\<nysgerrig`),
  rx(String.raw`\<skadesreduk|\<skadereduk`),
  rx(String.raw`\<evidens|\<vidensbaser`),
  rx(String.raw`\<tværfaglig|\<sammenhæng\p{L}*`),
  rx(String.raw`\<håb\>|\<optimisme|\<tro på`),
  rx(String.raw`\<fleksib|\<tilgængelig`),
];

const aspect = (value: Aspect): Aspect => value;

/** Less use of drugs: »reduceret deres forbrug«, »nedsat deres misbrug«, »mindsket deres brug af hash«. */
const lessUse = String.raw`(redu[ck]|\<nedsat|\<mindsk|\<nedbragt|\<nedbring)\p{L}* (\p{L}+ ){0,3}\p{L}*(forbrug|misbrug|brug|indtag)`;

/** Coming back to treatment (»vender tilbage til behandling«), not to a home or a job. */
const returnToTreatment = String.raw`(vende[rt]? tilbage (til|i) (\p{L}+ ){0,2}(\p{L}*behandling|misbrug|forbrug|centret|tilbuddet)|vende[rt]? tilbage (inden|indenfor|efter|i løbet|igen)|\<tilbagefald|genindskr|\<returner|\<igen (starte|påbegynde|indskrive)|\<ny(t)? behandlingsforløb)`;

/** Sentences about the field: substance use and its treatment. */
const domain = rx(
  String.raw`misbrug|\<stof(fri|misbrug|brug|behandling|afhængig|forbrug|problem|indtag|relateret)|\<(euforiserende|illegale|psykoaktive) stoffer|rusmiddel|afhængighed|\<narko|\<cannabis|\<hash\>|\<kokain|\<heroin|\<opioid|\<amfetamin|\<metadon|substitutionsbehandling|abstinens|behandlingsgaranti|behandlingstilbud|behandlingsplan|behandlingsforløb|\<§ ?101\>|serviceloven?s? § ?101`,
);

export const bek1477Aspects: AspectCatalogue = {
  domain,
  requirements: {
    '§3.2': {
      topic: rx(String.raw`serviceniveau|\<tilb(ud|yd)|\<ydelser|\<hvad (kan|tilbyder)|\<politisk|\<formål`),
      aspects: [
        aspect({
          id: 'tilbud',
          description: 'en samlet oversigt over de tilbud og ydelser, kommunen giver',
          advice: 'Giv et samlet overblik over kommunens tilbud og ydelser på området, fx rådgivning, ambulant behandling, dagbehandling og døgnbehandling.',
          wordings: [
            rx(
              String.raw`\<(oversigt over|overblik over|følgende) (\p{L}+ ){0,2}(tilbud|ydelser|behandlingstilbud|behandlingsformer)|\<tilbud og ydelser|\<(vi|kommunen|centret|\p{L}+centret|\p{L}+centeret) tilbyder (følgende|disse|forskellige)`,
            ),
          ],
          cues: { wordings: offerKinds, least: 2 },
        }),
        aspect({
          id: 'serviceniveau',
          description: 'det serviceniveau, kommunen har besluttet',
          advice: 'Beskriv det serviceniveau, kommunalbestyrelsen har besluttet: hvad borgeren kan forvente (omfang, varighed, hyppighed).',
          wordings: [
            rx(
              String.raw`serviceniveau|service-niveau|\<det kan du (forvente|ikke forvente)|\<hvad (kan du|du kan) forvente|\<du kan forvente|\<omfang(et)? af (behandlingen|indsatsen|tilbuddet|ydelsen|støtten)|\<varighed(en)? af (behandlingen|forløbet|indsatsen|tilbuddet)|\<(\d+|en|to|tre|fire|fem)-?\d* (samtaler|gange|timer) (om|pr\.?|hver|i) (ugen|uge|måneden|måned)|\<ugentlig\p{L}* (samtale|fremmøde|behandling|møde)|\<varer (\p{L}+ ){0,2}(op til|mellem|højst|mindst|cirka|ca\.|omkring|\d)|\<(op til|højst|mindst|typisk|normalt|ca\.|cirka) (\d+|to|tre|fire|fem|seks|otte|ti|tolv)(-\d+)? (samtaler|sessioner|gruppemøder|behandlingsdage)`,
            ),
          ],
        }),
        aspect({
          id: 'politiske',
          description: 'de politiske målsætninger og prioriteringer bag serviceniveauet',
          advice: 'Beskriv de politiske målsætninger og prioriteringer bag serviceniveauet, i feltet »politiske_maalsaetninger« eller i teksten.',
          wordings: [
            rx(
              String.raw`\<(besluttet|vedtaget|prioriteret) politisk|\<politisk\p{L}* (fokus|mål|prioriter|beslut|vedtag|ønske|vision|strategi|ambition)|\<(byråd|kommunalbestyrelse|\p{L}*udvalg)\p{L}* [^.]{0,60}(har besluttet|har vedtaget|prioriter|har fastsat|lagt vægt|målsætning|har (\p{L}+ )?som mål|ønsker|har sat)|(misbrugs|rusmiddel|social|sundheds|udsatte|handicap)politik|\<(kommunens|byrådets|kommunalbestyrelsens) (vision|strategi|målsætning|prioritering)|\<målsætning(er|en)? for (området|indsatsen|rusmiddel|misbrug|stof)|\<(kommunen|\p{L}+ kommune) prioriterer|\<i (byrådet|kommunalbestyrelsen) (tror|ønsker|vil|mener|prioriterer)|\<(byrådets|kommunalbestyrelsens) (politiske|politik|vision|strategi)`,
            ),
          ],
          // Saying the effort follows the policies is not stating them.
          unless: rx(
            String.raw`\<(i forlængelse af|i tråd med|i overensstemmelse med|i henhold til|jf\.|understøtter|lever op til)\s[^.]{0,80}(politik|målsætning)`,
          ),
        }),
      ],
    },
    '§3.3': {
      aboutDocument: true,
      topic: rx(String.raw`offentligg|\<internet|\<hjemmeside|\<tilgængelig|\<(finde|finder|læse|se) (\p{L}+ ){0,2}(kvalitetsstandard|standarden)`),
      aspects: [
        aspect({
          id: 'offentliggoerelse',
          description: 'at standarden er offentliggjort på internettet',
          advice: 'Skriv, hvor kvalitetsstandarden og opfølgningen på den er offentliggjort på internettet.',
          wordings: [
            rx(
              String.raw`(kvalitetsstandard|standarden|dokumentet|\<den\>)[^.]{0,120}(offentligg[øj]|publicer|\<lægges på|\<lagt på|\<ligger på|\<findes på|\<kan (ses|læses|findes|hentes) på|tilgængelig på)[^.]{0,80}(hjemmeside|internet|\<www\.|https?:|\<net(tet)?\>|\<\p{L}+\.dk\>)`,
            ),
            // »Du finder kvalitetsstandarden på …«, »På kommunens hjemmeside kan du læse standarden«
            rx(
              String.raw`\<(finder|finde|læse|se|hente)\>[^.]{0,40}(kvalitetsstandard|standarden)[^.]{0,80}(hjemmeside|internet|\<www\.|https?:)|(hjemmeside|internet)[^.]{0,60}\<(finder|finde|læse|se|hente)\>[^.]{0,40}(kvalitetsstandard|standarden)`,
            ),
          ],
        }),
        aspect({
          id: 'adresse',
          description: 'adressen på internettet, hvor standarden er offentliggjort',
          advice: 'Skriv adressen (url) i »offentliggoerelse.url«, fx https://www.kommune.dk/kvalitetsstandarder.',
          wordings: [rx(String.raw`(kvalitetsstandard|standarden|dokumentet)[^.]{0,160}(\<www\.|https?://|\<\p{L}+\.dk/)\S+`)],
        }),
      ],
    },
    '§4.1.1': {
      topic: rx(String.raw`\<opgave|\<hvad (kan|tilbyder|laver|gør)|\<tilb(ud|yd)|\<ydelser|\<indhold|\<behandlingen (kan|består)`),
      aspects: [
        aspect({
          id: 'opgaver',
          description: 'de opgaver, kommunen udfører på stofmisbrugsbehandlingsområdet',
          advice: 'Beskriv de opgaver, kommunen udfører på området, fx rådgivning, afdækning, ambulant behandling, dag- og døgnbehandling og opfølgning.',
          wordings: [
            rx(
              String.raw`\<opgave(r|rne)? (på|inden for|indenfor|i|vedrørende|med|om) (\p{L}+ ){0,2}(stof|misbrug|rusmiddel|området|behandling|rådgivning)|\<(varetager|løser|udfører) (\p{L}+ ){0,3}(opgave|behandling|rådgivning)|\<(centrets|centerets|kommunens) opgave(r)?`,
            ),
          ],
          // Two kinds of treatment are offers, not the tasks of the field (which also counsel, reach out, follow up): named, in part.
          cues: { wordings: offerKinds, least: 3, partial: 1 },
        }),
      ],
    },
    '§4.1.2': {
      topic: rx(String.raw`målgruppe|\<hvem\>|\<for hvem|\<kan få hjælp|\<kan jeg få`),
      aspects: [
        aspect({
          id: 'maalgruppe',
          description: 'hvem tilbuddene er for (målgruppen)',
          advice: 'Beskriv, hvem tilbuddene er for: alder, hvilket forbrug eller misbrug, og særlige grupper som unge og pårørende.',
          wordings: [
            rx(
              String.raw`\<målgruppe(n|rne)?( for (\p{L}+ ){0,3})? (er|omfatter|består|udgøres|kan være|tæller)\>|\<målgruppe(n|rne)?( –|:)|\<(tilbud\p{L}*|behandling\p{L}*|indsats\p{L}*|hjælp\p{L}*|rådgivning\p{L}*) (er|gives|tilbydes|retter sig) (\p{L}+ ){0,2}(til|for|mod) (dig|borgere|personer|unge|voksne|alle(?! (hverdage|dage|ugens))|mennesker|den)|\<(borgere|personer|unge|voksne|mennesker|alle)\>( \p{L}+){0,3},? (der|som) (bruger|ryger|tager|indtager|har (et|en|problemer)|er afhængig|kæmper)|\<(er|gives|tilbydes|bevilges|ydes|gælder|er målrettet) (\p{L}+ ){0,2}(til|for) (dig|borgere|personer|unge|voksne|alle|mennesker),? (der|som|over|under|med|mellem|fra)|\<(til|for) (dig|borgere|personer|unge|voksne|mennesker),? (der|som) (har|er|bruger|ønsker|oplever|lever|tager|ryger)|\<(borgere|personer|unge|voksne|mennesker|\p{L}*misbrugere) (over|under|fra|mellem|på|i alderen) \d*|\<(over|under|fyldt) 18 år|\<hvem (kan|der kan) (få|modtage|søge|benytte|bruge)|\<henvender sig til (dig|borgere|personer|unge|voksne|alle|mennesker)|\<omfatter (dig|borgere|personer|unge|voksne|alle)`,
            ),
          ],
          context: rx(String.raw`målgruppe|misbrug|\<stof|rusmiddel|afhængig|\<forbrug|\<hash|\<cannabis|\<behandling|\<rådgivning`),
          // An answer says who may come: the group with what it is offered or whether it is covered, not people named in passing.
          answer: rx(
            String.raw`\<(kan|skal|må) (\p{L}+ ){0,2}(få|modtage|søge|benytte|bruge|henvende|komme|visiteres|optages|deltage)|\<(er|gives|tilbydes|bevilges|ydes|gælder|er målrettet|henvender sig|retter sig|omfatter|er omfattet|være omfattet|omfattes|rummer)\>|\<(tilbud|tilbuddet|tilbuddene|behandlingen|indsatsen|hjælp|rådgivning) (til|for)\>|målgruppe|\<for (dig|borgere|personer|unge|voksne|alle)\>`,
          ),
          // Counting who came (»I 2024 var 412 borgere i behandling, heraf 96 unge under 25 år«) is not saying who may come.
          unless: rx(
            String.raw`\<(var|blev|modtog|havde|fik) (ca\. |over |under )?\d+ (borgere|personer|unge|voksne|brugere)|\<heraf \d+|\<\d+ (procent|%) af (borgerne|brugerne|de unge)`,
          ),
        }),
      ],
    },
    '§4.1.3': {
      topic: rx(String.raw`\<mål|\<formål|\<værdi|\<norm|\<tilgang|\<menneskesyn|\<grundlag`),
      aspects: [
        aspect({
          id: 'maal',
          description: 'det overordnede mål for indsatsen',
          advice: 'Beskriv det overordnede mål for indsatsen, fx at borgeren bliver stoffri eller reducerer sit forbrug og får et bedre liv.',
          wordings: [
            rx(
              String.raw`\<formål|\<(overordne(t|de?)|vores|kommunens|indsatsens|behandlingens|centrets|det) mål\>|\<mål(et|sætningen)? (med|for) (\p{L}+ ){0,2}(indsats|behandling|tilbud|rusmiddel|misbrug|stof)|\<målet er|\<(behandlings|indsats)mål(ene|et)? (for|med|er)|\<er overordnet,? at|\<at (du|borgeren) (stopper|ophører|holder op|nedsætter|reducerer|bliver (stoffri|fri))|\<sigte[rt]? (mod|på)|\<har til (formål|hensigt)|\<skal (medvirke|bidrage|hjælpe|støtte) (til|dig|borgeren)|\<stoffrihed|\<blive stoffri|\<(reducere|nedsætte|mindske|ophøre med|stoppe) (\p{L}+ ){0,2}(forbrug|misbrug|brug)`,
            ),
          ],
          context: rx(String.raw`misbrug|\<stof|rusmiddel|\<forbrug|\<behandling|\<indsats|\<mål`),
          // An answer says what the aim is (stopping, reducing, a better life), not only that there is one.
          answer: rx(
            String.raw`\<at\>|stoffri|\<reduc|\<nedsæt|\<mindsk|\<ophør|\<stop|\<bedre|\<liv|\<kontrol|\<mestr|\<trivsel|\<sundhed|\<job|\<uddannelse|\<komme sig|\<recovery|\<fri for|\<hjælpe|\<støtte|\<sigte|\<hensigt|\<mål(et)? (er|med|for)`,
          ),
        }),
        aspect({
          id: 'vaerdier',
          description: 'de værdier og normer, indsatsen bygger på',
          advice:
            'Beskriv de værdier og normer, indsatsen bygger på (BEK 1477/2019 § 4, stk. 1, nr. 3), fx den tilgang og det menneskesyn, behandlingen møder borgeren med.',
          wordings: [
            rx(
              String.raw`\<værdi(er|erne|grundlag|sæt|mæssig|baseret|baserede)|\<normer|\<menneskesyn|\<etisk|\<etik\>|\<grundlæggende (principper|holdning|tilgang|syn)|\<tror på|\<(bygger|hviler|baserer sig) på (\p{L}+,? ){0,5}(tilgang|syn|princip|værdi|tro|grundlag|tanke)`,
            ),
          ],
          cues: { wordings: valueCues, least: 2 },
          unless: rx(String.raw`gavekort|\<værdien (af|heraf|på)|\<kr\.`),
        }),
      ],
    },
    '§4.1.4': {
      topic: rx(String.raw`organis|\<struktur|\<hvem (får|giver|leverer|står)|\<behandlingstilbud|\<tilbuddene|\<typer af|\<levering|\<leverandør`),
      aspects: [
        aspect({
          id: 'struktur',
          description: 'den organisatoriske struktur omkring behandlingstilbuddene',
          advice:
            'Beskriv, hvordan behandlingen er organiseret: hvem der driver den, hvor den hører til i kommunen, og hvordan myndighed og behandling er delt.',
          wordings: [
            rx(
              String.raw`organisator|organiser|\<organisation|\<forankret|\<hører (ind )?under|\<(er|udgør) en (del|afdeling|enhed) af|\<(varetages|udføres|leveres|foregår|gives|tilbydes|forankres) (\p{L}+ ){0,5}(af|i|på|hos) (kommunens|det kommunale|\p{L}*cent(er|ret|eret)\>|egne|eksterne|private|godkendte|\p{L}*afdeling|\p{L}*forvaltning|eget regi)|\<drives (af|i|som)|\<(centret|centeret|\p{L}+centret|\p{L}+centeret) (udfører|varetager|leverer|har ansvar)|\<(benytter|bruger|anvender|køber) (\p{L}+ ){0,4}som (\p{L}+ )?(leverandør|udfører|behandlingssted)|\<leverandør(en|er)? (af|til) |\<(myndighed\p{L}*|bestiller)[ -]?(og|\/) ?(udfører|leverandør)|\<udfører(del|enhed|funktion)|\<afdeling(en|er)? (for|under|i)|\<(direktør|fag|ressort)område|\<ledelse(n)? (af|i|for)|\<ledes af|\<består af (\p{L}+ ){0,2}(teams?|afdelinger|enheder|tilbud)|\<(team|enhed)(s|et|en|er)? (for|med|i)|\<(kommunens|det) (eget|egne) (tilbud|behandlingstilbud|center|rusmiddelcenter)|\<(køber|købes|anvender|bruger) (\p{L}+ ){0,3}(private|andre kommuners|eksterne|godkendte) (tilbud|leverandører|behandlingssteder)`,
            ),
            // An acronym or a name that runs it: »CFR udfører …«, »foregår … i CFR«, »leveres af Rusmiddelcenter Nord«.
            rxCase(
              String.raw`\<\p{Lu}{2,}\> (udfører|varetager|leverer|har ansvar)|\<(varetages|udføres|leveres|foregår) ([a-zæøå]+ ){0,5}(af|i|på|hos) \p{Lu}|\<\p{Lu}\p{L}*(center|centret|centeret) \p{Lu}\p{L}+ ?\p{Lu}?\p{L}*(afdeling|enhed)(en)?\>|\<henvis(es|er vi) (\p{L}+ ){0,2}til \p{Lu}`,
            ),
          ],
          context: rx(String.raw`misbrug|\<stof|rusmiddel|behandling|\<tilb(ud|yd)|\<rådgivning|\<center|\<centret`),
        }),
        aspect({
          id: 'typer',
          description: 'de konkrete typer af behandlingstilbud, der tilbydes',
          advice: 'Beskriv de konkrete typer af behandlingstilbud, fx ambulant behandling, dagbehandling, døgnbehandling og tilbud til unge og pårørende.',
          wordings: [],
          cues: { wordings: offerKinds, least: 2 },
        }),
      ],
    },
    '§4.1.5': {
      topic: rx(
        String.raw`visitation|\<henvend|\<kontakt|\<kom(me|mer)? (\p{L}+ )?i (gang|behandling|kontakt)|\<sådan (får|søger|starter)|\<søge|\<ansøg|\<adgang|\<hvordan (får|kommer|søger)|\<starte`,
      ),
      aspects: [
        aspect({
          id: 'henvendelse',
          description: 'hvordan borgeren henvender sig og søger om behandling',
          advice: 'Beskriv, hvordan borgeren henvender sig eller søger om behandling: hvor, hvordan (telefon, fremmøde, anonymt) og om det kræver henvisning.',
          wordings: [
            rx(
              String.raw`\<henvend|\<kontakt(e|er|ede)? (os|centret|centeret|kommunen|rådgivning|misbrugs|rusmiddel|\p{L}+centret|\p{L}+centeret|\p{L}+centre|en behandler)|\<ring(e|er)? (til|på)|\<telefon|\<møde op|\<fremmøde|\<uden (tid|aftale|henvisning|tidsbestilling)|\<åben rådgivning|\<åbent hus|\<anonym|\<selvhenvend|\<søge? om (behandling|hjælp|optagelse|støtte)|\<ansøg|\<henvis(es|ning|t)? (fra|af|via|gennem) (din |egen |en )?(læge|sagsbehandler|jobcenter|rådgiver)|\<drop[- ]?in|\<(send|skriv)\p{L}* (os |til os )?(en )?(sms|mail|e-mail|besked)`,
            ),
          ],
          // »Hjælp« alone is any help (»søge om hjælp til transport«), not treatment.
          context: rx(String.raw`misbrug|\<stof|rusmiddel|behandling|\<rådgivning|visitation`),
          // An answer says how to get in touch or apply (a phone, a visit, a referral), not only the word »henvendelse«.
          answer: rx(
            String.raw`\<(kan|skal|må|kan du) (\p{L}+ ){0,3}(henvende|kontakte|ringe|møde|skrive|søge|komme|få en tid|bestille)|\<henvend(er|e)? (dig|sig)|\<ring|\<telefon|\<tlf|\<møde op|\<fremmøde|\<uden (tid|aftale|henvisning|tidsbestilling)|\<åben rådgivning|\<åbent hus|\<anonym|\<selvhenvend|\<ansøg|\<henvis|\<drop[- ]?in|\<sms|\<mail|\<kontakt(e|er|ede)? |\<søge? om|\<(via|gennem|hos) (din |egen |en )?(læge|sagsbehandler|jobcenter|rådgiver)`,
          ),
        }),
        aspect({
          id: 'afgoerelse',
          description: 'hvem der træffer afgørelse om behandling',
          advice: 'Beskriv, hvem der træffer afgørelse om behandling (visitationen), fx et visitationsudvalg eller en myndighedsrådgiver.',
          wordings: [
            rx(
              String.raw`visitation|\<visiter|\<visitator|\<træffe[rs]? (en |\p{L}+ )?(afgørelse|beslutning)|\<afgørelse(n)? (om|træffes|på)|\<beslut(ning|ter|tes)? (om|af)|\<bevilg|\<(myndighed|sagsbehandler|socialrådgiver|rådgiver|udvalg|leder)\p{L}* (vurderer|træffer|beslutter|afgør|godkender)|\<godkend(es|t|else) (af|til)`,
            ),
          ],
          context: rx(String.raw`behandling|\<tilb(ud|yd)|\<forløb|\<ansøgning|\<indskriv|\<visitation`),
          // The citizen deciding for themselves is not who decides on treatment.
          unless: rx(String.raw`\<(du|borgeren|den unge)\> (\p{L}+ ){0,2}(træffer|beslutter|bestemmer|afgør) selv|\<selv (bestemmer|beslutter|træffer)`),
          // An answer says who decides or how the decision is made, not only the word (»Visitation og tildeling«).
          answer: rx(
            String.raw`\<(visiteres|visiteret|visiterer|træffes|besluttes|afgøres|bevilges|bevilget|godkendes|vurderes) (\p{L}+ ){0,4}(af|i|på|til|ud fra)\>|\<(myndighed|sagsbehandler|socialrådgiver|rådgiver|udvalg|leder|visitator|behandler|centret|centeret|kommunen|vi|team)\p{L}* (\p{L}+ ){0,3}(vurderer|træffer|beslutter|afgør|godkender|visiterer|bevilger)|\<visitation(en)? (sker|foregår|foretages|består|finder sted|til|af)|\<(du|borgeren) (\p{L}+ ){0,2}visiteret|\<træffe[rs]? (en |\p{L}+ )?(afgørelse|beslutning)|\<afgørelse(n)? (om|træffes|på)|\<beslut(ning|ter|tes)? (om|af)|\<visitationsudvalg|\<bevilg`,
          ),
        }),
        aspect({
          id: 'vurdering',
          description: 'den vurdering (afdækning eller udredning), visitationen bygger på',
          advice: 'Beskriv den vurdering, visitationen bygger på, fx en afdækning af borgerens forbrug, sociale situation og behov for behandling.',
          wordings: [
            rx(
              String.raw`\<afdæk|\<udred|\<kortlæg|(visitations|indledende|første|afklarende|udrednings|indskrivnings)samtale|\<forsamtale|\<(første|indledende) samtale|\<screening|\<vurder(ing|e|er|es)? (af |om |hvilken |hvilket )?(\p{L}+ ){0,2}(behov|forbrug|misbrug|situation|problem|målgruppe)|\<ASI\>|\<helhedsvurdering|\<vurder\p{L}* [^.]{0,40}\<(hvilken|hvilke|hvilket) (\p{L}+ ){0,2}(hjælp|behandling|tilbud|støtte|indsats)|\<(samlet|faglig|individuel|konkret)\p{L}* vurdering|\<(holder|holdes|afholder|har|får|tilbydes|indkaldes til) (en |\p{L}+ ){0,2}(samtale|møde) (med dig|med borgeren|om)`,
            ),
          ],
          context: rx(String.raw`behandling|\<visitation|\<indskriv|\<henvend|misbrug|\<stof|rusmiddel|\<forbrug`),
        }),
      ],
    },
    '§4.1.6': {
      topic: rx(String.raw`garanti|\<hvornår|\<frist|\<ventetid|\<starte|\<opstart|\<14 dage`),
      aspects: [
        aspect({
          id: 'garanti',
          description: 'behandlingsgarantien',
          advice: 'Beskriv behandlingsgarantien: at behandlingen iværksættes senest 14 dage efter, at borgeren har henvendt sig (SEL § 101, stk. 4).',
          wordings: [
            rx(
              String.raw`garanti|\<(ret|krav) (på|til) (at (få|modtage|starte|påbegynde)|behandling)|\<(senest|inden for|indenfor|højst|inden) (\d+|fjorten|to|tre|fire) (dage|hverdage|uger)`,
            ),
          ],
          // The treatment's guarantee, not a bicycle's: the word alone does not give the subject.
          context: rx(String.raw`behandling|\<iværksæt|\<påbegynd|\<start|\<opstart|\<tilbud|\<henvend`),
          // An answer gives the deadline or the right, not only the word (»Der er behandlingsgaranti«).
          answer: rx(
            String.raw`\<(\d+|en|to|tre|fire|fjorten) (dage|hverdage|uger|arbejdsdage)\>|\<(ret|krav) (på|til)|\<garanter|\<behandlingsgaranti(en)? (betyder|indebærer|gælder|sikrer)`,
          ),
        }),
      ],
    },
    '§4.1.7': {
      topic: rx(String.raw`frit valg|\<frie valg|\<vælge|valgfrihed`),
      aspects: [
        aspect({
          id: 'frit-valg',
          description: 'muligheden for frit valg af behandlingstilbud',
          advice: 'Beskriv borgerens mulighed for frit valg af et andet offentligt eller privat behandlingstilbud (SEL § 101, stk. 5-7).',
          wordings: [
            rx(
              String.raw`\<frit valg|\<frie valg|\<frit (at )?vælge|\<valgfrihed|\<ret(ten)? til (selv )?at vælge|\<vælge (et |at blive behandlet (på|i) et )?(andet|anden|tilsvarende)|\<(kan|må|har mulighed for at) (selv )?vælge (\p{L}+ ){0,4}(behandlingssted|behandlingstilbud|leverandør|privat|offentlig|andet|anden|tilsvarende)|\<(ønske[rs]?|vælge[rs]?) (\p{L}+ ){0,3}(et andet|en anden|et privat) (\p{L}+ ){0,3}(behandlingssted|tilbud|behandlingstilbud|sted|leverandør)|§ ?101,? stk\. ?[5-7]\>`,
            ),
          ],
          context: rx(String.raw`behandling|\<tilbud|\<behandlingssted|\<leverandør|misbrug|\<stof|\<rusmiddel`),
          // An answer says what one may choose, or how, not only that there is a free choice.
          answer: rx(
            String.raw`\<(andet|anden|et andet|privat|offentlig|tilsvarende|godkendt)\p{L}*|\<behandlingssted|\<leverandør|\<(kan|må|har mulighed for at|ret til at) (\p{L}+ ){0,2}vælge|§ ?101|\<ønske|\<betingelse|\<begrænse|\<fristen|\<dig\>|\<du\>`,
          ),
        }),
      ],
    },
    '§4.1.8': {
      topic: rx(String.raw`behandlingsplan|\<plan for|\<din plan`),
      aspects: [
        aspect({
          id: 'udarbejdelse',
          description: 'hvordan behandlingsplanen udarbejdes',
          advice: 'Beskriv, hvordan og hvornår behandlingsplanen udarbejdes sammen med borgeren (SEL § 101, stk. 8).',
          wordings: [rx(String.raw`behandlingsplan|\<plan for (din |borgerens |\p{L}+ )?(behandling|forløb)`)],
          // An answer says how, when or with whom the plan is made, not only that there is one.
          answer: rx(
            String.raw`\<(udarbejde[rs]?|lægge[rs]?|lave[rs]?|laves|skrive[rs]?|lægges|lagt|udfærdige[rs]?|opstille[rs]?)\>|\<sammen med|\<i samarbejde|\<i dialog|\<inden for|\<senest|\<ved (start|begyndelse|opstart)|\<(får|har) (\p{L}+ ){0,2}(behandlingsplan|plan)|\<(indeholder|beskriver|rummer) (\p{L}+ ){0,3}(mål|delmål|indsats)|\<mål (for|med)|\<(din|borgerens) (egen )?plan`,
          ),
        }),
        aspect({
          id: 'opfoelgning',
          description: 'hvordan der følges op på behandlingsplanen',
          advice: 'Beskriv, hvornår og hvordan behandlingsplanen følges op.',
          wordings: [
            rx(String.raw`\<opfølg|\<følge[rs]?( \p{L}+){0,2} op|\<revider|\<justere?s?\>|\<tilpasse?s?\>|\<evaluer|\<status\p{L}*(samtale|møde)|\<løbende`),
          ],
          context: rx(String.raw`plan(en|er|erne|ens)?\>`),
          // An answer says when or how the plan is followed up, not only that it is.
          answer: rx(
            String.raw`\<(hver|hvert|løbende|mindst|senest|måned|uge|gang|samtale|møde|justere|justeres|revidere|revideres|sammen med|status|evaluer|tilpasse|tilpasses|efter behov|undervejs|jævnligt)`,
          ),
        }),
      ],
    },
    '§4.1.9': {
      topic: rx(String.raw`handleplan|indsatsplan`),
      aspects: [
        aspect({
          id: 'handleplaner',
          description: 'kommunens målsætning for handleplaner (SEL § 141)',
          advice: 'Beskriv kommunens målsætning for udarbejdelse, koordinering og opfølgning på handleplaner (SEL § 141).',
          wordings: [rx(String.raw`handleplan|indsatsplan|§ ?141\>`)],
          context: rx(String.raw`§ ?141\>|\<borger|\<koordiner|behandling|misbrug|\<stof|rusmiddel|\<indsats|sagsbehandl|\<udsat|\<dig\>|\<du\>`),
          // An answer states an aim for the plans, or how they are made and coordinated, not only the word.
          answer: rx(
            String.raw`\<målsætning|\<mål(et)? (er|for|med)|\<koordiner|\<udarbejd|\<(tilbydes|tilbyder|får|tilbyde)\>|§ ?141\>|\<sagsbehandler|\<socialrådgiver|\<følge[rs]?( \p{L}+)? op|\<opfølg|\<sammenhæng|\<alle (borgere|personer)|\<(skal|vil) (\p{L}+ ){0,2}(have|få|tilbydes)`,
          ),
        }),
      ],
    },
    '§4.1.10': {
      topic: rx(String.raw`inddrag|\<indflydelse|\<bruger`),
      aspects: [
        aspect({
          id: 'brugerinddragelse',
          description: 'hvordan brugerinddragelsen sikres',
          advice: 'Beskriv, hvordan borgeren og brugerne inddrages, fx i egen behandling, gennem brugerråd eller brugertilfredshedsundersøgelser.',
          wordings: [
            rx(
              String.raw`brugerinddrag|\<bruger(råd|undersøgelse|tilfredshed|møde|repræsentant|bestyrelse|evaluering|panel|gruppe)|\<inddrag\p{L}* (\p{L}+ ){0,2}(dig|borger|bruger|pårørende|personen)|\<(du|borgeren|brugerne|brugeren|personen) (bliver |er |skal |vil blive )?(aktivt )?inddraget|\<medindflydelse|\<indflydelse på|\<medbestemmelse|\<(samskab|medskab)|\<feedback|\<(din|borgerens|borgernes|brugernes|deres) tilfredshed|tilfredshedsm[åa]l|\<tilbagemelding\p{L}* (fra|på) (brugerne|borgerne|dig|borgeren|brugeren)|\<(borgeren|borgerne|du|brugeren|brugerne) (\p{L}+ ){0,2}(deltager|medvirker) (aktivt )?(i|til)|\<(selv )?være med til at (tilrettelægge|planlægge|beslutte|bestemme|sætte)|\<(tilrettelægges|planlægges|udarbejdes) (\p{L}+ ){0,2}(sammen|i samarbejde|i dialog) med (dig|borgeren)|\<ud fra (dine|borgerens|egne) (ønsker|behov|mål)|\<\(?(FIT|ROS)\)?\>|\<(dine|borgerens|egne) (ønsker|mål)( og (ønsker|mål))? (er|bliver|danner)|\<i samarbejde med dig|\<sammen med dig`,
            ),
          ],
          // An answer says how the user is involved (in what, through what), not only that involvement is ensured.
          answer: rx(
            String.raw`\<(ved|gennem|via|i|når|sammen|med|fx|eksempelvis)\>|brugerråd|\<bruger(undersøgelse|tilfredshed|møde|repræsentant|bestyrelse|evaluering|panel|gruppe)|\<feedback|\<tilbagemelding|\<medindflydelse|\<indflydelse|\<ønsker|\<mål\>|\<selv\>|\<deltager|\<medvirker`,
          ),
        }),
      ],
    },
    '§4.1.11': {
      topic: rx(String.raw`betal|\<pris|\<kost|\<logi|\<egenbetaling|\<koster|\<gratis`),
      aspects: [
        aspect({
          id: 'betaling',
          description: 'om og hvad borgeren betaler',
          advice: 'Beskriv, om borgeren betaler for behandlingen, og i givet fald hvad.',
          wordings: [
            rx(
              String.raw`\<betal|(bruger|egen)betaling|\<gratis|\<vederlagsfri|\<(uden|ingen) (udgift|beregning|omkostning|egenbetaling)|\<koste[rt]? (dig )?(ikke|intet|ingenting|noget)|\<(pris|takst)(en)? (for|pr)`,
            ),
          ],
          // »kost« the noun (board), not »koster« (costs): a price alone names no service.
          context: rx(String.raw`behandling|\<ophold|\<kost(en)?\>|\<logi|\<tilb(ud|yd)|\<døgn`),
          // An answer says whether or what the citizen pays, not only the word.
          answer: rx(
            String.raw`\<gratis|\<vederlagsfri|\<(uden|ingen) (udgift|beregning|omkostning|egenbetaling)|\<koste[rt]?|\<kr\.|\<kroner|\<\d+|\<(skal|kan|må) (\p{L}+ ){0,2}betale|\<betale[rs]? (\p{L}+ ){0,2}(selv|for|ikke|intet|ingenting|kost|logi|ophold)|\<betales|\<egenbetaling|\<brugerbetaling|\<ikke\>|\<takst|\<pris|\<beløb|\<ydelse`,
          ),
        }),
        aspect({
          id: 'kostOgLogi',
          description: 'reglerne for betaling for kost og logi',
          advice: 'Beskriv, om og hvordan borgeren betaler for kost og logi, fx under døgnbehandling (SEL § 107 og § 163).',
          // Food as a cost of a stay, not as a subject of health talks (»kost, søvn og motion«).
          wordings: [
            rx(
              String.raw`\<kost og logi|\<logi\>|\<forplejning|\<(ophold|døgnophold)(sbetaling|et)? (og|er|koster|betales)|\<husleje|\<lommepenge|\<egenbetaling for (\p{L}+ ){0,2}(ophold|døgn)|\<(betal\p{L}*|beløb|egenbetaling|udgift\p{L}*|pris\p{L}*) (\p{L}+ ){0,3}(kost|mad)\>|\<(kost|mad)(en)? (\p{L}+ ){0,3}(betal|koster|egenbetaling)`,
            ),
          ],
          // An answer says whether or what the citizen pays for board and lodging, not only the words.
          answer: rx(String.raw`\<(betal|kr|kroner|pris|koster|gratis|selv|egenbetaling|beløb|udgift|takst|ydelse|lommepenge|husleje|forplejning|ikke)|\d`),
        }),
      ],
    },
    '§4.1.12': {
      topic: rx(String.raw`klage|\<sagsbehandling|\<afgørelse|\<dine rettigheder|\<retssikkerhed`),
      aspects: [
        aspect({
          id: 'sagsbehandling',
          description: 'sagsbehandlingen',
          advice: 'Beskriv, hvordan en ansøgning behandles, hvordan borgeren får afgørelsen, og hvor lang tid det tager.',
          wordings: [
            // The case handling, not the caseworker (»din sagsbehandler«).
            rx(
              String.raw`sagsbehandl(ing|es|ede)|\<afgørelse|\<behandlingstid|\<svartid|\<(skriftlig|mundtlig)\p{L}* (svar|afgørelse|begrundelse)|\<partshøring|\<aktindsigt|\<begrundelse|\<frist(en)? for (at (få |give )?)?svar|\<bisidder|\<partsrepræsentant|\<journal|\<(svar|afgørelse) (på|om) (din |en )?ansøgning|\<forvaltningslov|\<retssikkerhedslov|\<behandle[rs]? (din |en |\p{L}+s )?(ansøgning|sag)\>`,
            ),
          ],
          context: rx(String.raw`\<afgørelse|\<ansøgning|\<sag|\<behandling|\<klage|\<visitation|\<bevilg`),
          // An answer says how an application is handled (a deadline, a written answer, the rights), not only the word.
          answer: rx(
            String.raw`\<(svar|afgørelse|frist|uger|dage|skriftlig|mundtlig|partshøring|aktindsigt|begrundelse|bisidder|partsrepræsentant|journal|forvaltningslov|retssikkerhedslov|behandlingstid|svartid)|\<behandle[rs]? |\<behandles|\<\d+`,
          ),
        }),
        aspect({
          id: 'klageadgang',
          description: 'klageadgangen',
          advice: 'Beskriv, hvordan og hvor borgeren kan klage over en afgørelse, og fristen for at klage.',
          wordings: [rx(String.raw`\<klage|\<ankestyrelse|\<genvurder|\<påklage|\<indbring`)],
          // A complaint about a decision, not neighbours complaining about noise.
          context: rx(
            String.raw`\<afgørelse|\<klageadgang|ankestyrelse|\<klagefrist|\<klagevejledning|behandling|\<kommunen|\<sag\>|\<sagen|\<visitation|\<bevilg|\<tilbud`,
          ),
          // An answer says how, where or by when to complain, not only that one may (»Klageadgang«).
          answer: rx(
            String.raw`\<(kan|skal|må|ønsker|vil) (\p{L}+ ){0,3}klage|\<klage(n|r)? (til|over|sendes|skal|kan|indgives|behandles|inden|senest|skriftligt|mundtligt)|ankestyrelse|klagefrist|klagevejledning|\<genvurder|\<påklage|\<indbring|\<klageadgang(en)? (er|til|findes|gælder)|\<klage[rs]? (du|borgeren)`,
          ),
        }),
      ],
    },
    '§4.1.13': {
      topic: rx(String.raw`personale|\<medarbejder|\<kompetence|\<kvalifikation|\<faglig|\<hvem er vi|\<hvem møder|\<behandlerne`),
      aspects: [
        aspect({
          id: 'kvalifikationer',
          description: 'personalets faglige kvalifikationer',
          advice: 'Beskriv personalets uddannelse og faglige baggrund, fx socialrådgivere, sygeplejersker, psykologer og læger.',
          wordings: [
            rx(
              String.raw`uddan|\<kvalifik|\<(behandlerne|personalet|medarbejderne|vi) (er|består af|tæller) [^.]{0,40}(socialrådgiver|sygeplejer|pædagog|psykolog|læge|terapeut|misbrugsbehandler)|\<faggruppe|\<fagligheder|\<(tværfagligt|fagligt) (sammensat|team|personale|medarbejdergruppe)|\<(personalet|medarbejderne|medarbejdergruppen|behandlerne|teamet|vi|gruppen|staben)( \p{L}+){0,2} (består af|er sammensat af|tæller)|\<erfar(en|ing)|\<kompetencer (inden for|i|til)|\<specialist|\<certificer|\<autoriser`,
            ),
          ],
          // Professions named together describe who the staff are (»socialrådgivere, sygeplejersker og psykologer«).
          cues: {
            wordings: [
              rx(String.raw`\<socialrådgiver`),
              rx(String.raw`\<sygeplejer`),
              rx(String.raw`\<pædagog`),
              rx(String.raw`\<psykolog`),
              rx(String.raw`\<læger?\>|\<lægen\>|\<psykiater`),
              rx(String.raw`\<misbrugsbehandler|\<terapeut|\<misbrugskonsulent`),
              rx(String.raw`\<socialformidler|\<ergoterapeut|\<fysioterapeut|\<sekretær|\<administrativ`),
            ],
            least: 2,
          },
          context: rx(String.raw`personale|\<medarbejder|\<behandler|\<ansatte|\<fagperson|\<vi er|\<team|\<faglig`),
          unless: rx(String.raw`døgntilbud|døgninstitution|leverandør|\<udbyder|\<tilbuddets|\<institution|\<krav til`),
        }),
        aspect({
          id: 'kompetenceudvikling',
          description: 'personalets kompetenceudvikling',
          advice: 'Beskriv, hvordan personalet efteruddannes, får supervision eller på anden måde udvikler deres kompetencer.',
          wordings: [
            rx(
              String.raw`kompetenceudvikl|\<efteruddan|\<videreuddan|\<(løbende|faglig|fortsat)\p{L}* (uddannelse|udvikling|opkvalificering|sparring)|\<kursus|\<kurser|\<supervision|\<opkvalific|\<temadag|\<undervisning|\<sparring|\<opdateret (på|med) (ny|den nyeste) viden`,
            ),
          ],
          context: rx(String.raw`personale|\<medarbejder|\<behandler|\<ansatte|\<fagperson|\<team|\<vi\>`),
          // Another body's staff, or the citizen's own schooling (»hjælp til at komme på et kursus«).
          unless: rx(
            String.raw`døgntilbud|døgninstitution|leverandør|\<udbyder|\<tilbuddets|\<institution|\<krav til|\<(du|dig|borgeren|den unge)\>[^.]{0,40}\<(kursus|kurser|uddannelse|undervisning)`,
          ),
          // An answer says how the staff develop their skills (courses, supervision, training), not only that they do.
          answer: rx(
            String.raw`\<efteruddan|\<videreuddan|\<kursus|\<kurser|\<supervision|\<opkvalific|\<temadag|\<undervisning|\<sparring|\<uddannelse|\<løbende|\<årlig|\<metode|\<certificer|\<konference|\<faglig|\<viden|\<midler|\<afsat|\<budget|\<plan`,
          ),
        }),
      ],
    },
    '§4.1.14': {
      topic: rx(String.raw`monitor|\<resultat|\<dokumentation|\<registrering|\<kvalitet|\<effekt|\<opfølgning på indsatsen`),
      aspects: [
        aspect({
          id: 'monitorering',
          description: 'hvordan indsatsen monitoreres',
          advice: 'Beskriv, hvordan indsatsen og dens resultater monitoreres, fx registrering i DanRIS og opfølgning på måltallene.',
          wordings: [
            rx(
              String.raw`\<monitor|\<registrer(es|er|ing|ingen|ede|et)\>|\<indberet|\<DanRIS|\<stofmisbrugsdatabase|\<Sundhedsdatastyrelsen|\<(måler|måles|måling\p{L}*) (\p{L}+ ){0,2}(resultat|effekt|indsats|progression|udvikling)|\<(resultat|effekt)(et|en|er|erne)? (af|for) (\p{L}+ ){0,2}(indsats|\p{L}*behandling|arbejde|tilbud)|\<(resultat|effekt)(et|en|er|erne)? (måles|opgøres|følges)|\<(opgør|opgøres|følge[rs]?( \p{L}+)? op på|evaluer\p{L}*) (\p{L}+ ){0,2}(resultat|effekt|indsats|måltal)|\<statistik|\<ledelsesinformation|\<måle(redskab|værktøj|metode)|\<(følge|følger|måle|måler) (din|borgerens|dit|borgernes) (udvikling|progression)|\<dokumenter(es|er|ing) (\p{L}+ ){0,2}(indsats|behandling|resultat|forløb)|\<kvalitetsopfølgning|\<progressionsmåling`,
            ),
          ],
          // An answer says how or with what the effort is monitored, not only that it is.
          answer: rx(
            String.raw`\<(via|i|gennem|ved|med|hvert|hver|løbende|årligt|kvartal|månedligt)\>|DanRIS|\<registrer|\<indberet|\<måle|\<måling|\<følge|\<udvikling|\<statistik|\<ledelsesinformation|\<data|\<opgør|\<evaluer|\<resultat|\<effekt|\<progression|\<database|sundhedsdatastyrelsen|\<kvalitetsopfølgning`,
          ),
        }),
      ],
    },
    '§4.1.15': {
      topic: rx(String.raw`gavekort`),
      aspects: [
        aspect({
          id: 'gavekort',
          description: 'kommunens egne retningslinjer for gavekort',
          advice: 'Skriv kommunens egne retningslinjer for gavekort: hvornår de bruges, til hvem, værdien, og hvordan det aftales.',
          wordings: [rx(String.raw`gavekort`)],
          context: rx(String.raw`behandling|\<fastholde|\<motiv|misbrug|\<borger|\<deltag|\<fremmøde|\<forløb`),
          // SEL § 101, stk. 9-11 quoted is the law, not the municipality's guidelines.
          unless: rx(
            String.raw`anvende gavekort med henblik på at fastholde|med et gavekort forstås|kan modtages,? uden at værdien heraf fradrages|om anvendelsen af gavekort efter stk\. 9|kommunalbestyrelsen kan[^.]*gavekort`,
          ),
          // A guideline says when, to whom, of what value or how gift cards are used (or that they are not), not only the word.
          answer: rx(String.raw`\<(kr|kroner|værdi|hvornår|når|til|ved|efter|ikke|højst|op til|\d+)\>|\<(anvend|bruge|brug|giv|gives|udlever|aftal|tildel)`),
        }),
      ],
    },
    '§4.2': {
      setsRule: true,
      topic: rx(String.raw`opfølgning|\<efter (endt |afsluttet )?behandling(en)?\>|\<når (\p{L}+ ){0,2}(er )?(slut|afsluttet)|\<udskrivning|\<efterværn`),
      aspects: [
        aspect({
          id: 'opfoelgning',
          description: 'opfølgningen efter afsluttet behandling',
          advice: 'Beskriv opfølgningen senest 1 måned og igen 6 måneder efter afsluttet behandling.',
          wordings: [
            rx(
              String.raw`\<(opfølg|følge[rs]?( \p{L}+)? op|kontakt|ringe[rs]? (vi )?til dig|høre[rs]?,? hvordan)[^.]{0,80}(\<efter|\<når)[^.]{0,40}(afslut|\<slut(ter|tet)?\>|\<endt\>|udskriv|ophør|færdigbehandl)|\<(afslut|slut(ter|tet)?\>|endt\>|udskriv|ophør|færdigbehandl)[^.]{0,80}(opfølg|følge[rs]?( \p{L}+)? op|\<kontakt|\<ringe[rs]? (vi )?til dig|\<høre[rs]?,? hvordan)|\<(\d+|en|seks) (og|,) ?(\d+|seks) (måneder|mdr)`,
            ),
          ],
          // The end of a treatment, not of a meeting.
          context: rx(String.raw`behandling|\<forløb|\<udskriv|færdigbehandl|\<ophold|\<borger`),
        }),
      ],
    },
    '§4.3': {
      setsRule: true,
      topic: rx(String.raw`måltal|\<mål for|\<resultatmål`),
      // A target is a number: each aspect is a percentage with its measure in one sentence.
      aspects: [
        aspect({
          id: 'stoffri',
          description: 'et måltal for andelen, der er stoffri efter afsluttet behandling',
          advice: 'Opstil et måltal i procent for andelen, der er stoffri efter afsluttet behandling.',
          wordings: [
            rx(
              String.raw`\d+ ?(%|procent).{0,160}(stoffri|\<ophørt|\<ophør med|\<abstinent|\<clean\>)|(stoffri|\<ophørt|\<ophør med|\<abstinent|\<clean\>).{0,160}\d+ ?(%|procent)`,
            ),
          ],
          // A share of those treated, not a smoke-free building.
          context: rx(String.raw`\<måltal|\<mål\>|\<målet|\<andel|\<afslut|\<efter (endt |afsluttet )?behandling|\<borgere|\<personer|\<udskrevne`),
        }),
        aspect({
          id: 'reduceret',
          description: 'et måltal for andelen, der har reduceret misbruget efter afsluttet behandling',
          advice: 'Opstil et måltal i procent for andelen, der har reduceret misbruget efter afsluttet behandling.',
          // Less use of the substance, not a shorter waiting time (»ventetiden skal reduceres med 20 %«).
          wordings: [rx(String.raw`\d+ ?(%|procent).{0,160}${lessUse}|${lessUse}.{0,160}\d+ ?(%|procent)`)],
        }),
        aspect({
          id: 'tilbagevenden',
          description: 'et måltal for andelen, der vender tilbage til behandling inden for 12 måneder',
          advice: 'Opstil et måltal i procent for andelen, der vender tilbage til behandling inden for 12 måneder.',
          wordings: [rx(String.raw`\d+ ?(%|procent).{0,160}${returnToTreatment}|${returnToTreatment}.{0,160}\d+ ?(%|procent)`)],
        }),
      ],
    },
    '§4.4': {
      topic: rx(String.raw`\<børn|\<barn|\<familie|\<pårørende|\<forældre`),
      aspects: [
        aspect({
          id: 'boern',
          description: 'hvordan der sikres opmærksomhed på borgerens hjemmeboende børn under 18 år',
          advice:
            'Beskriv, hvordan behandlingen sikrer opmærksomhed på borgerens hjemmeboende børn under 18 år, fx samtaler om børnene, familieorienteret behandling og underretning (SEL § 133).',
          wordings: [
            rx(
              String.raw`\<hjemmeboende (børn|barn)|\<(dine|jeres|borgerens|personens|hans|hendes|deres|egne|mindreårige) (\p{L}+ ){0,1}(børn|barn)|\<børn(ene)? (under 18|i hjemmet|der bor|som bor|i familien)|\<barnet|\<børnenes|\<barnets|\<underretning|\<underrette|§ ?(133|153|154)\>|\<familieorienteret|\<familiebehandling|\<familiesamtale|\<børnesamtale|\<forældre(rolle|skab|evne)|\<(har|med) (\p{L}+ ){0,1}(børn|barn)|\<børn\p{L}*,? (der|som) (vokser op|lever|bor)`,
            ),
          ],
          context: rx(String.raw`\<børn|\<barn|\<familie|\<forældre|underret`),
          // Bringing a child along to a session is not attention to the child.
          unless: rx(String.raw`\<(tage|tager|have|har|tag) (\p{L}+ ){0,2}(barn|børn|børnene|barnet) med\>|\<børn med til`),
          // An answer says what the treatment does about the children (asks, talks, supports, notifies), not only that they exist.
          answer: rx(
            String.raw`\<(spørge|spørger|spørges|tale|taler|samtale|underret|opmærksom|sikre|sikrer|støtte|tilbyde|tilbyder|tilbydes|inddrage|inddrager|henvise|henviser|vurdere|vurderer|forældre|familie|hjælp|trivsel|kontakt|samarbejd)|§ ?(133|153|154)`,
          ),
        }),
      ],
    },
    '§4.5': {
      topic: rx(String.raw`fremtid|\<fremadrettet|\<udvikling|\<kommende|\<planer|\<strategi`),
      aspects: [
        aspect({
          id: 'fremtid',
          description: 'den fremtidige indsats på området',
          advice: 'Beskriv den fremtidige indsats: hvad kommunen vil udvikle, styrke eller ændre på stofmisbrugsbehandlingsområdet i de kommende år.',
          wordings: [
            rx(
              String.raw`\<(den|vores|kommunens|centrets) fremtidige|\<fremtidig\p{L}* (indsats|udvikling|tilbud|behandlingstilbud|organisering|indretning|fokus|prioritering)|\<fremadrettet|\<fremover\>|\<(i|over|for) de (kommende|næste) (\d+ )?(år|periode)|\<i perioden 20\d\d|\<(i|fra|frem mod|inden|i løbet af|senest) 20\d\d,? (\p{L}+ ){0,2}(vil|skal|åbner|starter|etablerer|indfører|udvider|opretter|begynder|lancerer|implementerer)|\<vil (kommunen|vi|byrådet|centret|centeret|\p{L}+centret|\p{L}+centeret) (\p{L}+ ){0,2}(styrke|udvikle|etablere|implementere|udbygge|arbejde (videre )?med|sætte fokus|prioritere|afprøve|åbne|oprette|udvide)|\<(kommunen|vi|byrådet|centret|centeret|\p{L}+centret|\p{L}+centeret|\p{Lu}\p{L}+ kommune) vil (\p{L}+ ){0,2}(styrke|udvikle|etablere|implementere|udbygge|arbejde (videre )?med|sætte fokus|prioritere|afprøve|åbne|oprette|udvide)|\<planer (om|for)|\<udviklingsplan|\<(fokus|indsats|udviklings|satsnings)område\p{L}* (for|i) (de kommende|20\d\d)|\<(strategi|politik|handleplan) for (20\d\d|de kommende)`,
            ),
          ],
          context: rx(String.raw`misbrug|\<stof|rusmiddel|behandling|\<indsats|\<området|\<tilbud`),
        }),
      ],
    },
    '§5.1': {
      topic: rx(String.raw`døgn|\<kvalitetskrav|\<krav til`),
      aspects: [
        aspect({
          id: 'kvalitetskrav',
          description: 'de kvalitetskrav, kommunen stiller til de døgnbehandlingstilbud, den bruger',
          advice:
            'Beskriv de kvalitetskrav, kommunen stiller til de døgnbehandlingstilbud, den bruger, fx godkendelse af Socialtilsynet, metoder, personalets uddannelse og samarbejde om udslusning.',
          wordings: [
            rx(
              String.raw`\<(godkend\p{L}*|registrer\p{L}*|optaget|tilsyn\p{L}*|anerkendt) (\p{L}+ ){0,3}(af|hos|på|i|fra|under) (\p{L}+ ){0,3}(socialtilsyn|tilbudsportal|\p{L}*tilsyn)|\<akkrediter|\<(stiller|stilles|gælder|har) (\p{L}+ ){0,3}(kvalitets)?krav(?!\p{L}| på\>)|\<(kvalitets)?krav(ene)? (til|om) (\p{L}+ ){0,3}(døgn|tilbud|leverandør|behandlingssted|institution|opholdssted|personale|behandling)|\<(tilbuddet|tilbuddene|leverandøren|leverandørerne|behandlingsstedet|behandlingsstederne|institutionen|døgntilbuddet|døgntilbuddene|opholdsstedet|stedet|stederne|døgn(behandlings)?(tilbud|institution|sted)\p{L}{0,5}),? (\p{L}+,? ){0,4}(skal|forventes|forpligtes) (\p{L}+,? ){0,8}(uddan|dokumenter|evidens|metode|samarbejd|udslusning|efterbehandling|personale|behandlingsplan|handleplan|tilsyn|godkend|registrer|kvalific|faglig|rapport|indberet)`,
            ),
          ],
          context: rx(String.raw`døgn|\<institution|\<leverandør|\<opholdssted|\<behandlingssted|\<tilbud`),
        }),
      ],
    },
    '§5.2': {
      topic: rx(String.raw`døgn`),
      aspects: [],
    },
    '§6.1': {
      setsRule: true,
      topic: rx(String.raw`revision|\<revider|\<godkend`),
      aspects: [],
    },
    '§6.2': {
      aboutDocument: true,
      setsRule: true,
      topic: rx(String.raw`inddrag|\<bruger|\<pårørende|\<høring|\<udarbejd|\<revision`),
      aspects: [
        aspect({
          id: 'brugerrepraesentanter',
          description: 'hvordan repræsentanter for brugerne og deres pårørende inddrages, når standarden udarbejdes og revideres',
          advice:
            'Beskriv, hvordan repræsentanter for personer med et stofmisbrug, og eventuelt deres pårørende, inddrages, når standarden udarbejdes og revideres (BEK 1477/2019 § 6, stk. 2).',
          wordings: [
            rx(
              String.raw`\<(bruger|pårørende|borger)\p{L}*(repræsentant|råd|organisation|forening|panel)|\<repræsentant\p{L}* (for|fra) (\p{L}+ ){0,2}(brugere|borgere|personer|pårørende|misbrug)|\<(brugere|pårørende|brugerne|brugerrådet|udsatterådet|borgere)\p{L}* (\p{L}+ ){0,2}(er|har været|bliver|blev|vil blive) (\p{L}+ ){0,3}(inddraget|hørt|involveret|taget med)|\<høring|\<hørt\>|\<inddrag\p{L}* (\p{L}+ ){0,3}(brugere|brugerne|pårørende|repræsentanter)`,
            ),
          ],
          context: rx(String.raw`kvalitetsstandard|\<standarden|\<udarbejd|\<revision|\<revider|\<høring|\<hørt`),
        }),
      ],
    },
  },
};
