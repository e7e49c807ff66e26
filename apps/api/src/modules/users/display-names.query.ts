import { In, type EntityManager } from 'typeorm';
import { UserEntity } from './user.entity';

/** The display names of staff accounts by id (ids may repeat), for repositories that show who did something. */
export async function displayNamesOf(m: EntityManager, ids: number[]): Promise<Map<number, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const users = await m
    .getRepository(UserEntity)
    .find({ where: { id: In(unique) }, select: { id: true, displayName: true } });
  return new Map(users.map((u) => [u.id, u.displayName]));
}
