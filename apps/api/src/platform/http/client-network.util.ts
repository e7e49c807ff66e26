import ipaddr from 'ipaddr.js';

/**
 * The network a client is counted as in rate limits: an IPv4 address as it is, an IPv6 client by
 * its /64 (one subscriber usually gets a whole /64, so counting single IPv6 addresses would let
 * one client rotate through 2^64 of them). IPv4-mapped IPv6 (`::ffff:1.2.3.4`, what a dual-stack
 * socket reports for IPv4 clients) counts as the IPv4 address.
 */
export function clientNetwork(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const bare = ip.replace(/%.*$/, ''); // an IPv6 zone id (fe80::1%eth0) names a local interface, not a client
  if (!ipaddr.isValid(bare)) return `raw:${ip.slice(0, 100)}`;
  const address = ipaddr.process(bare);
  if (address.kind() === 'ipv4') return address.toString();
  const network = new ipaddr.IPv6([...(address as ipaddr.IPv6).parts.slice(0, 4), 0, 0, 0, 0]);
  return `${network.toRFC5952String()}/64`;
}
