/**
 * The noegle of each imported section: its heading as a short slug, made unique with »-2«,
 * »-3« …. Each slug remembers the next number to try, so 30,000 chapters with the same
 * heading cost one step each, not one step per earlier chapter.
 */
import { slugify } from '../files.js';

export function keyAllocator(reserved: Iterable<string>): (heading: string) => string {
  const used = new Set(reserved);
  const nextNumber = new Map<string, number>();
  return (heading) => {
    const base = slugify(heading).split('-').slice(0, 6).join('-').slice(0, 48).replace(/-+$/, '') || 'afsnit';
    let number = nextNumber.get(base) ?? 1;
    let key = number === 1 ? base : `${base}-${number}`;
    while (used.has(key)) {
      number += 1;
      key = `${base}-${number}`;
    }
    nextNumber.set(base, number + 1);
    used.add(key);
    return key;
  };
}
