/**
 * The exports: the clipboard, a text or Markdown file, a Word document and print (loaded on
 * demand). Each fires `bw-narrative-exported`; a failure says what to do instead.
 */
import { msg } from '@lit/localize';
import { directionOf } from '../../ui/localization.js';
import { docx, printText } from './docx.js';
import type { DraftSession } from './draft-session.js';
import type { NarrativeExportFormat, NarrativeHost } from './host.js';

export interface ExportHost extends NarrativeHost {
  readonly session: DraftSession;
  plainText(): string;
  markdown(): string;
}

/** The narrative as a Word document. */
export function wordDocument(title: string, text: string, locale: string): Blob {
  return docx(title, text.trim(), { lang: locale, rtl: directionOf(locale) === 'rtl' });
}

function download(name: string, blob: Blob, extension: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${name}.${extension}`;
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function exportAs(host: ExportHost, format: NarrativeExportFormat): Promise<void> {
  const { session, resolvedLocale: locale } = host;
  const title = session.draft?.title ?? session.template?.title ?? '';
  const name = session.template?.kind ?? 'narrative';
  const text = format === 'markdown' ? host.markdown() : host.plainText();
  try {
    if (format === 'clipboard') {
      await navigator.clipboard.writeText(text);
      session.apply({ notice: msg('Copied to the clipboard.', { id: 'narrative.more.copied' }) });
    } else if (format === 'text') {
      download(name, new Blob([text], { type: 'text/plain;charset=utf-8' }), 'txt');
    } else if (format === 'markdown') {
      download(name, new Blob([text], { type: 'text/markdown;charset=utf-8' }), 'md');
    } else if (format === 'docx') {
      download(name, wordDocument(title, text, locale), 'docx');
    } else {
      printText(host.shadowRoot ?? host, title, text, { lang: locale, dir: directionOf(locale) });
    }
    host.emit('bw-narrative-exported', { format, text });
  } catch (error) {
    host.reportError(error, 'load');
    session.apply({ problem: msg('The export did not work. Try again, or copy the text from the preview.', { id: 'narrative.more.exportFailed' }) });
  }
}
