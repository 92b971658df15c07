/**
 * Handlebars templates from templates/: one layout, a generic section partial and extra
 * partials per section. A municipality may override any of them with a file of the same
 * name in skabeloner/<kommune>/ beside its YAML file (municipalities/skabeloner/randers/afsnit.hbs).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { linkLegalCitations } from './legal-links.js';
import type { SectionView } from './model.js';

export const templatesDir = fileURLToPath(new URL('../../templates/', import.meta.url));

function hbsFiles(dir: string): Map<string, string> {
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith('.hbs'))
      .map((name) => [basename(name, '.hbs'), readFileSync(join(dir, name), 'utf8')]),
  );
}

/** Escapes text for a CSS string in double quotes (the running header). */
export function cssString(value: unknown): string {
  return String(value ?? '').replace(/[\\"]/g, '\\$&').replace(/[\n\r]/g, ' ').replace(/</g, '\\3c ');
}

function compileLayout(own: Map<string, string>): Handlebars.TemplateDelegate {
  const partials = new Map([...hbsFiles(join(templatesDir, 'partials')), ...own]);
  const env = Handlebars.create();
  for (const [name, source] of partials) env.registerPartial(name, source);
  env.registerHelper({
    partialFor: (section: SectionView) => (partials.has(section.key) ? section.key : 'afsnit'),
    partialExists: (name: string) => partials.has(name),
    concat: (...args: unknown[]) => args.slice(0, -1).join(''),
    inc: (value: number) => Math.min(6, Number(value) + 1),
    eq: (a: unknown, b: unknown) => a === b,
    or: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
    someHeading: (sections: SectionView[]) => sections.some((section) => section.heading),
    cssString,
    linkLaw: (text: string) => new Handlebars.SafeString(linkLegalCitations(text)),
  });
  const layoutSource = own.get('layout') ?? readFileSync(join(templatesDir, 'layout.hbs'), 'utf8');
  return env.compile(layoutSource, { strict: false });
}

let shared: Handlebars.TemplateDelegate | undefined;
let styles: string | undefined;

/** The stylesheet of the pages (templates/styles.css). */
export function stylesheet(): string {
  styles ??= readFileSync(join(templatesDir, 'styles.css'), 'utf8');
  return styles;
}

/** Forget compiled templates and styles, after they changed on disk (the preview). */
export function clearTemplateCache(): void {
  shared = undefined;
  styles = undefined;
}

/** The page template for a municipality: the shared one, or one with its own partials. */
export function layoutFor(yamlFile: string, municipality: string): Handlebars.TemplateDelegate {
  const own = hbsFiles(join(dirname(yamlFile), 'skabeloner', municipality));
  if (own.size > 0) return compileLayout(own);
  shared ??= compileLayout(own);
  return shared;
}
