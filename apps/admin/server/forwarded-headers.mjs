import proxyAddr from 'proxy-addr';

function firstValue(header) {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.split(',')[0]?.trim() || undefined;
}

/**
 * Replaces the X-Forwarded-* headers of an incoming request with what the admin itself vouches for,
 * before Next sees the request (the /api proxy passes them on to the API, which trusts the admin):
 * - X-Forwarded-For: the one client address, from the connection, or from the hops the trust
 *   function accepts (ADMIN_TRUST_PROXY); whatever else the client wrote is dropped.
 * - X-Forwarded-Proto and -Host: a trusted peer's values, otherwise the connection's own.
 * `Forwarded` and `X-Real-IP` are removed: nothing in front of the admin is assumed to set them.
 */
export function applyForwardedHeaders(req, trust) {
  const peer = req.socket.remoteAddress;
  const peerIsProxy = peer !== undefined && trust(peer, 0);
  const client = proxyAddr(req, trust);

  const claimedProto = peerIsProxy ? firstValue(req.headers['x-forwarded-proto'])?.toLowerCase() : undefined;
  const proto =
    claimedProto === 'https' || claimedProto === 'http' ? claimedProto : req.socket.encrypted ? 'https' : 'http';
  const host = (peerIsProxy ? firstValue(req.headers['x-forwarded-host']) : undefined) ?? req.headers.host;

  delete req.headers.forwarded;
  delete req.headers['x-real-ip'];
  if (client) req.headers['x-forwarded-for'] = client;
  else delete req.headers['x-forwarded-for'];
  req.headers['x-forwarded-proto'] = proto;
  if (host) req.headers['x-forwarded-host'] = host;
  else delete req.headers['x-forwarded-host'];
}
