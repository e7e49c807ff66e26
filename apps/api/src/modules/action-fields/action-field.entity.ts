import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Handlungsfeld of the WIR programme. */
@Entity({ name: 'action_fields' })
export class ActionFieldEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 200, unique: true })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;
}
