export { IssuesModule } from './issues.module';
export { IssuesService } from './issues.service';
export { IssueType, IssueStatus, IssuePriority } from './issue-enums';
