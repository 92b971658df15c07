import { bek1477Aspects } from './bek-1477-2019-aspects.js';
import type { Regulation } from './regulation.js';

/**
 * Bekendtgørelse nr. 1477 af 17/12/2019 om afdækning, gavekort og kvalitetsstandard for
 * social behandling for stofmisbrug efter § 101 i lov om social service, §§ 3-6.
 * The legal texts are quoted from ../shared/seeds/bekendtgoerelse-1477-par3-6.txt.
 */
export const bek1477of2019: Regulation = {
  id: 'BEK 1477/2019',
  name: 'Bekendtgørelse nr. 1477 af 17/12/2019',
  longName: 'Bekendtgørelse om afdækning, gavekort og kvalitetsstandard for social behandling for stofmisbrug efter § 101 i lov om social service',
  paragraph: '101',
  eli: 'https://www.retsinformation.dk/eli/lta/2019/1477',
  number: 1477,
  issued: '2019-12-17',
  // Replaced by the version reissued when barnets lov took effect (./versions.ts).
  validUntil: '2023-12-31',
  note: 'Datoen for ikrafttræden er ikke bekræftet i projektets kilder; værktøjet regner den fra udstedelsesdatoen 17/12/2019.',
  standardProvision: {
    citation: '§ 3, stk. 1',
    text: 'Kommunalbestyrelsen fastsætter en kvalitetsstandard for kommunens tilbud om social behandling for stofmisbrug efter § 101 i lov om social service.',
  },
  requirements: [
    {
      id: '§3.2',
      citation: '§ 3, stk. 2',
      field: 'serviceniveau',
      title: 'Tilbud, ydelser og serviceniveau',
      guidance:
        'Giv en samlet oversigt over de tilbud og ydelser, kommunen tilbyder, og beskriv serviceniveauet og de politiske målsætninger og prioriteringer bag det (felt politiske_maalsaetninger).',
      legalText:
        'Kvalitetsstandarden skal indeholde en samlet information om de tilbud og ydelser, kommunalbestyrelsen tilbyder personer, der ønsker social behandling for stofmisbrug. Kvalitetsstandarden skal beskrive det serviceniveau på stofmisbrugsbehandlingsområdet, som kommunalbestyrelsen træffer beslutning om, herunder de politiske målsætninger og prioriteringer, som ligger bag beslutningen.',
    },
    {
      id: '§3.3',
      citation: '§ 3, stk. 3',
      field: 'offentliggoerelse',
      title: 'Offentliggørelse på internettet',
      guidance: 'Angiv adressen (url), hvor kvalitetsstandarden og opfølgningen på den er offentliggjort på internettet.',
      legalText:
        'Kommunalbestyrelsens kvalitetsstandard og kommunalbestyrelsens opfølgning på og revision af kvalitetsstandarden gøres alment tilgængelig for borgerne i kommunen, herunder som minimum på internettet.',
    },
    {
      id: '§4.1.1',
      citation: '§ 4, stk. 1, nr. 1',
      field: 'opgaver',
      title: 'Opgaver på stofmisbrugsbehandlingsområdet',
      guidance: 'Beskriv de opgaver, kommunen udfører på stofmisbrugsbehandlingsområdet (fx rådgivning, ambulant behandling, dagbehandling, døgnbehandling).',
      legalText: 'De opgaver, som udføres på stofmisbrugsbehandlingsområdet.',
    },
    {
      id: '§4.1.2',
      citation: '§ 4, stk. 1, nr. 2',
      field: 'maalgruppe',
      title: 'Målgruppe',
      guidance: 'Beskriv, hvem tilbuddene er for (alder, misbrug, særlige grupper).',
      legalText: 'Målgruppen for tilbuddene om stofmisbrugsbehandling.',
    },
    {
      id: '§4.1.3',
      citation: '§ 4, stk. 1, nr. 3',
      field: 'maal_og_vaerdier',
      title: 'Mål, værdier og normer',
      guidance: 'Beskriv det overordnede mål for indsatsen og de værdier og normer, den bygger på.',
      legalText: 'Det overordnede mål for indsatsen, herunder de værdier og normer, som indsatsen bygger på.',
    },
    {
      id: '§4.1.4',
      citation: '§ 4, stk. 1, nr. 4',
      field: 'organisering',
      title: 'Organisering og behandlingstilbud',
      guidance: 'Beskriv organiseringen af behandlingen og de konkrete typer af behandlingstilbud.',
      legalText:
        'Den organisatoriske struktur i forhold til behandlingstilbuddene, herunder en beskrivelse af de konkrete typer af behandlingstilbud, der tilbydes.',
    },
    {
      id: '§4.1.5',
      citation: '§ 4, stk. 1, nr. 5',
      field: 'visitation',
      title: 'Visitation',
      guidance: 'Beskriv, hvordan man søger om behandling, og hvordan visitationen foregår.',
      legalText: 'Visitationsproceduren.',
    },
    {
      id: '§4.1.6',
      citation: '§ 4, stk. 1, nr. 6',
      field: 'behandlingsgaranti',
      title: 'Behandlingsgaranti',
      guidance:
        'Beskriv behandlingsgarantien: behandling skal iværksættes senest 14 dage efter henvendelsen (SEL § 101, stk. 4). Angiv fristen i feltet frist_dage.',
      legalText: 'Behandlingsgaranti.',
    },
    {
      id: '§4.1.7',
      citation: '§ 4, stk. 1, nr. 7',
      field: 'frit_valg',
      title: 'Frit valg',
      guidance: 'Beskriv borgerens mulighed for frit valg af behandlingstilbud, og hvordan man gør brug af den.',
      legalText: 'Muligheden for frit valg.',
    },
    {
      id: '§4.1.8',
      citation: '§ 4, stk. 1, nr. 8',
      field: 'behandlingsplan',
      title: 'Behandlingsplan',
      guidance: 'Beskriv, hvordan behandlingsplanen udarbejdes, og hvordan der følges op på den.',
      legalText: 'Udarbejdelse af og opfølgning på personens behandlingsplan efter § 101, stk. 8, i lov om social service, jf. stk. 2.',
    },
    {
      id: '§4.1.9',
      citation: '§ 4, stk. 1, nr. 9',
      field: 'handleplaner',
      title: 'Handleplaner',
      guidance: 'Beskriv kommunens målsætning for udarbejdelse, koordinering og opfølgning på handleplaner.',
      legalText: 'Hvilken målsætning der er for udarbejdelse, koordinering og opfølgning på handleplaner.',
    },
    {
      id: '§4.1.10',
      citation: '§ 4, stk. 1, nr. 10',
      field: 'brugerinddragelse',
      title: 'Brugerinddragelse',
      guidance: 'Beskriv, hvordan borgeren inddrages i sin egen behandling, og hvordan brugerinddragelsen sikres.',
      legalText: 'Hvordan brugerinddragelsen sikres.',
    },
    {
      id: '§4.1.11',
      citation: '§ 4, stk. 1, nr. 11',
      field: 'betaling',
      title: 'Betaling for kost og logi',
      guidance: 'Beskriv reglerne for betaling for kost og logi m.v., fx ved døgnbehandling.',
      legalText: 'Reglerne for betaling for kost og logi m.v.',
    },
    {
      id: '§4.1.12',
      citation: '§ 4, stk. 1, nr. 12',
      field: 'sagsbehandling_og_klageadgang',
      title: 'Sagsbehandling og klageadgang',
      guidance: 'Beskriv sagsbehandlingen (fx sagsbehandlingstider) og hvordan borgeren kan klage.',
      legalText: 'Information om sagsbehandling og klageadgang.',
    },
    {
      id: '§4.1.13',
      citation: '§ 4, stk. 1, nr. 13',
      field: 'personale',
      title: 'Personalets kvalifikationer og kompetenceudvikling',
      guidance: 'Beskriv personalets faglige kvalifikationer og deres kompetenceudvikling.',
      legalText: 'Personalets faglige kvalifikationer og kompetenceudvikling.',
    },
    {
      id: '§4.1.14',
      citation: '§ 4, stk. 1, nr. 14',
      field: 'monitorering',
      title: 'Monitorering af indsatsen',
      guidance: 'Beskriv, hvordan indsatsen monitoreres, og hvem der følger op på resultaterne.',
      legalText: 'Monitorering af indsatsen, jf. stk. 3.',
    },
    {
      id: '§4.1.15',
      citation: '§ 4, stk. 1, nr. 15',
      field: 'gavekort',
      title: 'Retningslinjer for gavekort',
      guidance:
        'Skriv kommunens egne retningslinjer for brug af gavekort: hvornår, til hvem, værdi og hvordan det aftales. Et citat af lovteksten er ikke en retningslinje.',
      legalText: 'Kommunens retningslinjer for anvendelse af gavekort, jf. § 2.',
    },
    {
      id: '§4.2',
      citation: '§ 4, stk. 2',
      field: 'opfoelgning',
      title: 'Opfølgning efter afsluttet behandling',
      guidance:
        'Beskriv opfølgningen senest 1 måned og igen 6 måneder efter afsluttet behandling, og for hvem: færdigbehandlet, udskrevet til andet tilbud, til hospital eller med anden årsag. Angiv felterne maaneder og udskrivningsstatusser.',
      legalText:
        'Opfølgning, jf. stk. 1, nr. 8, på personens behandlingsplan efter § 101, stk. 8, i lov om social service skal ske senest 1 måned og igen 6 måneder efter, et behandlingsforløb er afsluttet. De personer, som er omfattet af opfølgningen, er personer, der har afsluttet et behandlingsforløb med status som »færdigbehandlet«, udskrevet til et »andet tilbud«, udskrevet til »hospital« eller udskrevet med »anden årsag« til afsluttet behandling.',
    },
    {
      id: '§4.3',
      citation: '§ 4, stk. 3',
      field: 'maaltal',
      title: 'Måltal',
      guidance:
        'Opstil måltal (i procent) for andelen, der er stoffri, andelen, der har reduceret misbruget, og andelen, der vender tilbage til behandling inden for 12 måneder.',
      legalText:
        'Monitorering af indsatsen, jf. stk. 1, nr. 14, skal omfatte opstilling af måltal for: 1) Andelen af personer med et stofmisbrug, der efter afsluttet behandling er stoffri, samt andelen af personer med et stofmisbrug, der efter afsluttet behandling har reduceret deres stofmisbrug. 2) Andelen af personer med et stofmisbrug i behandling, der efter afsluttet behandling vender tilbage til stofmisbrugsbehandling inden for 12 måneder.',
    },
    {
      id: '§4.4',
      citation: '§ 4, stk. 4',
      field: 'hjemmeboende_boern',
      title: 'Hjemmeboende børn under 18 år',
      guidance: 'Beskriv, hvordan der sikres opmærksomhed på forholdene for borgerens eventuelle hjemmeboende børn under 18 år.',
      legalText:
        'Det skal desuden beskrives i kvalitetsstandarden, hvordan der i forbindelse med social behandling for stofmisbrug efter § 101 i lov om social service sikres opmærksomhed på forholdene for personens eventuelle hjemmeboende børn under 18 år.',
    },
    {
      id: '§4.5',
      citation: '§ 4, stk. 5',
      field: 'fremtidig_indsats',
      title: 'Den fremtidige indsats',
      guidance: 'Beskriv den fremtidige indsats på stofmisbrugsbehandlingsområdet: planer, udviklingsprojekter og prioriteringer.',
      legalText: 'Kommunalbestyrelsen skal endvidere oplyse om den fremtidige indsats på stofmisbrugsbehandlingsområdet.',
    },
    {
      id: '§5.1',
      citation: '§ 5, stk. 1',
      field: 'doegnbehandling',
      title: 'Kvalitetskrav til døgnbehandlingstilbud',
      guidance: 'Beskriv de kvalitetskrav, kommunen stiller til de døgnbehandlingstilbud, den bruger.',
      legalText:
        'Kommunalbestyrelsen sørger for i kvalitetsstandarden at informere om de kvalitetskrav m.m., som kommunalbestyrelsen stiller til de døgnbehandlingstilbud, som kommunen anvender til løsning af opgaver efter § 101 i lov om social service.',
    },
    {
      id: '§5.2',
      citation: '§ 5, stk. 2',
      field: 'doegnbehandling.tilbud',
      title: 'De enkelte døgnbehandlingstilbud',
      guidance: 'For hvert døgnbehandlingstilbud, kommunen bruger: angiv behandlingsform, målgruppe, kerneydelser, personaleforhold, fysiske forhold og pris.',
      legalText:
        'Informationen skal tillige indeholde oplysninger om behandlingsform, målgruppe, kerneydelser, personaleforhold, fysiske forhold, pris m.v. i de enkelte tilbud.',
    },
    {
      id: '§6.1',
      citation: '§ 6, stk. 1',
      field: 'revision',
      title: 'Revision mindst hvert 2. år',
      guidance:
        'Angiv, hvornår standarden senest er godkendt eller revideret (godkendelse eller revision.senest_revideret) og hvornår den næste revision er planlagt (revision.naeste_revision). Den skal revideres mindst hvert 2. år.',
      legalText: 'Kommunalbestyrelsen reviderer kvalitetsstandarden mindst hvert 2. år.',
    },
    {
      id: '§6.2',
      citation: '§ 6, stk. 2',
      field: 'brugerrepraesentanter',
      title: 'Inddragelse af brugere og pårørende',
      guidance: 'Beskriv, hvordan repræsentanter for personer med stofmisbrug og eventuelt deres pårørende er inddraget i udarbejdelsen eller revisionen.',
      legalText: 'Ved udarbejdelse og revision af kvalitetsstandarden inddrages repræsentanter for personer med et stofmisbrug og eventuelt deres pårørende.',
    },
  ],
  aspects: bek1477Aspects,
};
