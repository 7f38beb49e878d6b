import { readFileSync } from 'node:fs'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface StructureNode {
  readonly role: string
  readonly alt?: string
  /** The text of the marked content under the node, in order. */
  readonly text: string
  readonly page: number
}

export interface PdfStructure {
  /** Every structure element, page by page, in the tree's order. */
  readonly nodes: readonly StructureNode[]
  /** The page of the lowest text above the footer, as a share of the page's height from its top (0 to 1). */
  readonly fill: readonly number[]
}

interface TreeNode {
  readonly role?: string
  readonly alt?: string
  readonly type?: string
  readonly id?: string
  readonly children?: readonly TreeNode[]
}

interface TextItemLike {
  readonly type?: string
  readonly id?: string
  readonly str?: string
  readonly transform?: readonly number[]
}

function contentText(node: TreeNode, texts: ReadonlyMap<string, string>): string {
  if (node.type === 'content')
    return texts.get(node.id ?? '') ?? ''
  return (node.children ?? []).map(child => contentText(child, texts)).join(' ')
}

function walk(node: TreeNode, page: number, texts: ReadonlyMap<string, string>, out: StructureNode[]): void {
  if (node.role) {
    out.push({
      role: node.role,
      ...(node.alt === undefined
        ? {}
        : { alt: node.alt }),
      text: contentText(node, texts).replaceAll(/\s+/g, ' ').trim(),
      page,
    })
  }
  for (const child of node.children ?? [])
    walk(child, page, texts, out)
}

/** Text of each marked-content id on a page, and the lowest text's distance from the top, footer aside. */
function markedText(items: readonly TextItemLike[], footer: RegExp): { texts: Map<string, string>, lowest: number } {
  const texts = new Map<string, string>()
  const open: string[] = []
  let lowest = Number.POSITIVE_INFINITY
  for (const item of items) {
    if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
      open.push(item.id ?? '')
    }
    else if (item.type === 'endMarkedContent') {
      open.pop()
    }
    else if (item.str !== undefined) {
      for (const id of open.filter(Boolean))
        texts.set(id, `${texts.get(id) ?? ''}${item.str}`)
      if (item.str.trim() && !footer.test(item.str))
        lowest = Math.min(lowest, item.transform![5]!)
    }
  }
  return { texts, lowest }
}

/** The structure tree of a tagged PDF as a reader gets it (pdfjs), each element with its text and alternative text. */
export async function readStructure(file: string, footer: RegExp): Promise<PdfStructure> {
  const doc = await getDocument({
    data: new Uint8Array(readFileSync(file)),
    verbosity: 0,
  }).promise
  const nodes: StructureNode[] = []
  const fill: number[] = []
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number)
    const content = await page.getTextContent({ includeMarkedContent: true })
    const { texts, lowest } = markedText(content.items as TextItemLike[], footer)
    const height = page.view[3]! - page.view[1]!
    fill.push(Number.isFinite(lowest)
      ? 1 - lowest / height
      : 0)
    const tree = await page.getStructTree() as TreeNode | null
    if (tree)
      walk(tree, number, texts, nodes)
  }
  await doc.destroy()
  return { nodes, fill }
}
