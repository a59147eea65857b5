import { useEffect, useState } from 'react';

/**
 * A choice shows at once while its save goes to the database; the stored value takes over as
 * soon as it arrives (or changes in another window).
 */
export function useOptimisticValue<T>(stored: T): [T, (value: T) => void] {
  const [pending, setPending] = useState<{ value: T } | null>(null);
  useEffect(() => setPending(null), [stored]);
  return [pending ? pending.value : stored, (value) => setPending({ value })];
}
