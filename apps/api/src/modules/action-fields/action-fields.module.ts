import { Module } from '@nestjs/common';
import { ActionFieldsController } from './action-fields.controller';
import { ActionFieldsService } from './action-fields.service';

@Module({ controllers: [ActionFieldsController], providers: [ActionFieldsService], exports: [ActionFieldsService] })
export class ActionFieldsModule {}
