/** Human-readable API docs: plain HTML rendered on the server from the OpenAPI document. No scripts. */
import { createHash } from 'node:crypto';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);
}

export const DOCS_STYLE = `
body{font:16px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem 1.5rem;color:#1a1a1a;background:#fff}
h1{font-size:1.8rem}h2{margin-top:2.5rem;border-bottom:1px solid #ccc}h3{font-size:1.1rem;margin:1.5rem 0 .25rem}
code,pre{font-family:ui-monospace,monospace;font-size:.9rem}pre{background:#f4f4f4;padding:.75rem;overflow:auto;border-radius:4px}
.method{display:inline-block;min-width:4.5rem;font-weight:700}.auth{color:#555}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left}
nav ul{columns:2}details{margin:.5rem 0}
@media (prefers-color-scheme:dark){body{background:#111;color:#eee}pre{background:#222}.auth{color:#bbb}}
`;

/** The `style-src` hash of {@link DOCS_STYLE}, for the page's Content-Security-Policy. */
export const DOCS_STYLE_HASH = `'sha256-${createHash('sha256').update(DOCS_STYLE).digest('base64')}'`;

function schemaBlock(schema: unknown): string {
  return `<pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre>`;
}

function authText(security: Json[] | undefined): string {
  if (!security || security.length === 0) return 'No credentials.';
  return `Credentials: ${security.map((entry) => Object.keys(entry).join(' + ')).map(escapeHtml).join(' or ')}.`;
}

export function renderDocs(doc: Json): string {
  const sections: string[] = [];
  const nav: string[] = [];
  for (const [path, operations] of Object.entries(doc.paths ?? {}) as [string, Json][]) {
    for (const [method, op] of Object.entries(operations) as [string, Json][]) {
      const anchor = `op-${String(op.operationId ?? `${method}-${path}`).replace(/[^A-Za-z0-9_-]/g, '-')}`;
      nav.push(`<li><a href="#${escapeHtml(anchor)}"><span class="method">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></a></li>`);
      const params = (op.parameters ?? []) as Json[];
      const paramRows = params
        .map((p) => `<tr><td><code>${escapeHtml(p.name)}</code></td><td>${escapeHtml(p.in)}</td><td>${p.required ? 'yes' : 'no'}</td><td>${escapeHtml(p.description ?? JSON.stringify(p.schema ?? {}))}</td></tr>`)
        .join('');
      const responses = Object.entries(op.responses ?? {}) as [string, Json][];
      const body = op.requestBody?.content?.['application/json']?.schema;
      sections.push(`<section id="${escapeHtml(anchor)}">
<h3><span class="method">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(op.summary ?? '')}</p>${op.description ? `<p>${escapeHtml(op.description)}</p>` : ''}
<p class="auth">${authText(op.security)}${op['x-bridgeway-roles'] ? ` Roles: ${escapeHtml(op['x-bridgeway-roles'].join(', '))}.` : ''}</p>
${paramRows ? `<table><thead><tr><th>parameter</th><th>in</th><th>required</th><th>about</th></tr></thead><tbody>${paramRows}</tbody></table>` : ''}
${body ? `<details><summary>Request body</summary>${schemaBlock(body)}</details>` : ''}
<ul>${responses.map(([status, r]) => `<li><strong>${escapeHtml(status)}</strong> ${escapeHtml(r.description ?? '')}${r.content?.['application/json'] ? `<details><summary>Response body</summary>${schemaBlock(r.content['application/json'].schema)}</details>` : ''}</li>`).join('')}</ul>
</section>`);
    }
  }
  const schemas = Object.entries(doc.components?.schemas ?? {}) as [string, unknown][];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.info?.title ?? 'API')} ${escapeHtml(doc.info?.version ?? '')}</title>
<style>${DOCS_STYLE}</style></head>
<body><main>
<h1>${escapeHtml(doc.info?.title ?? 'API')} <small>${escapeHtml(doc.info?.version ?? '')}</small></h1>
<p>${escapeHtml(doc.info?.description ?? '')}</p>
<p>The machine-readable document: <a href="/v1/openapi.json">/v1/openapi.json</a> (OpenAPI ${escapeHtml(doc.openapi)}).</p>
<h2>Authentication</h2><ul>${Object.entries(doc.components?.securitySchemes ?? {}).map(([name, s]) => `<li><code>${escapeHtml(name)}</code>: <code>Authorization: Bearer ${escapeHtml((s as Json).bearerFormat ?? '')}</code>. ${escapeHtml((s as Json).description ?? '')}</li>`).join('')}</ul>
<h2>Operations</h2><nav><ul>${nav.join('')}</ul></nav>
${sections.join('\n')}
<h2>Schemas</h2>
${schemas.map(([name, schema]) => `<section id="schema-${escapeHtml(name)}"><h3>${escapeHtml(name)}</h3>${schemaBlock(schema)}</section>`).join('\n')}
</main></body></html>`;
}
