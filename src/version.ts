/** Tool version, kept in step with package.json (a test checks). */
export const version = '0.1.0'
