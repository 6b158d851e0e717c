/**
 * Where a webhook may go (no SSRF). A `webhook_url` is checked when the session is created and again
 * before every attempt: an IP literal directly, a name by resolving it at send time and checking every
 * address it resolves to; the connection is then made to the checked address (the `lookup` handed to
 * the HTTP request), so a DNS answer that changes between check and connect (rebinding) can't get in.
 *
 * Addresses are classified with ipaddr.js. Only global unicast is allowed, plus loopback in
 * development mode (local receivers for testing). Always refused: private (RFC 1918), unique-local,
 * link-local (including the cloud metadata address 169.254.169.254), carrier-grade NAT, multicast,
 * broadcast, unspecified, reserved and documentation ranges, and IPv6 forms that carry an IPv4 address
 * (IPv4-mapped, IPv4-compatible, NAT64, 6to4, Teredo). Odd spellings (`127.1`, `2130706433`,
 * `0x7f.1`, `LOCALHOST`) are normalised by the WHATWG URL parser before they are checked.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { WebhookTargetRefused } from './webhooks.js';

export interface TargetPolicy {
  /** Production mode: loopback is refused too. */
  production: boolean;
}

/** IPv6 ranges that embed an IPv4 address (and so could reach any IPv4 target). */
const EMBEDS_IPV4 = new Set(['ipv4Mapped', 'rfc6145', 'rfc6052', '6to4', 'teredo']);

/** The ipaddr.js range of an address, with IPv4-compatible IPv6 (`::a.b.c.d`) named as such. */
export function addressRange(address: ipaddr.IPv4 | ipaddr.IPv6): string {
  if (address.kind() === 'ipv6') {
    const v6 = address as ipaddr.IPv6;
    const range = v6.range();
    const parts = v6.parts;
    if (range === 'unicast' && parts.slice(0, 6).every((p) => p === 0)) return 'ipv4Compatible';
    return range;
  }
  return address.range();
}

/** Why this IP may not receive webhooks, or null when it may. */
export function refusedAddress(ip: string, policy: TargetPolicy): string | null {
  let address: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    address = ipaddr.parse(ip.replace(/^\[|\]$/g, ''));
  } catch {
    return `${ip} is not an IP address`;
  }
  const range = addressRange(address);
  if (range === 'unicast') return null;
  if (range === 'loopback' && !policy.production) return null;
  if (range === 'ipv4Compatible' || EMBEDS_IPV4.has(range)) return `${ip} is an IPv6 address carrying an IPv4 one`;
  if (range === 'loopback') return `${ip} is a loopback address (allowed in development mode only)`;
  return `${ip} is in a non-public range (${range})`;
}

/** Host names that are loopback by definition (RFC 6761), whatever a resolver says. */
function isLocalhostName(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === 'localhost' || h.endsWith('.localhost');
}

/** The URL's host as an IP literal (brackets removed), or null when it is a name. */
function ipLiteral(url: URL): string | null {
  const host = url.hostname;
  if (host.startsWith('[')) return host.slice(1, -1);
  return ipaddr.IPv4.isValidFourPartDecimal(host) ? host : null;
}

/**
 * Checks a webhook URL without resolving it (at session creation): scheme, and the host when it is an
 * IP literal or a localhost name. Returns why it is refused, or null.
 */
export function refusedWebhookUrl(raw: string, policy: TargetPolicy): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'is not a valid URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must use https';
  if (url.username || url.password) return 'must not contain credentials';
  const literal = ipLiteral(url);
  if (literal !== null) return refusedAddress(literal, policy);
  if (isLocalhostName(url.hostname)) {
    return policy.production ? `${url.hostname} is a loopback name (allowed in development mode only)` : null;
  }
  return null;
}

type Resolver = (host: string, callback: (err: Error | null, addresses: LookupAddress[]) => void) => void;

const systemResolver: Resolver = (host, callback) =>
  dnsLookup(host, { all: true, verbatim: true }, (err, addresses) => callback(err, addresses ?? []));

/**
 * The check before each attempt. Throws {@link WebhookTargetRefused} for a refused literal or name;
 * for other names returns the `lookup` the connection must use: it resolves the name, refuses it
 * when any address is refused, and hands the socket only checked addresses.
 */
export function webhookTarget(policy: TargetPolicy, resolve: Resolver = systemResolver) {
  return (url: URL): LookupFunction | undefined => {
    const refused = refusedWebhookUrl(url.href, policy);
    if (refused) throw new WebhookTargetRefused(`webhook target refused: ${refused}`);
    if (ipLiteral(url) !== null) return undefined;
    const lookup: LookupFunction = (hostname, options, callback) => {
      resolve(hostname, (err, addresses) => {
        if (err) return callback(err, '', 0);
        if (addresses.length === 0) return callback(new Error(`${hostname} did not resolve`), '', 0);
        for (const a of addresses) {
          const why = refusedAddress(a.address, policy);
          if (why) return callback(new WebhookTargetRefused(`webhook target refused: ${hostname} → ${why}`), '', 0);
        }
        const family = typeof options.family === 'number' ? options.family : 0;
        const usable = family ? addresses.filter((a) => a.family === family) : addresses;
        if (usable.length === 0) return callback(new Error(`${hostname} has no IPv${family} address`), '', 0);
        if (options.all) {
          (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, usable);
        } else {
          callback(null, usable[0]!.address, usable[0]!.family);
        }
      });
    };
    return lookup;
  };
}
