import { Arg, FieldResolver, Mutation, Resolver } from 'type-graphql';
import type { Viewer as ViewerContext } from '../../viewer.js';
import { CurrentViewer } from '../../graphql/current-viewer.js';
import type { NotificationSettingsService } from './notification-settings.service.js';
import { NotificationSettings, NotificationSettingsInput } from './notification-settings.type.js';
import { Viewer } from './viewer.type.js';

@Resolver(() => Viewer)
export class NotificationSettingsResolver {
  constructor(private readonly settings: NotificationSettingsService) {}

  @FieldResolver(() => NotificationSettings, { description: 'Which emails you get about your own relationship requests.' })
  notificationSettings(@CurrentViewer() viewer: ViewerContext) {
    return this.settings.get(viewer);
  }

  @Mutation(() => NotificationSettings, { description: 'Changes your own email notifications; those left out keep their value.' })
  updateNotificationSettings(
    @Arg('input', () => NotificationSettingsInput) input: NotificationSettingsInput,
    @CurrentViewer() viewer: ViewerContext,
  ) {
    return this.settings.update(viewer, input);
  }
}
