export { WatchersModule } from './watchers.module';
export { WatchersService, type NewWatcher } from './watchers.service';
export { WatcherDto } from './dto/watcher.dto';
export { type Subject, issueSubject, taskSubject, subjectAccess, subjectColumn, subjectIdType, subjectLink, subjectRef } from './subject';
