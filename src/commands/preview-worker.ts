/** The preview's worker thread: renders the page on request, forgets compiled templates on a change. */
import { parentPort, workerData } from 'node:worker_threads';
import { clearTemplateCache } from '../render/templates.js';
import { emptyPage, previewPage, problemBanner, withPreviewParts } from './preview-page.js';
import { escapeHtml } from '../render/safe-html.js';

const { file, id } = workerData as { file: string; id: string };
const page = previewPage(file, id);
parentPort?.postMessage({ ready: true });

parentPort?.on('message', (message: { request?: number; changed?: true }) => {
  if (message.changed) return clearTemplateCache();
  let html: string;
  try {
    html = page();
  } catch (error) {
    // A bug, not the user's: said on the page, and the server goes on.
    html = withPreviewParts(
      emptyPage(escapeHtml(id)),
      problemBanner('uventet-fejl', { detalje: String((error as Error)?.message ?? error).split('\n')[0] ?? '' }),
      '',
    );
  }
  parentPort?.postMessage({ request: message.request, page: html });
});
