export { ActivityModule } from './activity.module';
export { ActivityLog, toActivityJson, type ActivityEntry, type StatusTransition } from './activity-log';
export { ActivityAction } from './activity-action';
export { ActivityDto } from './dto/activity.dto';
export { activityText, fieldEntries, type RecordedField } from './field-activity';
