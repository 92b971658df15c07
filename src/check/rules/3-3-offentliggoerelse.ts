/**
 * §3.3 BEK 1477/2019 § 3, stk. 3: »Kommunalbestyrelsens kvalitetsstandard og … opfølgning på
 * og revision af kvalitetsstandarden gøres alment tilgængelig for borgerne i kommunen,
 * herunder som minimum på internettet.«
 * Judged on its aspects, the statement that the standard is published and the address;
 * an address in `offentliggoerelse.url` states both, unless no one can visit it: a placeholder
 * or an example (»https://xxx«, »https://www.example.com«, the template's »www.kommune.dk«).
 */
import { defaultRegulation, findRequirement } from '../../regulations/index.js';
import { creditSection } from '../evidence.js';
import { evidenceFor, judgeAspects } from '../prose.js';
import type { Message, Rule } from '../types.js';

const requirement = findRequirement(defaultRegulation, '§3.3');

/** Names reserved for examples, tests and local use (RFC 2606, RFC 6761): none is on the internet. */
const reservedHost = /(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid|localhost|local)$/;
/** The host the schema and the template give as their example: a kommune's own address has its name. */
const exampleHost = /^(?:www\.)?kommune\.dk$/;
/** A part of the address that holds a place for the rest (»https://www.testby.dk/xxx«). */
const placeholderPart = /(?:^|[/._-])(?:x{3,}|tbd|todo|inds(?:æ|ae)t|…|\.\.\.)(?:$|[/._-])/i;

/** Whether the address is one no one can find the standard at: no domain, a reserved or example name, or a placeholder. */
export function isPlaceholderAddress(url: string): boolean {
  let address: URL;
  try {
    address = new URL(url);
  } catch {
    return false;
  }
  const host = address.hostname.toLowerCase();
  if (!host.includes('.') || reservedHost.test(host) || exampleHost.test(host)) return true;
  return placeholderPart.test(host) || placeholderPart.test(decodeURI(address.pathname));
}

const rule: Rule = {
  requirement,
  check(context) {
    const evidence = evidenceFor(context, requirement);
    const url = context.document.offentliggoerelse?.url;
    const placeholder: Message[] = url && isPlaceholderAddress(url) ? [{ code: 'offentliggoerelse-url-pladsholder', args: { url } }] : [];
    if (url && placeholder.length === 0 && evidence.own) {
      creditSection(
        evidence,
        evidence.own,
        'felt',
        evidence.aspects.map((aspect) => aspect.id),
      );
    }
    const outcome = judgeAspects(evidence, placeholder);
    // A verdict that says the section is missing or empty says it before the address, which is why.
    const said = outcome.messages.some((message) => message.code === 'offentliggoerelse-url-pladsholder');
    return said ? outcome : { ...outcome, messages: [...placeholder, ...outcome.messages] };
  },
};
export default rule;
