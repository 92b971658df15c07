/**
 * Keywords in our schema that Ajv does not know: editor help for the VS Code YAML
 * extension (markdownDescription, defaultSnippets) and our own citation data. Ajv's
 * strict mode must be told they are annotations, not typos.
 */
export const schemaAnnotationKeywords = ['markdownDescription', 'defaultSnippets', 'x-krav', 'x-regelsaet', 'enumDescriptions'] as const;
