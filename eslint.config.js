import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import nounsanitized from 'eslint-plugin-no-unsanitized';

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-single', 'test-results', 'playwright-report', 'e2e/artifacts', 'public/**/*', '!public/embed.js', '.cache'] },
  ...tseslint.configs.recommended,
  {
    // public/embed.js runs in other people's pages: it gets the same HTML-sink ban.
    files: ['**/*.{ts,tsx}', 'public/embed.js'],
    plugins: { 'react-hooks': reactHooks, 'no-unsanitized': nounsanitized },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      // Document text is untrusted: it reaches the page only as text.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'HTML sinks are banned: render document text as text.' },
        { property: 'outerHTML', message: 'HTML sinks are banned: render document text as text.' },
        { property: 'insertAdjacentHTML', message: 'HTML sinks are banned.' },
        { property: 'html', message: 'd3 .html() is an HTML sink: use .text().' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'HTML sinks are banned: render document text as text.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // A classic ES5 script for host pages: `catch (e)` is how it must write a catch.
    files: ['public/embed.js'],
    languageOptions: { sourceType: 'script' },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },
);
