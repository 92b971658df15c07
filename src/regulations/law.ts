/** A law the standards cite, as src/regulations/love.yml gives it (compiled to src/generated/love.ts). */
export interface Law {
  /** Short id: »SEL«. */
  id: string;
  name: string;
  /** The name in running text: »serviceloven«. */
  shortName: string;
  /** The consolidation linked to: »LBK nr. 155 af 11/02/2025«. */
  consolidation: string;
  number: number;
  date: string;
  /** Its text on Retsinformation (ELI form). */
  eli: string;
  /** When the Act itself came into force, where confirmed. */
  inForceFrom: string | null;
  /** Paragraphs the tool refers to, and what they are about. */
  paragraphs: readonly { number: string; about: string }[];
  /** Values the law sets that the tool reads (an age limit), each with the provision it is in; written nowhere else. */
  parameters: Readonly<Record<string, { value: number; unit: string; source: string } | undefined>>;
  /** When and how the number and date were checked, and whether a source confirmed them. */
  checked: { date: string; confirmed: boolean; how: string };
  /** A citation of the law in running text, as a RegExp source (global). */
  citation: string;
}
