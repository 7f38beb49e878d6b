import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { PROJECT_ROOT } from '../../scripts/files/project-root.ts'

const execFileAsync = promisify(execFile)

describe('npm install', () => {
  // The node package's preinstall is what provisions Node 24; npm warns about, and is to block,
  // install scripts that package.json's allowScripts does not name.
  it('runs no install script that package.json has not approved, so npm ci warns of none', async () => {
    const { stdout } = await execFileAsync('npm', ['install-scripts', 'ls'], { cwd: PROJECT_ROOT, encoding: 'utf8' })
    expect(stdout.trim()).toBe('No packages with unreviewed install scripts.')
  }, 60_000)
})
