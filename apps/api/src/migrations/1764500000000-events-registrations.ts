import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from 'typeorm';
import { booleanDefault, timestampType } from '#api/platform/database/migration-types.util';

/** Events, workshops, registrations with their workshop places, idempotency keys and the mail outbox. */
export class EventsRegistrations1764500000000 implements MigrationInterface {
  name = 'EventsRegistrations1764500000000';

  async up(q: QueryRunner): Promise<void> {
    const ts = timestampType(q);
    const id = {
      name: 'id',
      type: 'integer',
      isPrimary: true,
      isGenerated: true,
      generationStrategy: 'increment' as const,
    };
    const fk = (column: string, table: string, onDelete: string) =>
      new TableForeignKey({
        columnNames: [column],
        referencedTableName: table,
        referencedColumnNames: ['id'],
        onDelete,
      });

    await q.createTable(
      new Table({
        name: 'events',
        columns: [
          id,
          { name: 'kind', type: 'varchar', length: '20' },
          { name: 'slug', type: 'varchar', length: '80', isUnique: true },
          { name: 'title', type: 'text' },
          { name: 'description', type: 'text' },
          { name: 'venue', type: 'varchar', length: '300', default: "''" },
          { name: 'starts_at', type: ts },
          { name: 'ends_at', type: ts },
          { name: 'capacity', type: 'integer' },
          { name: 'confirmed_count', type: 'integer', default: 0 },
          { name: 'registration_opens_at', type: ts, isNullable: true },
          { name: 'registration_closes_at', type: ts, isNullable: true },
          { name: 'status', type: 'varchar', length: '20', default: "'draft'" },
          { name: 'languages', type: 'text' },
          { name: 'retention_days', type: 'integer', default: 180 },
          { name: 'questions', type: 'text' },
          { name: 'created_at', type: ts },
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'workshops',
        columns: [
          id,
          { name: 'event_id', type: 'integer' },
          { name: 'title', type: 'text' },
          { name: 'description', type: 'text' },
          { name: 'starts_at', type: ts },
          { name: 'ends_at', type: ts },
          { name: 'room', type: 'varchar', length: '120', default: "''" },
          { name: 'capacity', type: 'integer' },
          { name: 'confirmed_count', type: 'integer', default: 0 },
          { name: 'facilitator', type: 'varchar', length: '200', default: "''" },
          { name: 'target_audience', type: 'varchar', length: '300', default: "''" },
        ],
        indices: [new TableIndex({ columnNames: ['event_id'] })],
        foreignKeys: [fk('event_id', 'events', 'CASCADE')],
      }),
    );

    await q.createTable(
      new Table({
        name: 'registrations',
        columns: [
          id,
          { name: 'event_id', type: 'integer' },
          { name: 'status', type: 'varchar', length: '20' },
          { name: 'first_name', type: 'varchar', length: '100' },
          { name: 'last_name', type: 'varchar', length: '100' },
          { name: 'email', type: 'varchar', length: '254' },
          { name: 'organisation_name', type: 'varchar', length: '200', default: "''" },
          { name: 'organisation_type', type: 'varchar', length: '40' },
          { name: 'municipality_id', type: 'integer', isNullable: true },
          { name: 'language', type: 'varchar', length: '5' },
          { name: 'accessibility_needs', type: 'text', default: "''" },
          { name: 'interpreting_language', type: 'varchar', length: '100', default: "''" },
          { name: 'answers', type: 'text' },
          { name: 'consent_participant_list', type: 'boolean', default: booleanDefault(q, false) },
          { name: 'consent_given_at', type: ts },
          { name: 'manage_token_hash', type: 'varchar', length: '64', isUnique: true },
          { name: 'source', type: 'varchar', length: '10', default: "'public'" },
          { name: 'created_at', type: ts },
          { name: 'cancelled_at', type: ts, isNullable: true },
          { name: 'checked_in_at', type: ts, isNullable: true },
          { name: 'anonymised_at', type: ts, isNullable: true },
        ],
        indices: [
          new TableIndex({ columnNames: ['event_id', 'status'] }),
          new TableIndex({
            name: 'UQ_registrations_event_email_live',
            columnNames: ['event_id', 'email'],
            isUnique: true,
            where: "status <> 'cancelled'",
          }),
          new TableIndex({ columnNames: ['municipality_id'] }),
        ],
        foreignKeys: [fk('event_id', 'events', 'CASCADE'), fk('municipality_id', 'municipalities', 'SET NULL')],
      }),
    );

    await q.createTable(
      new Table({
        name: 'registration_workshops',
        columns: [
          id,
          { name: 'registration_id', type: 'integer' },
          { name: 'workshop_id', type: 'integer' },
          { name: 'status', type: 'varchar', length: '20' },
        ],
        indices: [
          new TableIndex({ columnNames: ['registration_id', 'workshop_id'], isUnique: true }),
          new TableIndex({ columnNames: ['workshop_id', 'status'] }),
        ],
        foreignKeys: [fk('registration_id', 'registrations', 'CASCADE'), fk('workshop_id', 'workshops', 'CASCADE')],
      }),
    );

    await q.createTable(
      new Table({
        name: 'idempotency_keys',
        columns: [
          id,
          { name: 'scope', type: 'varchar', length: '120' },
          { name: 'key', type: 'varchar', length: '120' },
          { name: 'request_hash', type: 'varchar', length: '64' },
          { name: 'state', type: 'varchar', length: '12' },
          { name: 'response_status', type: 'integer', isNullable: true },
          { name: 'response_body', type: 'text', isNullable: true },
          { name: 'created_at', type: ts },
        ],
        indices: [
          new TableIndex({ columnNames: ['scope', 'key'], isUnique: true }),
          new TableIndex({ columnNames: ['created_at'] }),
        ],
      }),
    );

    await q.createTable(
      new Table({
        name: 'outbox_mails',
        columns: [
          id,
          { name: 'kind', type: 'varchar', length: '40' },
          { name: 'to_address', type: 'varchar', length: '254' },
          { name: 'language', type: 'varchar', length: '5' },
          { name: 'payload', type: 'text' },
          { name: 'status', type: 'varchar', length: '12', default: "'pending'" },
          { name: 'attempts', type: 'integer', default: 0 },
          { name: 'next_attempt_at', type: ts },
          { name: 'locked_until', type: ts, isNullable: true },
          { name: 'last_error', type: 'text', isNullable: true },
          { name: 'message_id', type: 'varchar', length: '200' },
          { name: 'registration_id', type: 'integer', isNullable: true },
          { name: 'created_at', type: ts },
          { name: 'sent_at', type: ts, isNullable: true },
        ],
        indices: [
          new TableIndex({ columnNames: ['status', 'next_attempt_at'] }),
          new TableIndex({ columnNames: ['registration_id'] }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'outbox_mails',
      'idempotency_keys',
      'registration_workshops',
      'registrations',
      'workshops',
      'events',
    ]) {
      await q.dropTable(table);
    }
  }
}
