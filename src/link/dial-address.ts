/**
 * Appends the default domain to a bare alias (`alice` → `alice@example.com`), as Infinity
 * Connect's "Connection default domain" does. Addresses with a domain, phone numbers, IP
 * addresses and URLs (RTMP) are left as they are.
 */
export function withDefaultDomain(destination: string, defaultDomain: string): string {
  const address = destination.trim();
  const domain = defaultDomain.trim().replace(/^@/, '');
  if (!domain || !address) return address;
  if (address.includes('@') || address.includes('://')) return address;
  if (/^\+?[0-9 ()-]+$/.test(address) || /^\d{1,3}(\.\d{1,3}){3}$/.test(address)) return address;
  const [scheme, rest] = /^(sip|h323|mssip):(.*)$/i.exec(address)?.slice(1) ?? ['', address];
  return `${scheme ? `${scheme}:` : ''}${rest}@${domain}`;
}
