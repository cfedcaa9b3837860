/**
 * A minimal Word document (.docx: a zip of a few XML files), built in the browser with no
 * library, and print. Part of the exports (exports.ts), a part loaded when a person first asks
 * for an export. Every piece of text is XML-escaped; entries are stored uncompressed (valid zip,
 * tiny code).
 */

const encoder = new TextEncoder();

/** Escapes text for XML and drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

let crcTable: Uint32Array | undefined;
function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of data) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A zip archive with the files stored (no compression). */
export function zip(files: Array<{ name: string; data: Uint8Array }>): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const file of files) {
    const name = encoder.encode(file.name);
    const crc = crc32(file.data);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, 0x0800, true); // UTF-8 names
    local.setUint16(8, 0, true); // stored
    local.setUint32(14, crc, true);
    local.setUint32(18, file.data.length, true);
    local.setUint32(22, file.data.length, true);
    local.setUint16(26, name.length, true);
    parts.push(new Uint8Array(local.buffer), name, file.data);
    const entry = new DataView(new ArrayBuffer(46));
    entry.setUint32(0, 0x02014b50, true);
    entry.setUint16(4, 20, true);
    entry.setUint16(6, 20, true);
    entry.setUint16(8, 0x0800, true);
    entry.setUint32(16, crc, true);
    entry.setUint32(20, file.data.length, true);
    entry.setUint32(24, file.data.length, true);
    entry.setUint16(28, name.length, true);
    entry.setUint32(42, offset, true);
    central.push(new Uint8Array(entry.buffer), name);
    offset += 30 + name.length + file.data.length;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, files.length, true);
  end.setUint16(10, files.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  const all = [...parts, ...central, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of all) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The Word document for a title and plain text (paragraphs split on blank lines, line breaks kept). */
export function docx(title: string, text: string, options: { lang?: string; rtl?: boolean } = {}): Blob {
  const rtl = options.rtl ? '<w:bidi/>' : '';
  const lang = escapeXml(options.lang ?? 'en');
  const run = (content: string, bold = false) => {
    const lines = content.split('\n').map((line) => `<w:t xml:space="preserve">${escapeXml(line)}</w:t>`);
    return `<w:r><w:rPr>${bold ? '<w:b/>' : ''}<w:lang w:val="${lang}" w:bidi="${lang}"/>${options.rtl ? '<w:rtl/>' : ''}</w:rPr>${lines.join('<w:br/>')}</w:r>`;
  };
  const paragraph = (content: string, bold = false) => `<w:p><w:pPr>${rtl}</w:pPr>${run(content, bold)}</w:p>`;
  const body = [title.trim() ? paragraph(title.trim(), true) : '', ...text.split(/\n{2,}/).map((block) => paragraph(block))].join('');
  const files = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`,
  };
  const bytes = zip(Object.entries(files).map(([name, content]) => ({ name, data: encoder.encode(content) })));
  return new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
}

/**
 * A print view: a hidden frame holding the text (set as text, never parsed as HTML), printed
 * on its own so the host page is not. The frame goes in `container` (the element's shadow
 * root): the library never writes to the host document.
 */
export function printText(container: ParentNode, title: string, text: string, options: { lang?: string; dir?: string } = {}): void {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position:fixed;width:0;height:0;border:0;inset-inline-start:-9999px';
  container.append(frame);
  const doc = frame.contentDocument;
  const win = frame.contentWindow;
  if (!doc || !win) {
    frame.remove();
    return;
  }
  doc.documentElement.lang = options.lang ?? 'en';
  doc.documentElement.dir = options.dir ?? 'ltr';
  doc.title = title;
  const heading = doc.createElement('h1');
  heading.textContent = title;
  heading.style.cssText = 'font:600 1.4rem/1.3 system-ui,sans-serif';
  const body = doc.createElement('div');
  body.textContent = text;
  body.style.cssText = 'white-space:pre-wrap;font:1rem/1.5 Georgia,serif;max-width:40rem';
  doc.body.append(heading, body);
  win.addEventListener('afterprint', () => frame.remove(), { once: true });
  setTimeout(() => frame.remove(), 60_000);
  win.focus();
  win.print();
}
