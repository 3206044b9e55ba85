// Which network addresses the server may fetch an article from. Pure: no DNS, no sockets (see fetch-page.ts).
import { isIP } from "node:net";

/** IPv4 blocks that are not the public internet: [first address, prefix length]. */
const V4_BLOCKED: readonly [string, number][] = [
  ["0.0.0.0", 8], // "this network", unspecified
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT (shared address space)
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local (cloud metadata services live here)
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.88.99.0", 24], // 6to4 relay anycast
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation
  ["203.0.113.0", 24], // documentation
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, and 255.255.255.255 broadcast
];

/** The 32-bit value of a dotted IPv4 address, or undefined when it is not one. */
export function parseIPv4(address: string): number | undefined {
  const parts = address.split(".");
  if (parts.length !== 4 || !parts.every((p) => /^(?:0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255)) return undefined;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

/** The eight 16-bit groups of an IPv6 address (an embedded dotted IPv4 tail and a zone allowed), or undefined. */
export function parseIPv6(address: string): number[] | undefined {
  let a = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(a)?.[1];
  if (tail) {
    const v4 = parseIPv4(tail);
    if (v4 === undefined) return undefined;
    a = `${a.slice(0, -tail.length)}${(v4 >>> 16).toString(16)}:${(v4 & 0xffff).toString(16)}`;
  }
  const halves = a.split("::");
  if (halves.length > 2) return undefined;
  const groups = (s: string | undefined) => (s ? s.split(":") : []);
  const head = groups(halves[0]);
  const rest = groups(halves[1]);
  const missing = 8 - head.length - rest.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...rest];
  if (!all.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return undefined;
  return all.map((g) => parseInt(g, 16));
}

function v4Allowed(n: number, allowLoopback: boolean): boolean {
  if (allowLoopback && n >>> 24 === 127) return true;
  return !V4_BLOCKED.some(([base, bits]) => {
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    return (n & mask) >>> 0 === (parseIPv4(base)! & mask) >>> 0;
  });
}

function v6Allowed(groups: number[], allowLoopback: boolean): boolean {
  const g = (i: number) => groups[i] ?? 0;
  const embeddedV4 = ((g(6) << 16) | g(7)) >>> 0;
  const zeros = (from: number, to: number) => groups.slice(from, to).every((x) => x === 0);
  // ::ffff:a.b.c.d (IPv4-mapped) and 64:ff9b::a.b.c.d (NAT64) reach the IPv4 address inside: judged as that.
  if (zeros(0, 5) && g(5) === 0xffff) return v4Allowed(embeddedV4, allowLoopback);
  if (g(0) === 0x64 && g(1) === 0xff9b && zeros(2, 6)) return v4Allowed(embeddedV4, allowLoopback);
  if (allowLoopback && zeros(0, 7) && g(7) === 1) return true; // ::1
  // Only global unicast (2000::/3) is the internet; that rules out ::, ::1, IPv4-compatible ::a.b.c.d,
  // unique-local fc00::/7, link-local fe80::/10, site-local fec0::/10 and multicast ff00::/8.
  if (g(0) >>> 13 !== 1) return false;
  if (g(0) === 0x2001 && g(1) < 0x200) return false; // 2001::/23: Teredo and other IETF protocol assignments
  if (g(0) === 0x2001 && g(1) === 0xdb8) return false; // documentation
  if (g(0) === 0x2002) return v4Allowed(((g(1) << 16) | g(2)) >>> 0, false); // 6to4 carries an IPv4 address
  return true;
}

/**
 * True when the server may connect to `address` (an IP address as DNS returns it, or an IPv6 literal with
 * brackets): only public unicast addresses. `allowLoopback` (tests only) lets 127.0.0.0/8 and ::1 through.
 */
export function isAllowedAddress(address: string, { allowLoopback = false } = {}): boolean {
  const bare = address.replace(/^\[|\]$/g, "");
  const kind = isIP(bare.replace(/%.*$/, ""));
  if (kind === 4) return v4Allowed(parseIPv4(bare)!, allowLoopback);
  if (kind === 6) {
    const groups = parseIPv6(bare);
    return groups !== undefined && v6Allowed(groups, allowLoopback);
  }
  return false;
}
