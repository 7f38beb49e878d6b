import antfu from '@antfu/eslint-config'

export default antfu({
  vue: true,
  typescript: true,
  markdown: false,
  ignores: [
    'generated/**',
    'dist/**',
    'exports/**',
    '.tmp/**',
    '.slidev/**',
    'slides.md',
  ],
})
