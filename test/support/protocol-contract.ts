import type { OutboxEvents } from '../../src/common/realtime';
import type { MessageDto } from '../../src/modules/chat';
import type { NotificationDto } from '../../src/modules/notifications';
import type { TaskDto } from '../../src/modules/tasks';

/**
 * Checked by the compiler only (`tsc` covers test/): a socket payload of the protocol has exactly the
 * fields of the JSON the HTTP API returns for the same thing. Writers already fail to compile when a DTO
 * lacks a payload field; this catches the other way, a DTO field the socket contract does not know yet.
 * A `false` here names the payload to update in src/common/realtime/server-events.ts.
 */
type SameFields<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : false;
type Holds<T extends true> = T;

export type PayloadsMatchHttpJson = [
  Holds<SameFields<OutboxEvents['notification'], NotificationDto>>,
  Holds<SameFields<OutboxEvents['task_updated'], TaskDto>>,
  Holds<SameFields<OutboxEvents['message'], MessageDto>>,
];
