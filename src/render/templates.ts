/**
 * Handlebars templates from templates/: one layout, a generic section partial and extra
 * partials per section. A municipality may override any of them with a file of the same
 * name in skabeloner/<kommune>/ beside its YAML file (municipalities/skabeloner/randers/afsnit.hbs).
 *
 * An override may change the layout but not run script on the published page: templates
 * compile with knownHelpersOnly (no helper but ours and Handlebars' own), and a page built
 * with overrides is parsed and sanitised as a whole (no script, event handlers, frames or
 * javascript: links, whatever the template writes or triple-stashes). A template with a
 * mistake is a Danish message naming its file and line, never a crash.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { formatMessage, type Message } from '../diagnostics/messages.js';
import { maxTemplateBytes, readTemplateFolder, readTextFile } from '../files.js';
import { UserError } from '../usage.js';
import { linkLegalCitations } from './legal-links.js';
import type { SectionView } from './model.js';

export const templatesDir = fileURLToPath(new URL('../../templates/', import.meta.url));

interface Template {
  path: string;
  source: string;
}

/** A template file that cannot be read or used, named with why. */
const unusableTemplate = (file: string, why: Message) => new UserError('skabelon-kan-ikke-laeses', { fil: file, aarsag: formatMessage(why.code, why.args) });

/**
 * A file of the tool's own templates/: one that is missing or cannot be read is named in a
 * Danish error, not taken for a folder of the build's that could not be written.
 */
export function builtInTemplate(name: string): Template {
  const path = join(templatesDir, name);
  const read = readTextFile(path, { maxBytes: maxTemplateBytes });
  if (!read.ok) throw unusableTemplate(read.where, read);
  return { path, source: read.text };
}

function sharedPartials(): Map<string, Template> {
  const dir = join(templatesDir, 'partials');
  const { templates, problem } = readTemplateFolder(dir);
  if (problem) throw unusableTemplate(problem.file, problem);
  return templates;
}

/** Escapes text for a CSS string in double quotes (the running header; the reports use it too). */
export function cssString(value: unknown): string {
  return String(value ?? '')
    .replace(/[\\"]/g, '\\$&')
    .replace(/[\n\r]/g, ' ')
    .replace(/</g, '\\3c ');
}

const helpers = (partials: Map<string, Template>) => ({
  partialFor: (section: SectionView) => (partials.has(section.key) ? section.key : 'afsnit'),
  partialExists: (name: string) => partials.has(name),
  concat: (...args: unknown[]) => args.slice(0, -1).join(''),
  inc: (value: number) => Math.min(6, Number(value) + 1),
  eq: (a: unknown, b: unknown) => a === b,
  or: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
  someHeading: (sections: SectionView[]) => sections.some((section) => section.heading),
  // Already escaped for CSS inside <style>, where HTML escaping would show »&amp;«.
  cssString: (value: unknown) => new Handlebars.SafeString(cssString(value)),
  linkLaw: (text: string) => new Handlebars.SafeString(linkLegalCitations(text)),
});

const builtIn = ['if', 'unless', 'each', 'with', 'lookup', 'log'];
const helperNames = [...builtIn, ...Object.keys(helpers(new Map()))];
const compileOptions: CompileOptions = { knownHelpersOnly: true, knownHelpers: Object.fromEntries(helperNames.map((name) => [name, true])) };

/** Handlebars' English error as a Danish message at the template's file and line. */
function templateError(template: Template, error: unknown, municipality?: string): UserError {
  const message = String((error as Error)?.message ?? error);
  const line = (error as { lineNumber?: number }).lineNumber ?? Number(/on line (\d+)/.exec(message)?.[1] ?? /- (\d+):\d+$/.exec(message)?.[1]) ?? undefined;
  const unknownHelper = /unknown helper (\S+)/.exec(message)?.[1];
  const missingPartial = /The partial (\S+) could not be found/.exec(message)?.[1];
  const detalje = /^Parse error|^Expecting|^Lexical error/.test(message)
    ? formatMessage('skabelon-syntaks', {})
    : unknownHelper
      ? formatMessage('skabelon-ukendt-hjaelper', { navn: unknownHelper, tilladte: helperNames.join(', ') })
      : missingPartial
        ? formatMessage('skabelon-ukendt-del', { navn: missingPartial })
        : `Handlebars melder: ${message.split('\n')[0]}.`;
  return new UserError('skabelon-fejl', { fil: template.path, linje: Number.isFinite(line) ? line : undefined, detalje, kommune: municipality });
}

/** Compiles every template now (not lazily at the first page), so a mistake is found with its file. */
function compileChecked(env: typeof Handlebars, template: Template, municipality?: string): Handlebars.TemplateDelegate {
  try {
    env.precompile(template.source, compileOptions);
    return env.compile(template.source, compileOptions);
  } catch (error) {
    throw templateError(template, error, municipality);
  }
}

/** Every node of a template's syntax tree (Handlebars' nodes are plain objects). */
function* syntaxNodes(node: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(node)) for (const item of node) yield* syntaxNodes(item);
  else if (node && typeof node === 'object') {
    yield node as Record<string, unknown>;
    for (const [key, value] of Object.entries(node)) if (key !== 'loc') yield* syntaxNodes(value);
  }
}

/** Where a template reads `name` (»{{heading.split}}«, »{{lookup titel "split"}}«): the first such expression, for the message. */
function propertyUse(templates: Template[], name: string): { template: Template; line?: number; expression: string } {
  for (const template of templates) {
    for (const node of syntaxNodes(Handlebars.parse(template.source))) {
      const path = node.type === 'PathExpression' && (node.parts as string[]).includes(name);
      if (path || (node.type === 'StringLiteral' && node.value === name)) {
        const expression = path ? String(node.original) : `lookup … "${name}"`;
        return { template, line: (node.loc as hbs.AST.SourceLocation).start.line, expression };
      }
    }
  }
  return { template: templates[0]!, expression: name };
}

const deniedAccess = /Access has been denied to resolve the property "([^"]*)"/;

/**
 * Runs a page template. Handlebars refuses a template's reading of what is not the data's own
 * (»{{titel.split}}«, a method of every text) and says so in English on the console, once per
 * name and process; here it becomes the Danish message at the template's file and line.
 */
function renderChecked(compiled: Handlebars.TemplateDelegate, templates: Template[], folder: string, municipality?: string): Handlebars.TemplateDelegate {
  return (context, options) => {
    const denied: string[] = [];
    const log = Handlebars.logger.log;
    (Handlebars as unknown as { resetLoggedPropertyAccesses(): void }).resetLoggedPropertyAccesses();
    Handlebars.logger.log = (level, message) => {
      const name = deniedAccess.exec(String(message))?.[1];
      if (name === undefined) log(level, message);
      else denied.push(name);
    };
    let page: string;
    try {
      page = compiled(context, options);
    } catch (error) {
      throw templateError({ path: folder, source: '' }, error, municipality);
    } finally {
      Handlebars.logger.log = log;
    }
    if (denied.length === 0) return page;
    const use = propertyUse(templates, denied[0]!);
    const detalje = formatMessage('skabelon-egenskab', { navn: denied[0]!, udtryk: use.expression });
    throw new UserError('skabelon-fejl', { fil: use.template.path, linje: use.line, detalje, kommune: municipality });
  };
}

function compileLayout(own: Map<string, Template>, ownDir: string, municipality?: string): Handlebars.TemplateDelegate {
  const partials = new Map([...sharedPartials(), ...own]);
  const env = Handlebars.create();
  for (const [name, template] of partials) env.registerPartial(name, compileChecked(env, template, municipality));
  env.registerHelper(helpers(partials));
  const layout = own.get('layout') ?? builtInTemplate('layout.hbs');
  const compiled = compileChecked(env, layout, municipality);
  // The municipality's own templates first: a mistake is more likely there than in the shared ones.
  const templates = [...new Set([...own.values(), ...partials.values(), layout])];
  return renderChecked(compiled, templates, own.size > 0 ? ownDir : templatesDir, municipality);
}

/**
 * What a page built with a municipality's own templates may contain: GitHub's rules for
 * user content, widened to a whole page's structure and styling (head, style, landmarks,
 * classes, ids, aria and data attributes, the logo as a data: image). Never script.
 */
const pageSchema: Schema = {
  ...defaultSchema,
  allowDoctypes: true,
  clobber: [],
  clobberPrefix: '',
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    ...['html', 'head', 'body', 'meta', 'title', 'style', 'header', 'footer', 'nav', 'main', 'aside', 'section', 'article'],
    ...['figure', 'figcaption', 'span', 'abbr', 'address', 'time', 'mark', 'small', 'caption', 'colgroup', 'col', 'svg', 'path'],
  ],
  attributes: {
    // GitHub's rules pin classes to a few values per element (footnotes, task lists); a page's own classes are layout, not script.
    ...Object.fromEntries(
      Object.entries(defaultSchema.attributes ?? {}).map(([tag, allowed]) => [
        tag,
        allowed.filter((attribute) => !(Array.isArray(attribute) && attribute[0] === 'className')),
      ]),
    ),
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'className', 'id', 'role', 'lang', 'title', 'tabIndex', 'hidden', 'aria*', 'data*'],
    meta: ['charSet', 'name', 'content'],
    html: ['lang'],
    img: ['src', 'alt', 'width', 'height', 'className'],
    ol: ['start', 'reversed', 'type'],
    time: ['dateTime'],
    svg: ['viewBox', 'xmlns', 'width', 'height', 'fill', 'ariaHidden', 'focusable'],
    path: ['d', 'fill'],
  },
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'], src: ['data'] },
  strip: ['script', 'noscript', 'template', 'iframe', 'object', 'embed'],
};

/** The page with everything that could run script removed (for pages with a municipality's own templates). */
export function sanitizePage(page: string): string {
  const tree = sanitize(fromHtml(page), pageSchema) as Root;
  return `${toHtml(tree)}\n`;
}

let shared: Handlebars.TemplateDelegate | undefined;
let styles: string | undefined;

/** The stylesheet of the pages (templates/styles.css). */
export function stylesheet(): string {
  styles ??= builtInTemplate('styles.css').source;
  return styles;
}

/** Forget compiled templates and styles, after they changed on disk (the preview). */
export function clearTemplateCache(): void {
  shared = undefined;
  styles = undefined;
}

/** The page template for a municipality: the shared one, or one with its own partials whose pages are sanitised. */
export function layoutFor(yamlFile: string, municipality: string): Handlebars.TemplateDelegate {
  const ownDir = join(dirname(yamlFile), 'skabeloner', municipality);
  const { templates: own, problem } = readTemplateFolder(ownDir);
  if (problem) throw unusableTemplate(problem.file, problem);
  if (own.size > 0) {
    const layout = compileLayout(own, ownDir, municipality);
    return (context, options) => sanitizePage(layout(context, options));
  }
  shared ??= compileLayout(own, ownDir);
  return shared;
}
