/**
 * Keywords in our schema that Ajv does not know: editor help for the VS Code YAML
 * extension (markdownDescription, defaultSnippets, and the Danish errorMessage,
 * patternErrorMessage and enumDescriptions that yaml-language-server shows), our own
 * citation data, and the Danish names of a list's values (x-navne, which the diff shows).
 * Ajv's strict mode must be told they are annotations, not typos; Ajv's own messages are
 * never shown (validate.ts words every error itself).
 */
export const schemaAnnotationKeywords = [
  'markdownDescription',
  'defaultSnippets',
  'errorMessage',
  'patternErrorMessage',
  'enumDescriptions',
  'x-krav',
  'x-regelsaet',
  'x-navne',
] as const;
