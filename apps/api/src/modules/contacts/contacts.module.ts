import { Module } from '@nestjs/common';
import { ContactSurveysPort } from './contact-surveys.port';
import { ContactsController } from './contacts.controller';
import { ContactsRepository } from './contacts.repository';
import { ContactsService } from './contacts.service';

/**
 * The network's contacts; surveys use ContactsRepository.findForInvitation and touchActivity, and plug
 * their read of a person's invitations and answers into ContactSurveysPort (the person export).
 */
@Module({
  controllers: [ContactsController],
  providers: [ContactsRepository, ContactsService, ContactSurveysPort],
  exports: [ContactsRepository, ContactsService, ContactSurveysPort],
})
export class ContactsModule {}
