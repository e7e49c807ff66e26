import proxyAddr from 'proxy-addr';

/**
 * ADMIN_TRUST_PROXY → the trust function of proxy-addr (the rules Express's "trust proxy" uses):
 * unset, `false` or `0`: no proxy is trusted, the client is the connection's peer;
 * a hop count `n`: the last n hops are trusted proxies;
 * addresses or subnets (`10.0.0.0/8, 192.168.1.10`, also `loopback`, `linklocal`, `uniquelocal`):
 * peers in them are trusted proxies.
 * `true` (believe every client) is refused: it reopens what this setting closes.
 */
export function parseTrustProxy(setting) {
  const raw = (setting ?? '').trim();
  if (raw === '' || raw === 'false') return () => false;
  if (raw === 'true') {
    throw new Error(
      'ADMIN_TRUST_PROXY=true would believe any client; give the number of proxy hops in front of the admin or their addresses/subnets',
    );
  }
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    return (_address, hop) => hop < hops;
  }
  try {
    return proxyAddr.compile(
      raw
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    );
  } catch (error) {
    throw new Error(
      `ADMIN_TRUST_PROXY: ${error instanceof Error ? error.message : String(error)} (expected false, a hop count, or addresses/subnets)`,
    );
  }
}
