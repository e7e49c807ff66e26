import { loggablePath } from './log-path.util';

describe('loggablePath', () => {
  it.each([
    [
      '/api/public/registrations/Zk3v9Qp-uX_2aTq7LmN0cR5sWy8bE1dHf4gJ6kA/cancel',
      '/api/public/registrations/:token/cancel',
    ],
    ['/api/public/registrations/Zk3v9Qp-uX_2aTq7LmN0cR5sWy8bE1dHf4gJ6kA?lang=de', '/api/public/registrations/:token'],
    ['/anmeldung/verwalten/Zk3v9Qp-uX_2aTq7LmN0cR5sWy8bE1dHf4gJ6kA?lang=ar', '/anmeldung/verwalten/:token'],
    ['/api/check-in?code=WIR-42-3f9a0c1b2d4e', '/api/check-in'],
    ['/api/public/events/konferenz/registrations', '/api/public/events/konferenz/registrations'],
  ])('%s → %s', (url, logged) => expect(loggablePath(url)).toBe(logged));
});
