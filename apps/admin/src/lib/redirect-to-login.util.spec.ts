import { safeNextPath } from './redirect-to-login.util';

describe('safeNextPath', () => {
  it.each([
    ['/', '/'],
    ['/veranstaltungen/3', '/veranstaltungen/3'],
    ['/massnahmen?actionFieldId=1&year=2014', '/massnahmen?actionFieldId=1&year=2014'],
    ['/foerderungen/2#belege', '/foerderungen/2#belege'],
    ['/login?next=%2F%2Fevil.example', '/login?next=%2F%2Fevil.example'],
    ['/a/../b', '/b'],
  ])('keeps the admin path %j', (next, path) => expect(safeNextPath(next)).toBe(path));

  it.each([
    [null],
    [undefined],
    [''],
    ['veranstaltungen'], // relative: not a path of the admin
    ['//evil.example'], // protocol-relative: another host
    ['//evil.example/login'],
    ['/\\evil.example'], // a browser reads "\" as "/"
    ['\\\\evil.example'],
    ['/\t/evil.example'], // the URL parser drops tabs …
    ['/\n/evil.example'], // … and newlines, leaving "//evil.example"
    ['/.//evil.example'], // normalises to a path starting with "//"
    ['https://evil.example'],
    ['javascript:alert(1)'],
  ])('sends %j to the start page', (next) => expect(safeNextPath(next)).toBe('/'));
});
