/** JSON in sessionStorage: the presenter's state survives a reload of its window but not the end of the session. */
export function readSession<T>(key: string, valid: (value: unknown) => value is T): T | undefined {
  try {
    const text = sessionStorage.getItem(key)
    const value: unknown = text === null
      ? undefined
      : JSON.parse(text)
    return valid(value)
      ? value
      : undefined
  }
  catch {
    return undefined
  }
}

export function writeSession(key: string, value: unknown): void {
  try {
    if (value === undefined)
      sessionStorage.removeItem(key)
    else
      sessionStorage.setItem(key, JSON.stringify(value))
  }
  catch {
    // Storage full or disabled: the state lives in memory only.
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}
