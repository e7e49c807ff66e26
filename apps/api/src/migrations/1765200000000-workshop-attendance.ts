import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { timestampType } from '#api/platform/database/migration-types.util';

/**
 * Attendance per workshop: when the person was checked in at the workshop (the door or the room).
 * Like the event's check-in time it survives the registration's anonymisation.
 */
export class WorkshopAttendance1765200000000 implements MigrationInterface {
  name = 'WorkshopAttendance1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'registration_workshops',
      new TableColumn({ name: 'checked_in_at', type: timestampType(q), isNullable: true }),
    );
    // Data, not schema: until now a confirmed place of a person checked in at the event counted as attended;
    // those places keep counting, so outcome figures of earlier events do not change with this release.
    await q.query(
      `UPDATE registration_workshops SET checked_in_at = (SELECT r.checked_in_at FROM registrations r WHERE r.id = registration_workshops.registration_id)
       WHERE status = 'confirmed' AND EXISTS (SELECT 1 FROM registrations r WHERE r.id = registration_workshops.registration_id AND r.checked_in_at IS NOT NULL)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('registration_workshops', 'checked_in_at');
  }
}
