import { ADMIN, INITIAL_PASSWORD, startTestApp, TestApp } from './support/test-app';

const NEW_PASSWORD = 'Selbst-gewaehlt-2015!';

/** A password someone else set (an admin, or generated at first start) must be changed at the first login. */
describe('forced password change', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  let counter = 0;
  async function createdByAdmin(roles: string[] = ['coordinator']) {
    const email = `neu${++counter}@example.org`;
    const res = await (
      await t.admin()
    ).post('/api/users', { email, displayName: 'Neu', password: INITIAL_PASSWORD, roles });
    expect(res.status).toBe(201);
    return { id: res.body.id as number, email, created: res.body };
  }

  it('marks a user an admin creates, and says so at login and in /auth/me', async () => {
    const { email, created } = await createdByAdmin();
    expect(created.mustChangePassword).toBe(true);
    const login = await t.http.post('/api/auth/login').send({ email, password: INITIAL_PASSWORD });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ email, mustChangePassword: true });
    const client = await t.login(email, INITIAL_PASSWORD);
    expect((await client.get('/api/auth/me')).body.user.mustChangePassword).toBe(true);
  });

  it('lets the marked session do nothing else (403 password_change_required) but read itself, change the password and log out', async () => {
    const { email } = await createdByAdmin();
    const client = await t.login(email, INITIAL_PASSWORD);
    for (const res of [
      await client.get('/api/action-fields'),
      await client.post('/api/action-fields', { name: 'Sprachförderung' }),
    ]) {
      expect(res.status).toBe(403);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body).toMatchObject({ code: 'password_change_required', status: 403 });
    }
    expect((await client.get('/api/auth/me')).status).toBe(200);
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('clears the mark when the user changes the password; the new login may do everything its roles allow', async () => {
    const { email, id } = await createdByAdmin();
    const client = await t.login(email, INITIAL_PASSWORD);
    expect(
      (await client.post('/api/auth/password', { currentPassword: INITIAL_PASSWORD, newPassword: NEW_PASSWORD }))
        .status,
    ).toBe(204);
    expect((await client.get('/api/auth/me')).status).toBe(401);
    const again = await t.login(email, NEW_PASSWORD);
    expect((await again.get('/api/auth/me')).body.user.mustChangePassword).toBe(false);
    expect((await again.get('/api/action-fields')).status).toBe(200);
    const listed = (await (await t.admin()).get('/api/users')).body.items.find((u: { id: number }) => u.id === id);
    expect(listed.mustChangePassword).toBe(false);
  });

  it('refuses the same password as the new one (400 naming newPassword)', async () => {
    const { email } = await createdByAdmin();
    const client = await t.login(email, INITIAL_PASSWORD);
    const res = await client.post('/api/auth/password', {
      currentPassword: INITIAL_PASSWORD,
      newPassword: INITIAL_PASSWORD,
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([{ path: 'newPassword', message: 'must differ from the current password' }]);
    expect((await client.get('/api/auth/me')).body.user.mustChangePassword).toBe(true);
  });

  it('marks a user again when an admin sets their password, but not an admin who sets their own', async () => {
    const user = await t.userWithRoles(['finance']);
    expect((await user.get('/api/auth/me')).body.user.mustChangePassword).toBe(false);
    const admin = await t.admin();
    const patched = await admin.patch(`/api/users/${user.id}`, { password: 'Vom-Admin-zurueckgesetzt-1' });
    expect(patched.status).toBe(200);
    expect(patched.body.mustChangePassword).toBe(true);
    const relogin = await t.login(user.email, 'Vom-Admin-zurueckgesetzt-1');
    expect((await relogin.get('/api/grants')).body.code).toBe('password_change_required');

    const secondAdmin = await t.userWithRoles(['admin']);
    const own = await secondAdmin.patch(`/api/users/${secondAdmin.id}`, { password: 'Mein-eigenes-Kennwort-7' });
    expect(own.status).toBe(200);
    expect(own.body.mustChangePassword).toBe(false);
  });

  it('does not mark the admin whose password the operator chose (ADMIN_PASSWORD)', async () => {
    const res = await t.http.post('/api/auth/login').send(ADMIN);
    expect(res.body.user.mustChangePassword).toBe(false);
  });
});
