import { afterAll } from 'vitest'
import { removeTemporaryDirs } from './datasets.ts'

afterAll(removeTemporaryDirs)
