import { ADMIN, PASSWORD, startTestApp, TestApp } from './support/test-app';

describe('users (admin only)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('creates a user with several roles and lists it', async () => {
    const admin = await t.admin();
    const res = await admin.post('/api/users', {
      email: 'Maruschka.Gueldner@Kreis-Offenbach.example',
      displayName: 'Maruschka Güldner',
      password: PASSWORD,
      roles: ['coordinator', 'checkin', 'coordinator'],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      email: 'maruschka.gueldner@kreis-offenbach.example',
      roles: ['coordinator', 'checkin'],
      active: true,
      mustChangePassword: true,
      lastLoginAt: null,
    });
    expect(JSON.stringify(res.body)).not.toMatch(/argon2|passwordHash|"password"|Willkommenskultur/i);
    const list = await admin.get('/api/users');
    expect(list.body.items.map((u: { email: string }) => u.email)).toContain(
      'maruschka.gueldner@kreis-offenbach.example',
    );
  });

  it('names each bad field in a 400 problem and writes nothing', async () => {
    const admin = await t.admin();
    const before = (await admin.get('/api/users')).body.items.length;
    const res = await admin.post('/api/users', {
      email: 'not-an-email',
      displayName: '',
      password: 'short',
      roles: ['superuser'],
      shoeSize: 44,
    });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    const paths = res.body.errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['displayName', 'email', 'password', 'roles.0', 'shoeSize']);
    expect(res.body.stack).toBeUndefined();
    expect((await admin.get('/api/users')).body.items.length).toBe(before);
  });

  it('refuses a common password and an empty role list', async () => {
    const admin = await t.admin();
    const common = await admin.post('/api/users', {
      email: 'x1@example.org',
      displayName: 'X',
      password: 'password1234',
      roles: ['finance'],
    });
    expect(common.status).toBe(400);
    expect(common.body.errors).toEqual([{ path: 'password', message: 'is one of the most common passwords' }]);
    const noRole = await admin.post('/api/users', {
      email: 'x2@example.org',
      displayName: 'X',
      password: PASSWORD,
      roles: [],
    });
    expect(noRole.status).toBe(400);
    expect(noRole.body.errors[0].path).toBe('roles');
  });

  it('answers a second account with the same e-mail with 409', async () => {
    const admin = await t.admin();
    const body = { email: 'dup@example.org', displayName: 'Dup', password: PASSWORD, roles: ['finance'] };
    expect((await admin.post('/api/users', body)).status).toBe(201);
    const again = await admin.post('/api/users', { ...body, email: 'DUP@example.org' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('user_email_taken');
    expect(again.body.errors).toEqual([{ path: 'email', message: 'exists already' }]);
  });

  it('changes roles, and the user gets the new rights at once', async () => {
    const user = await t.userWithRoles(['checkin']);
    expect((await user.post('/api/action-fields', { name: 'Sprachförderung' })).status).toBe(403);
    const patched = await (await t.admin()).patch(`/api/users/${user.id}`, { roles: ['coordinator'] });
    expect(patched.status).toBe(200);
    expect(patched.body.roles).toEqual(['coordinator']);
    expect((await user.post('/api/action-fields', { name: 'Sprachförderung' })).status).toBe(201);
  });

  it('never lets the last active admin lose the role or be deactivated', async () => {
    const admin = await t.admin();
    const me = (await admin.get('/api/auth/me')).body.user;
    expect((await admin.patch(`/api/users/${me.id}`, { active: false })).body).toMatchObject({
      status: 409,
      code: 'user_last_admin',
    });
    expect((await admin.patch(`/api/users/${me.id}`, { roles: ['coordinator'] })).status).toBe(409);
    const second = await t.userWithRoles(['admin']);
    expect((await admin.patch(`/api/users/${second.id}`, { active: false })).status).toBe(200);
  });

  it('answers 404 for an unknown user and 400 for a bad id or an empty change', async () => {
    const admin = await t.admin();
    expect((await admin.patch('/api/users/999999', { displayName: 'Niemand' })).status).toBe(404);
    const badId = await admin.patch('/api/users/abc', { displayName: 'X' });
    expect(badId.status).toBe(400);
    expect(badId.body.errors[0].path).toBe('id');
    expect((await admin.patch('/api/users/1', {})).status).toBe(400);
  });

  it('audits user changes with before and after, without the password hash', async () => {
    const admin = await t.admin();
    const created = await admin.post('/api/users', {
      email: 'audit@example.org',
      displayName: 'Vorher',
      password: PASSWORD,
      roles: ['finance'],
    });
    await admin.patch(`/api/users/${created.body.id}`, { displayName: 'Nachher', password: 'Ein-anderes-Kennwort-99' });
    const log = await admin.get('/api/audit-log?entity=user');
    const entries = log.body.items.filter((e: { entityId: string }) => e.entityId === String(created.body.id));
    expect(entries.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(entries[0].before.displayName).toBe('Vorher');
    expect(entries[0].after.displayName).toBe('Nachher');
    expect(entries[0].userEmail).toBe(ADMIN.email);
    expect(JSON.stringify(log.body)).not.toMatch(/argon2|passwordHash/);
  });
});
