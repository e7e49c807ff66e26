import { forwardToApi } from '@/lib/api-proxy.util';

// Every call goes to the API at request time; API_URL is read per request, never inlined at build.
export const dynamic = 'force-dynamic';

export const GET = forwardToApi;
export const HEAD = forwardToApi;
export const POST = forwardToApi;
export const PUT = forwardToApi;
export const PATCH = forwardToApi;
export const DELETE = forwardToApi;
export const OPTIONS = forwardToApi;
