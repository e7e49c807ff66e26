import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { createZodDto, ZodResponse } from 'nestjs-zod';
import {
  contactImportPreviewSchema,
  contactImportResultSchema,
  contactPageSchema,
  contactPersonExportSchema,
  contactQuerySchema,
  contactSchema,
  createContactSchema,
  operationSchema,
  updateContactSchema,
} from '@wir/shared';
import { z } from 'zod';
import { Roles } from '#api/platform/auth/access.decorator';
import type { Actor } from '#api/platform/auth/actor';
import { CurrentUser } from '#api/platform/auth/current-user.decorator';
import { sendDownload } from '#api/platform/export/send-download.util';
import { IdParamDto } from '#api/platform/http/id-param.dto';
import { ContactsService } from './contacts.service';

class ContactQueryDto extends createZodDto(contactQuerySchema) {}
class CreateContactDto extends createZodDto(createContactSchema) {}
class UpdateContactDto extends createZodDto(updateContactSchema) {}
class ContactDto extends createZodDto(contactSchema) {}
class ContactPageDto extends createZodDto(contactPageSchema) {}
class ContactPersonExportDto extends createZodDto(contactPersonExportSchema) {}
class ContactImportPreviewDto extends createZodDto(contactImportPreviewSchema) {}
class ContactImportResultDto extends createZodDto(contactImportResultSchema) {}
class OperationDto extends createZodDto(operationSchema) {}
/** The uploaded file's name, shown in the list of operations. */
class ContactImportQueryDto extends createZodDto(
  z.strictObject({ fileName: z.string().trim().min(1).max(200).optional() }),
) {}

/** The CSV file arrives as the raw request body (see create-app.ts). */
export const CONTACT_IMPORT_TYPES = ['text/csv', 'application/vnd.ms-excel', 'text/plain', 'application/octet-stream'];
export const CONTACT_IMPORT_MAX_BYTES = 2 * 1024 * 1024;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The network's contacts (personal data): coordinators and admins only. */
@ApiTags('contacts')
@Controller('contacts')
@Roles('coordinator')
export class ContactsController {
  constructor(private readonly contacts: ContactsService) {}

  @Get()
  @ApiOperation({ summary: 'List contacts (filters, search, review flag)' })
  @ZodResponse({ type: ContactPageDto })
  list(@Query() query: ContactQueryDto) {
    return this.contacts.page(query);
  }

  @Post()
  @ApiOperation({ summary: 'Create a contact' })
  @ZodResponse({ status: 201, type: ContactDto })
  create(@CurrentUser() actor: Actor, @Body() body: CreateContactDto) {
    return this.contacts.create(actor, body);
  }

  @Get('export.csv')
  @ApiOperation({ summary: 'Export the filtered contacts as CSV (German Excel)' })
  @ApiProduces('text/csv')
  async exportCsv(@Query() query: ContactQueryDto, @Res() res: Response): Promise<void> {
    await sendDownload(res, await this.contacts.csv(query));
  }

  @Get('export.xlsx')
  @ApiOperation({ summary: 'Export the filtered contacts as XLSX' })
  @ApiProduces(XLSX_TYPE)
  async exportXlsx(@Query() query: ContactQueryDto, @Res() res: Response): Promise<void> {
    await sendDownload(res, await this.contacts.xlsx(query));
  }

  @Post('import/preview')
  @HttpCode(200)
  @ApiOperation({ summary: 'Check a CSV file of contacts row by row; writes nothing' })
  @ApiConsumes(...CONTACT_IMPORT_TYPES)
  @ZodResponse({ status: 200, type: ContactImportPreviewDto })
  previewImport(@Req() req: Request) {
    return this.contacts.previewImport(req.body as Buffer | undefined);
  }

  @Post('import')
  @ApiOperation({ summary: 'Import a CSV file of contacts: all rows or none' })
  @ApiConsumes(...CONTACT_IMPORT_TYPES)
  @ZodResponse({ status: 201, type: ContactImportResultDto })
  importFile(@CurrentUser() actor: Actor, @Req() req: Request) {
    return this.contacts.importFile(actor, req.body as Buffer | undefined);
  }

  @Post('imports')
  @HttpCode(202)
  @ApiOperation({
    summary: 'Start a CSV import of contacts as a background operation (checked first; all rows or none)',
  })
  @ApiConsumes(...CONTACT_IMPORT_TYPES)
  @ZodResponse({ status: 202, type: OperationDto })
  startImport(@CurrentUser() actor: Actor, @Req() req: Request, @Query() query: ContactImportQueryDto) {
    return this.contacts.startImport(actor, req.body as Buffer | undefined, query.fileName);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Read a contact' })
  @ZodResponse({ type: ContactDto })
  get(@Param() { id }: IdParamDto) {
    return this.contacts.get(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change a contact' })
  @ZodResponse({ type: ContactDto })
  update(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto, @Body() body: UpdateContactDto) {
    return this.contacts.update(actor, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Erase a contact (Art. 17 GDPR)' })
  async erase(@CurrentUser() actor: Actor, @Param() { id }: IdParamDto): Promise<void> {
    await this.contacts.erase(actor, id);
  }

  @Get(':id/export')
  @ApiOperation({ summary: 'Everything held about the contact (Art. 15 GDPR)' })
  @ZodResponse({ type: ContactPersonExportDto })
  personExport(@Param() { id }: IdParamDto) {
    return this.contacts.personExport(id);
  }
}
