/** Static files for the demo and the CDN bundles, safe against directory traversal. */
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { HttpProblem } from './problem.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xlf': 'application/xml; charset=utf-8',
};

export function contentTypeOf(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** A strict policy for HTML pages: no inline script, nothing from elsewhere. */
export function htmlSecurityHeaders(styleHashes: string[] = []): Record<string, string> {
  const style = ["'self'", ...styleHashes].join(' ');
  return {
    'content-security-policy': `default-src 'self'; script-src 'self'; style-src ${style}; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'`,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
  };
}

/**
 * Reads `relative` under `root`. Returns null when there is no such file; never leaves `root`
 * (`..`, encoded slashes, NUL bytes and absolute paths are refused).
 */
export async function readStatic(root: string, relative: string): Promise<{ body: Uint8Array; type: string } | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    throw new HttpProblem('invalid_request', 'The path is not valid URL encoding.');
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const parts = decoded.split('/').filter((part) => part !== '' && part !== '.');
  if (parts.some((part) => part === '..')) return null;
  const base = resolve(root);
  const target = resolve(base, ...parts);
  if (target !== base && !target.startsWith(base + sep)) return null;
  try {
    const info = await stat(target);
    if (!info.isFile()) return null;
    return { body: await readFile(target), type: contentTypeOf(target) };
  } catch {
    return null;
  }
}

export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
