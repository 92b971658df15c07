/**
 * §4.1.12 BEK 1477/2019 § 4, stk. 1, nr. 12: »Information om sagsbehandling og klageadgang.«
 * Prose that covers both: how a case is handled and how to complain.
 */
import { mentions, proseRule } from '../prose.js';

export default proseRule('§4.1.12', [
  mentions('sagsbehandling', /sagsbehandl|afgørelse|behandlingstid|svartid/i),
  mentions('klageadgang', /klage/i),
]);
