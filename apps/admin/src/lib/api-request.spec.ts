import { CSRF_HEADER } from '@wir/shared';
import { ApiError } from './api-error';
import { fetchFile, request } from './api-request';

const problemJson = { 'content-type': 'application/problem+json' };

function answer(response: Response) {
  return jest.spyOn(globalThis, 'fetch').mockResolvedValue(response);
}

/** What the request function sent: the URL and the init of the one fetch call. */
function sent(fetchMock: jest.SpyInstance): { url: string; init: RequestInit; headers: Headers } {
  expect(fetchMock).toHaveBeenCalledTimes(1);
  const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
  return { url, init, headers: new Headers(init.headers) };
}

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

afterEach(() => {
  jest.restoreAllMocks();
  delete (globalThis as { document?: unknown }).document;
});

describe('request', () => {
  it('answers the JSON body as the API sent it, from the proxied path with the query', async () => {
    const body = { items: [{ id: 1, title: 'Fachtag', startsAt: '2027-01-29T08:00:00.000Z' }], total: 1 };
    const fetchMock = answer(Response.json(body));
    await expect(
      request('GET', '/events', { query: { page: 2, q: 'Fach tag', status: undefined, empty: '', none: null } }),
    ).resolves.toEqual(body);
    const { url, init, headers } = sent(fetchMock);
    expect(url).toBe('/api/events?page=2&q=Fach+tag');
    expect(init).toMatchObject({ method: 'GET', credentials: 'same-origin', cache: 'no-store', body: undefined });
    expect(headers.get('accept')).toBe('application/json');
    expect(headers.get(CSRF_HEADER)).toBeNull();
  });

  it('sends a body as JSON with the CSRF token of the cookie', async () => {
    (globalThis as { document?: unknown }).document = { cookie: 'other=1; wir_csrf=t%2Bk' };
    const fetchMock = answer(Response.json({ id: 7 }, { status: 201 }));
    await expect(request('POST', '/events', { body: { title: 'Fachtag' } })).resolves.toEqual({ id: 7 });
    const { init, headers } = sent(fetchMock);
    expect(init.body).toBe('{"title":"Fachtag"}');
    expect(headers.get('content-type')).toBe('application/json');
    expect(headers.get(CSRF_HEADER)).toBe('t+k');
  });

  it('sends a file as it is, with its own type and the extra headers', async () => {
    const file = new Blob(['%PDF-1.7'], { type: 'application/pdf' });
    const fetchMock = answer(Response.json({ id: 3 }));
    await request('PUT', '/receipts/3/file', { body: file, headers: { 'X-File-Name': 'beleg.pdf' } });
    const { init, headers } = sent(fetchMock);
    expect(init.body).toBe(file);
    expect(headers.get('content-type')).toBe('application/pdf');
    expect(headers.get('x-file-name')).toBe('beleg.pdf');
  });

  it('answers nothing for a 204 and for a 202 without body', async () => {
    answer(new Response(null, { status: 204 }));
    await expect(request('DELETE', '/receipts/3')).resolves.toBeUndefined();
    jest.restoreAllMocks();
    answer(new Response('', { status: 202 }));
    await expect(
      request('POST', '/public/events/fachtag/resend-link', { body: { email: 'a@b.de' } }),
    ).resolves.toBeUndefined();
  });

  it('turns a problem+json answer into an ApiError with its code, params and field errors', async () => {
    const problem = {
      type: 'about:blank',
      title: 'Conflict',
      status: 409,
      detail: 'Receipt 2014-17 is signed',
      code: 'receipt_signed',
      params: { number: '2014-17', amountCents: 1250 },
      errors: [{ path: 'amountCents', message: 'too big' }],
    };
    answer(new Response(JSON.stringify(problem), { status: 409, headers: problemJson }));
    const error = await failureOf(request('PATCH', '/receipts/17', { body: { amountCents: 1 } }));
    expect(error.status).toBe(409);
    expect(error.code).toBe('receipt_signed');
    expect(error.problem).toEqual(problem);
    expect(error.fieldErrors()).toEqual({ amountCents: 'too big' });
    expect(error.retryAfterSeconds).toBeUndefined();
  });

  it('keeps the Retry-After of a 429', async () => {
    const problem = { type: 'about:blank', title: 'Too Many Requests', status: 429, code: 'rate_limited' };
    answer(new Response(JSON.stringify(problem), { status: 429, headers: { ...problemJson, 'Retry-After': '30' } }));
    const error = await failureOf(request('POST', '/auth/login', { body: {} }));
    expect(error.code).toBe('rate_limited');
    expect(error.retryAfterSeconds).toBe(30);
  });

  it.each([
    ['an HTML page', '<html>Bad Gateway</html>'],
    ['JSON that is no problem', '{"message":"upstream down"}'],
    ['a problem with a wrong field', '{"type":"about:blank","title":"Bad Gateway","status":"502"}'],
  ])('makes a plain ApiError of an error answer with %s', async (_, text) => {
    answer(new Response(text, { status: 502, statusText: 'Bad Gateway' }));
    const error = await failureOf(request('GET', '/events'));
    expect(error.problem).toEqual({ type: 'about:blank', title: 'Bad Gateway', status: 502 });
    expect(error.code).toBeUndefined();
  });

  it('reports a network failure as status 0', async () => {
    jest.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch'));
    const error = await failureOf(request('GET', '/events'));
    expect(error.status).toBe(0);
  });

  it('refuses a success answer that is not JSON', async () => {
    answer(new Response('<html>login</html>', { status: 200 }));
    const error = await failureOf(request('GET', '/events'));
    expect(error.title).toBe('Unexpected response');
  });
});

describe('fetchFile', () => {
  it('hands over the raw response, and an ApiError for a problem', async () => {
    answer(new Response('a;b', { status: 200, headers: { 'content-type': 'text/csv' } }));
    await expect((await fetchFile('/contacts/export.csv', undefined, { q: 'x' })).text()).resolves.toBe('a;b');
    jest.restoreAllMocks();
    answer(
      new Response(JSON.stringify({ type: 'about:blank', title: 'Forbidden', status: 403, code: 'forbidden' }), {
        status: 403,
        headers: problemJson,
      }),
    );
    expect((await failureOf(fetchFile('/contacts/export.csv'))).code).toBe('forbidden');
  });
});
