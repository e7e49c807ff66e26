import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { RegistrationStatus } from '@wir/shared';
import { timestampColumn } from '#api/platform/database/column-types';
import { WorkshopEntity } from '#api/modules/events/workshop.entity';
import { RegistrationEntity } from './registration.entity';

/** A registration's place in one workshop; the waiting list is ordered by id (first come, first served). */
@Entity({ name: 'registration_workshops' })
@Index(['registrationId', 'workshopId'], { unique: true })
@Index(['workshopId', 'status'])
export class RegistrationWorkshopEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'registration_id', type: 'integer' })
  registrationId!: number;

  @ManyToOne(() => RegistrationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'registration_id' })
  registration?: RegistrationEntity;

  @Column({ name: 'workshop_id', type: 'integer' })
  workshopId!: number;

  @ManyToOne(() => WorkshopEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workshop_id' })
  workshop?: WorkshopEntity;

  @Column({ type: 'varchar', length: 20 })
  status!: RegistrationStatus;

  /** When the person was checked in at this workshop (door or room); kept when the registration is anonymised. */
  @Column(timestampColumn({ name: 'checked_in_at', nullable: true }))
  checkedInAt!: Date | null;
}
