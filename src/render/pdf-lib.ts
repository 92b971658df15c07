/**
 * pdf-lib, required rather than imported: it is CommonJS, and an ESM import first has Node's
 * lexer read each of its ~170 files for their export names, which costs the PDF/UA worker as
 * much CPU again as loading them. The classes are exported as values and as types, as an
 * import from 'pdf-lib' would give them.
 */
import { createRequire } from 'node:module';
import type * as PdfLib from 'pdf-lib';

// The bundle of the PDF/UA pass (scripts/bundle.mjs) takes this for a plain require and bundles pdf-lib.
const require = createRequire(import.meta.url);

export const {
  decodePDFRawStream,
  ParseSpeeds,
  PDFArray,
  PDFBool,
  PDFCatalog,
  PDFContext,
  PDFDict,
  PDFDocument,
  PDFHeader,
  PDFHexString,
  PDFName,
  PDFNull,
  PDFNumber,
  PDFPageLeaf,
  PDFPageTree,
  PDFRawStream,
  PDFRef,
  PDFString,
} = require('pdf-lib') as typeof PdfLib;

export type PDFArray = PdfLib.PDFArray;
export type PDFContext = PdfLib.PDFContext;
export type PDFDict = PdfLib.PDFDict;
export type PDFDocument = PdfLib.PDFDocument;
export type PDFHeader = PdfLib.PDFHeader;
export type PDFHexString = PdfLib.PDFHexString;
export type PDFName = PdfLib.PDFName;
export type PDFNumber = PdfLib.PDFNumber;
export type PDFObject = PdfLib.PDFObject;
export type PDFPage = PdfLib.PDFPage;
export type PDFRawStream = PdfLib.PDFRawStream;
export type PDFRef = PdfLib.PDFRef;
export type PDFString = PdfLib.PDFString;

/** The function, computed once per argument (for arguments pdf-lib keeps for the process anyway; results never undefined). */
function once<T, R>(compute: (argument: T) => R): (argument: T) => R {
  const results = new Map<T, R>();
  return (argument) => {
    let result = results.get(argument);
    if (result === undefined) results.set(argument, (result = compute(argument)));
    return result;
  };
}

/** PDFName.of, which decodes the name with a regular expression on each call, once per name. */
export const pdfName = once((name: string) => PDFName.of(name));
/** A name's text: PDFName.decodeText builds two arrays on each call. */
export const nameText = once((name: PDFName) => name.decodeText());
