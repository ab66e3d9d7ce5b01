import { Injectable } from '@nestjs/common';
import { ChangeListeners } from '../../common/changes';

/** A member left an organization (removed by an owner, or of their own accord). */
export interface MembershipRemoval {
  organizationId: string;
  userId: number;
  /** Who removed them (the member themselves when leaving). */
  actorId: number | null;
  reason: string;
}

/**
 * Modules whose rows depend on membership (tasks assigned, issues assigned) register here and clean
 * up inside the removal's transaction, so organizations need not know them.
 */
@Injectable()
export class MembershipListeners extends ChangeListeners<MembershipRemoval> {}
