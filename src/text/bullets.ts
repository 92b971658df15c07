/**
 * The bullets a list keeps when it is typed by hand or pasted from Word or a PDF (»•«, »▪«,
 * »➢«, Symbol-font bullets in the private use area): to Markdown they are ordinary characters.
 * The importer turns them into list items; the editor warns of them in a text.
 */
export const bulletCharacters = '•▪●◦○■□➢►✓\uf0b7\uf0a7';
