import { activeEventTab, eventTabHref } from './event-tabs.util';

describe('event tabs', () => {
  it('gives each tab its own address', () => {
    expect(eventTabHref(7, 'overview')).toBe('/veranstaltungen/7');
    expect(eventTabHref(7, 'questions')).toBe('/veranstaltungen/7/fragen');
    expect(eventTabHref(7, 'settings')).toBe('/veranstaltungen/7/einstellungen');
  });

  it('finds the open tab from the address, deeper paths included', () => {
    expect(activeEventTab('/veranstaltungen/7', 7)).toBe('overview');
    expect(activeEventTab('/veranstaltungen/7/statistik', 7)).toBe('statistics');
    expect(activeEventTab('/veranstaltungen/7/anmeldungen/12', 7)).toBe('registrations');
    expect(activeEventTab('/veranstaltungen/7/unbekannt', 7)).toBe('overview');
  });
});
