import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { booleanDefault } from '#api/platform/database/migration-types.util';

/**
 * Manage links that no copy of the database opens: a second (pending) token hash for a resent link,
 * queued mails' secrets sealed in their own column (wiped after delivery), resent-link mails marked
 * so they can be counted. Mails already delivered lose their manage link; stored idempotent answers
 * that hold a token in clear are dropped (a retry then gets 409 "registered already").
 */
export class RegistrationSecrets1764920000000 implements MigrationInterface {
  name = 'RegistrationSecrets1764920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'registrations',
      new TableColumn({
        name: 'pending_manage_token_hash',
        type: 'varchar',
        length: '64',
        isNullable: true,
        isUnique: true,
      }),
    );
    await q.addColumns('outbox_mails', [
      new TableColumn({ name: 'sealed_secrets', type: 'text', isNullable: true }),
      new TableColumn({ name: 'link_resend', type: 'boolean', default: booleanDefault(q, false) }),
    ]);
    const postgres = q.connection.driver.options.type === 'postgres';
    await q.query(
      postgres
        ? `UPDATE outbox_mails SET payload = jsonb_set(payload::jsonb, '{manageUrl}', 'null'::jsonb)::text WHERE status IN ('sent', 'failed') AND payload::jsonb ->> 'manageUrl' IS NOT NULL`
        : `UPDATE outbox_mails SET payload = json_set(payload, '$.manageUrl', json('null')) WHERE status IN ('sent', 'failed') AND json_extract(payload, '$.manageUrl') IS NOT NULL`,
    );
    await q.query(`DELETE FROM idempotency_keys WHERE response_body LIKE '%"manageToken"%'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumns('outbox_mails', ['link_resend', 'sealed_secrets']);
    await q.dropColumn('registrations', 'pending_manage_token_hash');
  }
}
