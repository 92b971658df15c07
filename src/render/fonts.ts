/** IBM Plex Sans (SIL Open Font License), embedded so pages need no request and print alike everywhere. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const faces = [
  ['400', 'normal'],
  ['400', 'italic'],
  ['600', 'normal'],
] as const;

let fontFaces: string | undefined;

export function embeddedFonts(): string {
  fontFaces ??= faces
    .map(([weight, style]) => {
      const file = require.resolve(`@fontsource/ibm-plex-sans/files/ibm-plex-sans-latin-${weight}-${style}.woff2`);
      const data = readFileSync(file).toString('base64');
      return `@font-face{font-family:"IBM Plex Sans";font-style:${style};font-weight:${weight};font-display:swap;src:url(data:font/woff2;base64,${data}) format("woff2")}`;
    })
    .join('\n');
  return fontFaces;
}
