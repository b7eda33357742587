/**
 * findDescriptor(text, mention): the role words the text attaches to a person.
 * Example: "political activist Zhambyl Kobeysinov" -> "political activist";
 * "Dana Duisekenova, a journalist from ..." -> "journalist".
 */
import type { Span } from '../../src/contract';

export function findDescriptor(text: string, mention: Span): string | null {
  void text; void mention;
  return null;
}
