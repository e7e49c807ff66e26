import { ContactEntity } from './contact.entity';
import { ContactTagEntity } from './contact-tag.entity';

export const contactsEntities = [ContactEntity, ContactTagEntity];
