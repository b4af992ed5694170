import type { Database } from '../../db/database.js';
import { UserEntity } from '../../db/entities/index.js';
import type { Viewer } from '../../viewer.js';
import type { NotificationSettings, NotificationSettingsInput } from './notification-settings.type.js';

/** The viewer's own email notifications: read and change, never anyone else's. */
export class NotificationSettingsService {
  constructor(private readonly db: Database) {}

  async get(viewer: Viewer): Promise<NotificationSettings> {
    const user = await this.db.read((em) => em.findOneByOrFail(UserEntity, { id: viewer.userId }));
    return { onAnswer: user.notifyOnAnswer, digest: user.notifyDigest };
  }

  /** Changes the settings given; those left out keep their value. */
  async update(viewer: Viewer, input: NotificationSettingsInput): Promise<NotificationSettings> {
    const changes: Partial<Pick<UserEntity, 'notifyOnAnswer' | 'notifyDigest'>> = {};
    if (input.onAnswer !== null && input.onAnswer !== undefined) changes.notifyOnAnswer = input.onAnswer;
    if (input.digest !== null && input.digest !== undefined) changes.notifyDigest = input.digest;
    if (Object.keys(changes).length > 0) await this.db.write((tx) => tx.em.update(UserEntity, { id: viewer.userId }, changes));
    return this.get(viewer);
  }
}
