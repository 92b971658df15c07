/**
 * §3.2 BEK 1477/2019 § 3, stk. 2: »Kvalitetsstandarden skal indeholde en samlet information om de tilbud og ydelser, kommunalbestyrelsen tilbyder … herunder de politiske målsætninger og prioriteringer, som ligger bag beslutningen.«
 * Prose, and the political aims and priorities: in their own field or named in the text.
 */
import { mentions, proseRule, type Aspect } from '../prose.js';

const mentionsAims = mentions('politiske', /politisk\w* (mål|prioriter)|målsætning/i);
const politicalAims: Aspect = {
  name: 'politiske',
  covered: (section, text, document) =>
    Boolean(document.serviceniveau?.politiske_maalsaetninger?.trim()) || mentionsAims.covered(section, text, document),
};

export default proseRule('§3.2', [politicalAims]);
