/** The sub-pages of an event, in tab order; '' is the overview at /veranstaltungen/[id]. */
export const EVENT_TABS = [
  { key: 'overview', segment: '', manageOnly: false },
  { key: 'workshops', segment: 'workshops', manageOnly: false },
  { key: 'questions', segment: 'fragen', manageOnly: true },
  { key: 'registrations', segment: 'anmeldungen', manageOnly: false },
  { key: 'statistics', segment: 'statistik', manageOnly: false },
  { key: 'feedback', segment: 'feedback', manageOnly: true },
  { key: 'settings', segment: 'einstellungen', manageOnly: true },
] as const;

export type EventTabKey = (typeof EVENT_TABS)[number]['key'];

export function eventTabHref(eventId: number, key: EventTabKey): string {
  const segment = EVENT_TABS.find((tab) => tab.key === key)!.segment;
  return segment ? `/veranstaltungen/${eventId}/${segment}` : `/veranstaltungen/${eventId}`;
}

/** The tab a path belongs to (a deeper path counts for its tab); the overview otherwise. */
export function activeEventTab(pathname: string, eventId: number): EventTabKey {
  const base = `/veranstaltungen/${eventId}`;
  const rest = pathname.startsWith(`${base}/`) ? pathname.slice(base.length + 1).split('/')[0] : '';
  return EVENT_TABS.find((tab) => tab.segment !== '' && tab.segment === rest)?.key ?? 'overview';
}
