import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { Not } from 'typeorm';
import { DomainError } from '#api/platform/errors/domain.error';

/** Refuses a value that another row holds already, naming the field (409, not a 500 from the index). */
export async function assertUnique<E extends ObjectLiteral>(
  m: EntityManager,
  target: EntityTarget<E>,
  field: keyof E & string,
  value: unknown,
  exceptId: number | null,
): Promise<void> {
  if (value === null || value === undefined) return;
  const where = { [field]: value, ...(exceptId ? { id: Not(exceptId) } : {}) };
  if (await m.getRepository(target).exists({ where: where as never })) {
    throw new DomainError('value_taken', `${field} "${String(value)}" is taken already.`, {
      params: { field, value: String(value) },
      errors: [{ path: field, message: 'is taken already' }],
    });
  }
}
