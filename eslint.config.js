import antfu from '@antfu/eslint-config'

export default antfu({
  vue: true,
  typescript: true,
  markdown: false,
  ignores: ['generated/**', 'dist/**', 'exports/**', '.tmp/**', '.slidev/**', 'rehearsals/**', 'slides.md'],
}, {
  // A short list or ternary stays on its line: the rule split every one over several, which made
  // files longer without making them clearer.
  rules: { 'antfu/reasonable-newline': 'off' },
}, {
  // Small units a newcomer can hold: the dataset and the tests aside, no file over 300 lines and no
  // function over 80, blank lines and comments not counted.
  files: ['{client,components,contract,layouts,scripts,setup,styles,vite-plugins}/**/*.{ts,vue}', '*.vue', 'vite.config.ts'],
  ignores: ['**/*.test.ts'],
  rules: {
    'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
    'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
  },
})
