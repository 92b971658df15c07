/** Minimal, safe HTML building for the reports: every interpolated value is escaped. */
const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (char) => escapes[char]!);
}

/** Raw HTML that `html` must not escape again. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes text; arrays and SafeHtml are joined as they are. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  const render = (value: unknown): string =>
    value instanceof SafeHtml
      ? value.value
      : Array.isArray(value)
        ? value.map(render).join('')
        : value === undefined || value === null || value === false
          ? ''
          : escapeHtml(value);
  return new SafeHtml(strings.reduce((out, string, index) => out + string + (index < values.length ? render(values[index]) : ''), ''));
}

/** A standalone report page (compliance, overview, changes): Danish, fonts and styles inline; a site page adds its navigation before and footer after <main>. */
export function reportPage(title: string, styles: string, body: SafeHtml, site: { before?: SafeHtml; after?: SafeHtml } = {}): string {
  return `${html`<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${new SafeHtml(styles)}</style>
</head>
<body>
${site.before}
<main id="indhold">
${body}
</main>
${site.after}
</body>
</html>`}\n`;
}
