import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isAllowedAddress, parseIPv6 } from "@/lib/extract/address";

describe("isAllowedAddress", () => {
  it("refuses loopback, private, link-local, CGNAT, multicast, unspecified and reserved IPv4", () => {
    for (const a of [
      "127.0.0.1",
      "127.255.255.254",
      "10.0.0.1",
      "10.255.255.255",
      "172.16.0.1",
      "172.31.255.255",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "100.127.255.255",
      "0.0.0.0",
      "0.1.2.3",
      "224.0.0.1",
      "239.255.255.250",
      "240.0.0.1",
      "255.255.255.255",
      "192.0.2.10",
      "198.18.0.1",
      "198.51.100.7",
      "203.0.113.9",
      "192.0.0.8",
    ]) {
      expect(isAllowedAddress(a), a).toBe(false);
    }
  });

  it("lets public IPv4 through, including the neighbours of blocked ranges", () => {
    for (const a of [
      "93.184.216.34",
      "8.8.8.8",
      "9.255.255.255",
      "11.0.0.1",
      "172.15.255.255",
      "172.32.0.1",
      "100.63.255.255",
      "100.128.0.1",
      "169.253.0.1",
      "223.255.255.255",
      "192.169.0.1",
    ]) {
      expect(isAllowedAddress(a), a).toBe(true);
    }
  });

  it("refuses loopback, unspecified, unique-local, link-local, multicast and special IPv6", () => {
    for (const a of [
      "::1",
      "[::1]",
      "::",
      "0:0:0:0:0:0:0:1",
      "fc00::1",
      "fd12:3456::1",
      "fe80::1",
      "fe80::1%eth0",
      "fec0::1",
      "ff02::1",
      "ff0e::1",
      "2001:db8::1",
      "2001::1",
      "2001:0:4136:e378::1",
      "100::1",
      "::7f00:1",
    ]) {
      expect(isAllowedAddress(a), a).toBe(false);
    }
  });

  it("judges an IPv4 address inside IPv6 (mapped, NAT64, 6to4) as the IPv4 address", () => {
    for (const a of [
      "::ffff:127.0.0.1",
      "[::ffff:127.0.0.1]",
      "::ffff:7f00:1",
      "::ffff:10.0.0.1",
      "::ffff:169.254.169.254",
      "::ffff:a9fe:a9fe",
      "64:ff9b::10.0.0.1",
      "2002:c0a8:101::1",
      "2002:7f00:1::1",
    ]) {
      expect(isAllowedAddress(a), a).toBe(false);
    }
    for (const a of ["::ffff:93.184.216.34", "64:ff9b::8.8.8.8", "2002:5db8:d822::1"]) {
      expect(isAllowedAddress(a), a).toBe(true);
    }
  });

  it("lets public IPv6 through", () => {
    for (const a of ["2606:4700:4700::1111", "2a00:1450:4001:82b::200e", "[2606:4700::6810:84e5]"]) {
      expect(isAllowedAddress(a), a).toBe(true);
    }
  });

  it("refuses what is not an address at all", () => {
    for (const a of ["", "localhost", "example.com", "1.2.3", "256.1.1.1", "::g", "1::2::3"]) {
      expect(isAllowedAddress(a), a).toBe(false);
    }
  });

  it("lets loopback (only loopback) through when the test setting asks", () => {
    const opts = { allowLoopback: true };
    expect(isAllowedAddress("127.0.0.1", opts)).toBe(true);
    expect(isAllowedAddress("::1", opts)).toBe(true);
    expect(isAllowedAddress("::ffff:127.0.0.1", opts)).toBe(true);
    for (const a of ["10.0.0.1", "169.254.169.254", "192.168.0.1", "fe80::1", "fc00::1", "::"])
      expect(isAllowedAddress(a, opts), a).toBe(false);
  });
});

describe("parseIPv6", () => {
  it("expands :: and a dotted IPv4 tail", () => {
    expect(parseIPv6("::1")).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIPv6("::ffff:127.0.0.1")).toEqual([0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]);
    expect(parseIPv6("2001:db8::")).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 0]);
    expect(parseIPv6("1:2:3:4:5:6:7")).toBeUndefined();
    expect(parseIPv6("1:2:3:4:5:6:7:8:9")).toBeUndefined();
    expect(parseIPv6("1::2:3:4:5:6:7:8")).toBeUndefined();
  });
});

describe("isAllowedAddress, properties", () => {
  const v4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((o) => o.join("."));
  const hex = (a: string) => {
    const [p, q, r, s] = a.split(".").map(Number) as [number, number, number, number];
    return `${((p << 8) | q).toString(16)}:${((r << 8) | s).toString(16)}`;
  };

  it("judges an IPv4-mapped IPv6 address, dotted or in hex, exactly as the IPv4 address", () => {
    fc.assert(
      fc.property(v4, fc.boolean(), (a, loop) => {
        const opts = { allowLoopback: loop };
        expect(isAllowedAddress(`::ffff:${a}`, opts)).toBe(isAllowedAddress(a, opts));
        expect(isAllowedAddress(`[::ffff:${hex(a)}]`, opts)).toBe(isAllowedAddress(a, opts));
      }),
    );
  });

  it("refuses every address of the private, loopback, link-local and CGNAT ranges", () => {
    const inRange = fc.oneof(
      fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)).map(([b, c, d]) => `10.${b}.${c}.${d}`),
      fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255)).map(([b, c, d]) => `127.${b}.${c}.${d}`),
      fc.tuple(fc.integer({ min: 16, max: 31 }), fc.nat(255), fc.nat(255)).map(([b, c, d]) => `172.${b}.${c}.${d}`),
      fc.tuple(fc.nat(255), fc.nat(255)).map(([c, d]) => `192.168.${c}.${d}`),
      fc.tuple(fc.nat(255), fc.nat(255)).map(([c, d]) => `169.254.${c}.${d}`),
      fc.tuple(fc.integer({ min: 64, max: 127 }), fc.nat(255), fc.nat(255)).map(([b, c, d]) => `100.${b}.${c}.${d}`),
    );
    fc.assert(
      fc.property(inRange, (a) => {
        expect(isAllowedAddress(a), a).toBe(false);
      }),
    );
  });
});
