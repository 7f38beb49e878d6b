import { defineMermaidSetup } from '@slidev/types'

export default defineMermaidSetup(() => ({
  theme: 'base',
  look: 'classic',
  securityLevel: 'strict',
  fontFamily: 'Inter, sans-serif',
  themeVariables: {
    fontFamily: 'Inter, sans-serif',
    fontSize: '40px',
    lineColor: '#1f2937',
    primaryTextColor: '#1a1f2b',
    edgeLabelBackground: '#ffffff',
  },
  flowchart: {
    curve: 'basis',
    padding: 4,
    diagramPadding: 4,
    nodeSpacing: 40,
    rankSpacing: 2,
  },
}))
