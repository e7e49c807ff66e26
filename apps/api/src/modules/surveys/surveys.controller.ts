import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import {
  createInvitationsResultSchema,
  createInvitationsSchema,
  createSurveySchema,
  idSchema,
  operationSchema,
  publicLinkSchema,
  remindersResultSchema,
  surveyDetailSchema,
  surveyInvitationListSchema,
  surveyInvitationSchema,
  surveyListSchema,
  updateSurveySchema,
} from '@wir/shared';
import { Roles } from '#api/platform/auth/access.decorator';
import type { Actor } from '#api/platform/auth/actor';
import { CurrentUser } from '#api/platform/auth/current-user.decorator';
import { IdParamDto } from '#api/platform/http/id-param.dto';
import { SurveyInvitationsService } from './survey-invitations.service';
import { SurveysService } from './surveys.service';

class SurveyListDto extends createZodDto(surveyListSchema) {}
class SurveyDetailDto extends createZodDto(surveyDetailSchema) {}
class CreateSurveyDto extends createZodDto(createSurveySchema) {}
class UpdateSurveyDto extends createZodDto(updateSurveySchema) {}
class CreateInvitationsDto extends createZodDto(createInvitationsSchema) {}
class CreateInvitationsResultDto extends createZodDto(createInvitationsResultSchema) {}
class SurveyInvitationDto extends createZodDto(surveyInvitationSchema) {}
class SurveyInvitationListDto extends createZodDto(surveyInvitationListSchema) {}
class RemindersResultDto extends createZodDto(remindersResultSchema) {}
class PublicLinkDto extends createZodDto(publicLinkSchema) {}
class OperationDto extends createZodDto(operationSchema) {}
class InvitationParamDto extends createZodDto(z.strictObject({ id: idSchema, invitationId: idSchema })) {}

/** Questionnaires, their versions and invitations: coordinators and admins. */
@ApiTags('surveys')
@Controller('surveys')
export class SurveysController {
  constructor(
    private readonly surveys: SurveysService,
    private readonly invitations: SurveyInvitationsService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List surveys' })
  @Roles('coordinator')
  @ZodResponse({ type: SurveyListDto })
  async list() {
    return { items: await this.surveys.list() };
  }

  @Post()
  @ApiOperation({ summary: 'Create a survey (draft)' })
  @Roles('coordinator')
  @ZodResponse({ status: 201, type: SurveyDetailDto })
  create(@CurrentUser() actor: Actor, @Body() body: CreateSurveyDto) {
    return this.surveys.create(actor, body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Read a survey with its current version' })
  @Roles('coordinator')
  @ZodResponse({ type: SurveyDetailDto })
  get(@Param() { id }: IdParamDto) {
    return this.surveys.get(id);
  }

  /** A changed definition of an opened survey becomes version n+1. */
  @Patch(':id')
  @ApiOperation({ summary: 'Change a survey (a changed definition of an opened survey becomes a new version)' })
  @Roles('coordinator')
  @ZodResponse({ type: SurveyDetailDto })
  update(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Body() body: UpdateSurveyDto) {
    return this.surveys.update(actor, id, body);
  }

  @Post(':id/open')
  @ApiOperation({ summary: 'Open a survey for answers' })
  @Roles('coordinator')
  @HttpCode(200)
  @ZodResponse({ type: SurveyDetailDto })
  open(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto) {
    return this.surveys.open(actor, id);
  }

  @Post(':id/close')
  @ApiOperation({ summary: 'Close a survey' })
  @Roles('coordinator')
  @HttpCode(200)
  @ZodResponse({ type: SurveyDetailDto })
  close(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto) {
    return this.surveys.close(actor, id);
  }

  @Post(':id/public-link')
  @ApiOperation({ summary: "Create or replace an anonymous survey's shared link (shown once)" })
  @Roles('coordinator')
  @HttpCode(200)
  @ZodResponse({ type: PublicLinkDto })
  publicLink(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto) {
    return this.surveys.rotatePublicLink(actor, id);
  }

  @Get(':id/invitations')
  @ApiOperation({ summary: "List a survey's invitations with their states" })
  @Roles('coordinator')
  @ZodResponse({ type: SurveyInvitationListDto })
  async invitationList(@Param() { id }: IdParamDto) {
    return { items: await this.invitations.list(id) };
  }

  @Post(':id/invitations')
  @ApiOperation({
    summary: 'Invite contacts (by contact, organisation, municipality or tag); each gets a personal link by mail',
  })
  @Roles('coordinator')
  @ZodResponse({ status: 201, type: CreateInvitationsResultDto })
  invite(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Body() body: CreateInvitationsDto) {
    return this.invitations.invite(actor, id, body);
  }

  @Post(':id/invitation-runs')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Invite contacts as a background operation (batches; the summary counts the mails as they are delivered)',
  })
  @Roles('coordinator')
  @ZodResponse({ status: 202, type: OperationDto })
  startInvitationRun(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Body() body: CreateInvitationsDto) {
    return this.invitations.startRun(actor, id, body);
  }

  @Post(':id/reminders')
  @ApiOperation({ summary: 'Remind every invitation that has not submitted' })
  @Roles('coordinator')
  @HttpCode(200)
  @ZodResponse({ type: RemindersResultDto })
  async remind(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto) {
    return { sent: await this.invitations.remind(actor, id) };
  }

  @Post(':id/invitations/:invitationId/revoke')
  @ApiOperation({ summary: "Revoke an invitation's link" })
  @Roles('coordinator')
  @HttpCode(200)
  @ZodResponse({ type: SurveyInvitationDto })
  revoke(@CurrentUser() actor: Actor, @Param() { id, invitationId }: InvitationParamDto) {
    return this.invitations.revoke(actor, id, invitationId);
  }

  @Post(':id/invitations/:invitationId/resend')
  @ApiOperation({ summary: 'Send an invitation again with a new link (the old one stops working)' })
  @Roles('coordinator')
  @HttpCode(200)
  @ZodResponse({ type: SurveyInvitationDto })
  resend(@CurrentUser() actor: Actor, @Param() { id, invitationId }: InvitationParamDto) {
    return this.invitations.resend(actor, id, invitationId);
  }
}
