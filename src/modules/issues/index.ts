export { IssuesModule } from './issues.module';
export { IssueType, IssueStatus, IssuePriority } from './issue-enums';
