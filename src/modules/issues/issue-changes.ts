import { Injectable } from '@nestjs/common';
import { ChangeListeners, EntityChange } from '../../common/changes';
import { Issue } from './entities/issue.entity';
import { IssueField } from './issue-columns';

/** One issue as a write changed it (`before` null on create). */
export interface IssueChange extends EntityChange<Issue, IssueField> {
  issueId: number;
  projectId: string;
}

/** In-transaction hooks on issue writes, for modules tasks and issues must not know (watchers, history). */
@Injectable()
export class IssueChangeListeners extends ChangeListeners<IssueChange> {}
