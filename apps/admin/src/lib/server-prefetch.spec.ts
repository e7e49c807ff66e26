import { QueryClient, hydrate } from '@tanstack/react-query';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { User } from '@wir/shared';
import { ApiError } from './api-error';
import { queryKeys } from './query-keys';
import { serverGet } from './server-api';
import { prefetchOnServer, sessionState } from './server-prefetch';

jest.mock('./server-api', () => ({ serverGet: jest.fn() }));
const get = jest.mocked(serverGet);

const schema = z.object({ items: z.array(z.number()) });

/** The query cache a client view would start with after <HydrationBoundary state={state}>. */
function clientCacheOf(state: Parameters<typeof hydrate>[1]) {
  const client = new QueryClient();
  hydrate(client, state);
  return client;
}

describe('prefetchOnServer', () => {
  beforeEach(() => get.mockReset());

  it('puts each read under its query key, with the query string built from the defined values', async () => {
    get.mockImplementation(async (path) => ({ items: [path.length] }));
    const state = await prefetchOnServer(
      [
        {
          queryKey: ['measures', 'list', { year: 2014 }],
          path: '/measures',
          query: { year: 2014, status: undefined },
          schema,
        },
        { queryKey: ['action-fields', 'list'], path: '/action-fields', schema },
      ],
      '/massnahmen?year=2014',
    );

    expect(get.mock.calls).toEqual([
      ['/measures?year=2014', schema, '/massnahmen?year=2014'],
      ['/action-fields', schema, '/massnahmen?year=2014'],
    ]);
    const client = clientCacheOf(state);
    expect(client.getQueryData(['measures', 'list', { year: 2014 }])).toEqual({
      items: ['/measures?year=2014'.length],
    });
    expect(client.getQueryData(['action-fields', 'list'])).toEqual({ items: ['/action-fields'.length] });
  });

  it('leaves out a read the API refuses, so the client view asks itself and shows the answer', async () => {
    get.mockImplementation(async (path) => {
      if (path === '/grants') throw new ApiError({ type: 'about:blank', title: 'Forbidden', status: 403 });
      return { items: [1] };
    });
    const state = await prefetchOnServer(
      [
        { queryKey: ['grants', 'list'], path: '/grants', schema },
        { queryKey: ['measures', 'list', {}], path: '/measures', schema },
      ],
      '/massnahmen',
    );

    expect(state.queries.map((q) => q.queryKey)).toEqual([['measures', 'list', {}]]);
  });

  it('keeps the stand-in of a read whose 404 means "none yet", and leaves out other refusals of such a read', async () => {
    get.mockImplementation(async (path) => {
      const status = path === '/report' ? 404 : 403;
      throw new ApiError({ type: 'about:blank', title: 'Refused', status });
    });
    const state = await prefetchOnServer(
      [
        { queryKey: ['report'], path: '/report', schema, notFound: { value: null } },
        { queryKey: ['other'], path: '/other', schema, notFound: { value: null } },
        { queryKey: ['plain'], path: '/report', schema },
      ],
      '/foerderung/1',
    );

    expect(state.queries.map((q) => q.queryKey)).toEqual([['report']]);
    expect(clientCacheOf(state).getQueryData(['report'])).toBeNull();
  });

  it('lets the redirect to the login through, and any error that is not the API answering', async () => {
    get.mockImplementation(async () => redirect('/login?next=%2Fmassnahmen'));
    await expect(prefetchOnServer([{ queryKey: ['x'], path: '/x', schema }], '/massnahmen')).rejects.toMatchObject({
      digest: expect.stringContaining('NEXT_REDIRECT'),
    });

    get.mockRejectedValue(new TypeError('schema drift'));
    await expect(prefetchOnServer([{ queryKey: ['x'], path: '/x', schema }], '/massnahmen')).rejects.toThrow(
      'schema drift',
    );
  });
});

describe('sessionState', () => {
  const user: User = {
    id: 1,
    email: 'a@example.org',
    displayName: 'A',
    roles: ['admin'],
    active: true,
    mustChangePassword: false,
    createdAt: '2026-01-05T08:00:00.000Z',
    lastLoginAt: null,
  };

  it('holds the session as useCurrentUser reads it, and nothing without one', () => {
    expect(clientCacheOf(sessionState(user)).getQueryData(queryKeys.auth.me())).toEqual({ user });
    expect(sessionState(null).queries).toEqual([]);
  });

  it("adds what the shell read on the server (the navigation's count of running operations) beside the session", async () => {
    get.mockResolvedValueOnce({ items: [] });
    const shellReads = await prefetchOnServer(
      [{ queryKey: queryKeys.operations.list('active'), path: '/operations', query: { active: 'true' }, schema }],
      '/',
    );
    const cache = clientCacheOf(sessionState(user, shellReads));
    expect(cache.getQueryData(queryKeys.auth.me())).toEqual({ user });
    expect(cache.getQueryData(queryKeys.operations.list('active'))).toEqual({ items: [] });
    expect(get).toHaveBeenLastCalledWith('/operations?active=true', schema, '/');
  });
});
