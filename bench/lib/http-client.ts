/** One client in a process of its own (http-client-process.mjs), as a browser is, and this process's CPU time serving each of its requests. */
import { fork } from 'node:child_process';

/** This process's CPU time so far (user + system, all its threads), ms. */
export const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

type Reply = { ready?: true; ms?: number; error?: string };

/**
 * A client process sending `bodies` in turn to `url` (POST, one kept-alive node:http connection).
 * `request(i)` answers the client's own latency for body `i` (from sending to the answer parsed) and
 * this process's CPU time meanwhile, less what an IPC round trip alone costs here (measured just before).
 */
export async function otherProcessClient(url: string, headers: Record<string, string>, bodies: string[]) {
  const child = fork(new URL('./http-client-process.mjs', import.meta.url), [], { stdio: 'inherit' });
  const replies: ((reply: Reply) => void)[] = [];
  child.on('message', (reply: Reply) => replies.shift()?.(reply));
  const ask = (message: object) => new Promise<Reply>((resolve) => {
    replies.push(resolve);
    child.send(message);
  });
  await ask({ url, headers, bodies });
  return {
    async request(index: number): Promise<{ ms: number; cpu: number }> {
      let before = cpuMs();
      await ask({ index, echo: true });
      const message = cpuMs() - before;
      before = cpuMs();
      const reply = await ask({ index });
      const cpu = cpuMs() - before - message;
      if (reply.error !== undefined || reply.ms === undefined) throw new Error(reply.error ?? 'no answer from the client process');
      return { ms: reply.ms, cpu };
    },
    close: () => child.disconnect(),
  };
}
