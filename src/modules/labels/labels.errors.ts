import { DomainError, ErrorCode } from '../../common/errors';

export class LabelNameTakenError extends DomainError {
  readonly code = ErrorCode.LABEL_NAME_TAKEN;
  readonly title = 'Label name taken';
  constructor() {
    super('The project already has a label with this name (names are compared without case)', {
      errors: [{ field: 'name', message: 'is already used by another label of the project' }],
    });
  }
}
