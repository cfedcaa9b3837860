// A client in its own process, as every real client of the server is (a browser, a host backend):
// one kept-alive node:http connection, one request at a time. The bench sends
// `{ url, headers, bodies }` once, then `{ index }` per request; the answer is `{ ms }`, the time
// from sending the request to the whole response parsed, measured here, or `{ error }`.
// `{ index, echo: true }` is answered at once, without a request.
// Plain JavaScript, so the process starts without the TypeScript loader.
import { Agent, request } from 'node:http';

const agent = new Agent({ keepAlive: true, maxSockets: 1 });
let target;

function send(index) {
  const body = target.bodies[index % target.bodies.length];
  return new Promise((resolve, reject) => {
    const sent = request(target.url, { method: 'POST', agent, headers: { ...target.headers, 'content-length': Buffer.byteLength(body) } }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        if (response.statusCode !== 200) reject(new Error(`${target.url} answered ${response.statusCode}: ${text}`));
        else resolve(JSON.parse(text));
      });
      response.on('error', reject);
    });
    sent.on('error', reject);
    sent.end(body);
  });
}

process.on('message', async (message) => {
  if ('url' in message) {
    target = message;
    process.send({ ready: true });
    return;
  }
  // `{ index, echo: true }` only answers: what the message round trip costs the bench's process.
  if (message.echo) {
    process.send({ ms: 0 });
    return;
  }
  const started = performance.now();
  try {
    await send(message.index);
    process.send({ ms: performance.now() - started });
  } catch (error) {
    process.send({ error: String(error) });
  }
});
process.on('disconnect', () => agent.destroy());
