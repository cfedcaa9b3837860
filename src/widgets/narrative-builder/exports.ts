/**
 * The exports: the clipboard, a text or Markdown file, a Word document and print. A part of
 * its own with the Word writer (docx.ts), loaded when a person first asks for an export (or
 * calls `wordDocument()`), apart from the draft tools most exports never need. Each fires
 * `bw-narrative-exported`; a failure says what to do instead.
 */
import { msg, str } from '@lit/localize';
import { directionOf } from '../../ui/localization.js';
import { docx, printText } from './docx.js';
import type { DraftSession } from './draft-session.js';
import { moveFocus } from './focus-mover.js';
import type { NarrativeExportFormat, NarrativeHost } from './host.js';
import { isolate } from './messages.js';

export interface ExportHost extends NarrativeHost {
  readonly session: DraftSession;
  plainText(): string;
  markdown(): string;
}

/** What an export is named and written in: the story's title as the person sees it, and its template's language. */
function storyOf(host: ExportHost): { title: string; locale: string } {
  const { template, draft } = host.session;
  return { title: draft?.title ?? template?.title ?? '', locale: template?.locale ?? host.resolvedLocale };
}

function wordFile(title: string, text: string, locale: string): Blob {
  return docx(title, text.trim(), { lang: locale, rtl: directionOf(locale) === 'rtl' });
}

/** The narrative as a Word document. */
export function wordDocument(host: ExportHost): Blob {
  const { title, locale } = storyOf(host);
  return wordFile(title, host.plainText(), locale);
}

/** Downloads the file and says so. */
function download(name: string, blob: Blob, extension: string): string {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  const file = `${name}.${extension}`;
  link.href = url;
  link.download = file;
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  const shown = isolate(file);
  return msg(str`Downloaded ${shown}.`, { id: 'narrative.more.downloaded' });
}

export async function exportAs(host: ExportHost, format: NarrativeExportFormat): Promise<void> {
  const { session } = host;
  // The text is in the language it was written in (its template's).
  const { title, locale } = storyOf(host);
  // Files are named after the story's title, as the person sees it (never a code).
  const name = title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').trim().slice(0, 80) || 'narrative';
  const text = format === 'markdown' ? host.markdown() : host.plainText();
  try {
    let notice: string;
    if (format === 'clipboard') {
      await navigator.clipboard.writeText(text);
      notice = msg('Copied to the clipboard.', { id: 'narrative.more.copied' });
    } else if (format === 'text') {
      notice = download(name, new Blob([text], { type: 'text/plain;charset=utf-8' }), 'txt');
    } else if (format === 'markdown') {
      notice = download(name, new Blob([text], { type: 'text/markdown;charset=utf-8' }), 'md');
    } else if (format === 'docx') {
      notice = download(name, wordFile(title, text, locale), 'docx');
    } else {
      printText(host.shadowRoot ?? host, title, text, { lang: locale, dir: directionOf(locale) });
      notice = msg('The text went to the print dialog.', { id: 'narrative.more.printed' });
    }
    session.apply({ notice, problem: '' });
    moveFocus(host, 'status');
    host.emit('bw-narrative-exported', { format, text });
  } catch (error) {
    host.reportError(error, 'load');
    session.apply({ problem: msg('The export did not work. Try again, or copy the text from the preview.', { id: 'narrative.more.exportFailed' }) });
    moveFocus(host, 'problem');
  }
}
