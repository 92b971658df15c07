/**
 * §4.1.4 BEK 1477/2019 § 4, stk. 1, nr. 4: »Den organisatoriske struktur i forhold til behandlingstilbuddene, herunder en beskrivelse af de konkrete typer af behandlingstilbud, der tilbydes.«
 * Judged on its aspects: the organisational structure, and the concrete types of offer
 * (several named together); any ten words no longer pass.
 */
import { proseRule } from '../prose.js';

export default proseRule('§4.1.4');
