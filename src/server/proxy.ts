/**
 * Which address a request comes from, for the per-address limits (failed key and token checks,
 * anonymous calls). By default the connection's own address: `X-Forwarded-For` is written by
 * whoever sends the request, so trusting it lets a client pick a fresh budget per request. Behind
 * a reverse proxy every request arrives from the proxy, and everyone would share one budget; the
 * `trustProxy` setting then says which forwarding hops to believe:
 * - a number of hops `n`: the `n` nearest hops are proxies of ours, so the client is the `n`th
 *   address from the right of `X-Forwarded-For` plus the connection (1: one proxy in front);
 * - a list of proxy addresses or subnets (`10.0.0.1`, `10.0.0.0/8`, `fd00::/8`): hops from those
 *   addresses are believed, and the first address from the right that is not one of them is the client.
 * Entries to the left of what is believed (a client can write any) are never read.
 */
import { BlockList, isIP } from 'node:net';

export type TrustProxy = false | { hops: number } | { proxies: BlockList; shown: string[] };

/** The environment variable that holds the setting. */
export const TRUST_PROXY_ENV = 'BRIDGEWAY_TRUST_PROXY';

const plain = (address: string): string => {
  const unbracketed = address.trim().replace(/^\[(.*)\]$/, '$1');
  // An IPv4 client on a dual-stack socket shows as ::ffff:203.0.113.1.
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(unbracketed) ? unbracketed.slice(7) : unbracketed;
};

/**
 * Reads the setting: `false`/absent/empty/`0` (trust no forwarding header), a whole number of hops,
 * or a comma-separated list of proxy addresses and subnets. Throws with what is wrong.
 */
export function parseTrustProxy(value: string | number | readonly string[] | false | undefined): TrustProxy {
  if (value === undefined || value === false || value === '' || value === 0 || value === '0' || value === 'false') return false;
  if (typeof value === 'number' || /^\d+$/.test(String(value).trim())) {
    const hops = Number(value);
    if (!Number.isSafeInteger(hops) || hops < 0 || hops > 32) throw new Error(`${TRUST_PROXY_ENV} must be a number of proxy hops from 0 to 32, or proxy addresses; got ${value}.`);
    return hops === 0 ? false : { hops };
  }
  const entries = (Array.isArray(value) ? value : String(value).split(',')).map((entry: string) => entry.trim()).filter(Boolean);
  const proxies = new BlockList();
  for (const entry of entries) {
    const [address, prefix, extra] = plain(entry).split('/');
    const family = isIP(address);
    const bits = prefix === undefined ? undefined : Number(prefix);
    if (!family || extra !== undefined || (bits !== undefined && (!/^\d+$/.test(prefix!) || bits > (family === 4 ? 32 : 128)))) {
      throw new Error(`${TRUST_PROXY_ENV}: "${entry}" is not an IP address or subnet (such as 10.0.0.1 or 10.0.0.0/8).`);
    }
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) proxies.addAddress(address, type);
    else proxies.addSubnet(address, bits, type);
  }
  return entries.length ? { proxies, shown: entries } : false;
}

const isProxy = (proxies: BlockList, address: string): boolean => {
  const family = isIP(address);
  return family !== 0 && proxies.check(address, family === 4 ? 'ipv4' : 'ipv6');
};

/**
 * The client's address: the connection's, or with `trust`, the one the trusted hops forwarded.
 * `forwardedFor` is the `X-Forwarded-For` header (several headers joined with commas).
 */
export function clientAddressOf(connection: string, forwardedFor: string | undefined, trust: TrustProxy): string {
  if (!trust || !forwardedFor) return connection;
  // Nearest first: the connection, then each forwarded address from the right.
  const chain = [plain(connection), ...forwardedFor.split(',').map(plain).reverse()];
  const at = (index: number): string => {
    // A hop that is not an address (junk a client wrote) ends what can be believed.
    for (let i = 1; i <= index; i++) if (!isIP(chain[i] ?? '')) return chain[i - 1];
    return chain[index];
  };
  if ('hops' in trust) return at(Math.min(trust.hops, chain.length - 1));
  let index = 0;
  while (index < chain.length - 1 && isProxy(trust.proxies, chain[index])) index++;
  return at(index);
}
