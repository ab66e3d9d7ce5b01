import { getMetadataStorage, IsInt, IsString, MaxLength, MetadataStorage, validate } from 'class-validator';
import { memoizeValidationMetadata } from './validation-metadata';

class Base {
  @IsInt() n!: number;
}

class Derived extends Base {
  @IsString() s!: string;
}

describe('memoized class-validator metadata', () => {
  it('answers what the storage answers, inherited rules included, and validates the same', async () => {
    const plain = new MetadataStorage();
    const memo = new MetadataStorage();
    for (const metadata of getMetadataStorage().getTargetValidationMetadatas(Derived, '', false, false)) {
      plain.addValidationMetadata(metadata);
      memo.addValidationMetadata(metadata);
    }
    memoizeValidationMetadata(memo);
    const rules = (storage: MetadataStorage) => storage.getTargetValidationMetadatas(Derived, '', false, false).map((m) => m.propertyName).sort();
    expect(rules(memo)).toEqual(rules(plain));
    expect(rules(memo)).toEqual(['n', 's']);
    expect(memo.getTargetValidationMetadatas(Derived, '', false, false)).toBe(memo.getTargetValidationMetadatas(Derived, '', false, false));

    memoizeValidationMetadata();
    const invalid = Object.assign(new Derived(), { n: 'x', s: 1 });
    expect((await validate(invalid)).map((e) => e.property).sort()).toEqual(['n', 's']);
  });

  it('forgets what it knew when a rule is registered later', async () => {
    memoizeValidationMetadata();
    class Late {
      @IsString() name!: string;
    }
    const long = Object.assign(new Late(), { name: 'x'.repeat(20) });
    expect(await validate(long)).toEqual([]);
    MaxLength(5)(Late.prototype, 'name');
    expect((await validate(long)).map((e) => Object.keys(e.constraints ?? {}))).toEqual([['maxLength']]);
  });
});
