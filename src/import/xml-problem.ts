/**
 * Where a part of a Word document is not XML. The converter fails on such a part with the XML
 * parser's English words and without naming the part; the importer says which part it is and
 * where, read as the converter's parser reads it (any error or warning stops the converter).
 */
import { DOMParser } from '@xmldom/xmldom';

export interface XmlProblem {
  linje: number;
  kolonne: number;
}

/** The parser's place in its message: »…\n@#[line:2,col:33]«. */
const placeInMessage = /@#\[line:(\d+),col:(\d+)\]/;

/** The first element's name, after the XML declaration and any comment. */
const rootName = (text: string) => /<(?![?!])([^\s/>]+)/.exec(text)?.[1];

/** Where a text ends, as a line and a column from 1. */
function endOf(text: string): XmlProblem {
  const lastLine = text.slice(text.lastIndexOf('\n') + 1);
  return { linje: text.split('\n').length, kolonne: lastLine.length + 1 };
}

/**
 * Whether the text ends before its root element does (a part cut off): the parser then names
 * the element left open, which is not where anything can be seen missing.
 */
function cutOff(text: string): boolean {
  const root = rootName(text);
  if (root === undefined) return false;
  const end = text.trimEnd();
  return !end.endsWith(`</${root}>`) && !(end.endsWith('/>') && end.lastIndexOf('<') === end.indexOf(`<${root}`));
}

/** The first place in a part's text that is not XML (its end, when it is cut off), or undefined when it is XML with a root element. */
export function xmlProblemIn(text: string): XmlProblem | undefined {
  const problem = parserProblem(text);
  return problem && cutOff(text) ? endOf(text) : problem;
}

function parserProblem(text: string): XmlProblem | undefined {
  let found: XmlProblem | undefined;
  const note = (_level: string, message: string) => {
    const at = placeInMessage.exec(message);
    found ??= { linje: Math.max(1, Number(at?.[1] ?? 1)), kolonne: Math.max(1, Number(at?.[2] ?? 1)) };
  };
  try {
    const document = new DOMParser({ locator: {}, errorHandler: note }).parseFromString(text, 'text/xml');
    // Text with no element at all (»garbage«) raises nothing, and is no XML either.
    if (!document?.documentElement) found ??= { linje: 1, kolonne: 1 };
  } catch {
    found ??= { linje: 1, kolonne: 1 };
  }
  return found;
}
