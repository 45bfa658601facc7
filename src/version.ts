// Kept in step with package.json by a unit test.
export const TOOL_NAME = 'tf-repro';
export const TOOL_VERSION = '1.0.0';
