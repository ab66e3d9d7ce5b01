export { IssuesModule } from './issues.module';
export { IssuesService } from './issues.service';
export { IssuesRepository, blocksTask, type IssuePatch } from './issues.repository';
export { IssueChangeListeners, type IssueChange } from './issue-changes';
export { type IssueField } from './issue-columns';
export { IssueType, IssueStatus, IssuePriority } from './issue-enums';
export { IssueDto } from './dto/issue.dto';
