import { Injectable } from '@nestjs/common';
import { ChangeListeners } from '../../common/changes';

/** A label is about to be deleted; listeners run in the deletion's transaction, before the row goes. */
export interface LabelRemoval {
  labelId: string;
  projectId: string;
  name: string;
  actorId: number;
}

/**
 * Modules that keep labels on their rows (tasks) register here, so they take the label off through
 * their own write path (with its history) instead of losing it silently to the foreign-key cascade.
 */
@Injectable()
export class LabelRemovalListeners extends ChangeListeners<LabelRemoval> {}
