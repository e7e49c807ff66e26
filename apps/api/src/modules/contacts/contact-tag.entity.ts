import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ContactEntity } from './contact.entity';

/** One tag of a contact, lower case, for indexed filtering (the contact's `tags` keeps the spelling). */
@Entity({ name: 'contact_tags' })
@Index(['tag'])
export class ContactTagEntity {
  @PrimaryColumn({ name: 'contact_id', type: 'integer' })
  contactId!: number;

  @PrimaryColumn({ type: 'varchar', length: 60 })
  tag!: string;

  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: ContactEntity;
}
