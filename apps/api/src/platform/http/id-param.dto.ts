import { createZodDto } from 'nestjs-zod';
import { idParamSchema } from '@wir/shared';

export class IdParamDto extends createZodDto(idParamSchema) {}
