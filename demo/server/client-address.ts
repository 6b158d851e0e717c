/**
 * The applicant's address for the per-address limits. By default the socket's peer, and nothing a
 * client sends can change that. Behind a reverse proxy every applicant would then be the proxy, so
 * `VERILOCK_TRUST_PROXY` may name the proxies to believe: a hop count (`1`: the socket is one proxy),
 * or a list of proxy addresses and CIDR ranges (`10.0.0.0/8, 192.0.2.7`). `X-Forwarded-For` is then
 * read right to left (each proxy appends the address it saw): the client is the first address, from
 * the socket outwards, that is not a trusted proxy. Entries left of it — which the client itself may
 * have written — are never read. Addresses are parsed and compared with ipaddr.js.
 */
import ipaddr from 'ipaddr.js';

/** Which proxies' `X-Forwarded-For` is believed. */
export type TrustProxy =
  { kind: 'off' } | { kind: 'hops'; hops: number } | { kind: 'ranges'; ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][] };

export const TRUST_NONE: TrustProxy = { kind: 'off' };

/**
 * Reads `VERILOCK_TRUST_PROXY`: unset, empty, `0`, `off` or `false` → off; a whole number → that many
 * proxy hops; otherwise a comma- or space-separated list of addresses and CIDR ranges. Anything else
 * (`true`, a malformed address) is an error at start rather than a silently open door.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim().toLowerCase() ?? '';
  if (text === '' || text === '0' || text === 'off' || text === 'false') return TRUST_NONE;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 32) throw new Error('VERILOCK_TRUST_PROXY: at most 32 proxy hops');
    return { kind: 'hops', hops };
  }
  const ranges = text
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((entry): [ipaddr.IPv4 | ipaddr.IPv6, number] => {
      try {
        if (entry.includes('/')) return ipaddr.parseCIDR(entry);
        const addr = ipaddr.process(entry);
        return [addr, addr.kind() === 'ipv4' ? 32 : 128];
      } catch {
        throw new Error(
          `VERILOCK_TRUST_PROXY: "${entry}" is not an address or CIDR range (use a hop count, or a list of proxy addresses)`,
        );
      }
    });
  return { kind: 'ranges', ranges };
}

/** An address as one canonical string (IPv4-mapped IPv6 as IPv4), or null when it is not one. */
function parse(address: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  try {
    return ipaddr.process(address.trim());
  } catch {
    return null;
  }
}

function trusted(addr: ipaddr.IPv4 | ipaddr.IPv6, ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][]): boolean {
  return ranges.some(([net, bits]) => addr.kind() === net.kind() && addr.match(net, bits));
}

/**
 * The client's address: the socket's peer, or with `trust` the first untrusted address of
 * `X-Forwarded-For` counted from the right. A malformed entry ends the walk at the last good address.
 */
export function clientAddressOf(
  socketAddress: string | undefined,
  forwardedFor: string | null | undefined,
  trust: TrustProxy,
): string {
  const socket = socketAddress ? parse(socketAddress) : null;
  if (!socket) return socketAddress ?? 'unknown';
  if (trust.kind === 'off' || !forwardedFor) return socket.toString();
  // From the nearest hop outwards: the socket, then the forwarded entries right to left.
  const chain = forwardedFor.split(',').reverse();
  let client = socket;
  for (let i = 0; ; i++) {
    const isProxy = trust.kind === 'hops' ? i < trust.hops : trusted(client, trust.ranges);
    if (!isProxy || i >= chain.length) return client.toString();
    const next = parse(chain[i]!);
    if (!next) return client.toString();
    client = next;
  }
}
